// Templates are code from the repository, and manifest values and API
// errors are untrusted text. A repository's own template must not reach an
// object prototype or print to the log, and no value may run as template
// syntax or change the structure of the markdown around it. Values are
// checked by rendering a hostile repository and a plain twin with the same
// steps, then comparing the markdown trees of both.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig, type Config } from "../../src/config/config.js";
import { computePlan } from "../../src/plan/plan.js";
import type { Manifest } from "../../src/manifest/manifest.js";
import { renderPlanMarkdown } from "../../src/report/render-plan.js";
import { renderReports } from "../../src/report/render-reports.js";
import type { StatusFile } from "../../src/ledger/status-file.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { baseEnv, distSnapshot, removeDistSnapshot, runCli } from "./support/cli.js";
import { startEchoApi, type EchoApi } from "./support/echo-api.js";
import { nodesOf, parseMarkdown, shape, type MarkdownNode } from "./support/markdown.js";
import { createRemote, git, removeTemporaryFolders, type RemoteSetup } from "./support/repos.js";

const PSK = "templates-sandbox-key";

/** Template text that tries to reach a prototype, a helper or the process. */
const ATTACKS = [
  "{{constructor.constructor}}",
  '{{constructor.constructor "return process"}}',
  "{{__proto__}}",
  "{{__defineGetter__}}",
  "{{hasOwnProperty}}",
  "{{toString}}",
  '{{lookup this "constructor"}}',
  '{{lookup (lookup this "constructor") "constructor"}}',
  '{{#with (lookup this "__proto__")}}[{{this}}]{{/with}}',
  '{{#with "text"}}{{constructor.name}}{{/with}}',
  "{{items.constructor.name}}",
  '{{lookup items "constructor"}}',
  "{{#each items}}{{name.constructor.name}}{{/each}}",
  "{{#each items}}{{name.toHTML}}{{/each}}",
  "{{#each items}}{{#with name}}{{constructor}}{{/with}}{{/each}}",
  "{{#with items}}{{constructor}}{{/with}}",
  '{{#if (lookup this "constructor")}}reached{{/if}}',
  '{{log "::warning::printed by a template"}}',
  "{{> partial}}",
];

/** Output that shows a leaked prototype, function or workflow command. */
const LEAK = /function|\[native code\]|\[object|reached|::warning::/;

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function planWithOneItem() {
  const manifest = {
    name: "orders",
    file: "migrations/orders.yaml",
    absolutePath: "/repo/migrations/orders.yaml",
    revision: 0,
    labels: {},
    spec: {},
    request: { migration_type: "file_only" },
  } as unknown as Manifest;
  return computePlan([manifest], { entries: new Map(), errors: [] });
}

const statusEntry: StatusFile = {
  format: 1,
  name: "orders",
  state: "submitted",
  fingerprint: "sha256:0",
  request: { migration_type: "file_only" },
  updated_at: "2025-01-01T00:00:00.000Z",
  runs: [{ event: "submitting", recorded_at: "2025-01-01T00:00:00.000Z", fingerprint: "sha256:0" }],
};

describe("a repository's own templates", () => {
  const dir = mkdtempSync(join(tmpdir(), "nx1-templates-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function configWith(name: "plan" | "report" | "index", source: string): Config {
    writeFileSync(join(dir, `${name}.hbs`), source);
    return { ...defaultConfig(dir), templates: { [name]: `${name}.hbs` } };
  }

  it.each(ATTACKS)("cannot reach a prototype with %s", async (attack) => {
    const renders = [
      () => renderPlanMarkdown(planWithOneItem(), configWith("plan", attack)),
      () =>
        renderReports([statusEntry], new Set(["orders"]), configWith("report", attack), {
          files: new Map(),
          descriptions: new Map(),
          labels: new Map(),
        }).then((reports) => reports.map((report) => report.text).join("\n")),
    ];
    for (const render of renders) {
      const output = await render().catch(
        (error: Error) => `error: ${error.name}: ${error.message}`,
      );
      // Either the template fails with a TemplateError, or it prints nothing of a prototype.
      if (output.startsWith("error: ")) expect(output).toMatch(/^error: TemplateError: /);
      else expect(output).not.toMatch(LEAK);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  });
});

describe("a description at the start of a line", () => {
  const render = async (description: string) => {
    const reports = await renderReports(
      [statusEntry],
      new Set(["orders"]),
      defaultConfig("/repo"),
      {
        files: new Map(),
        descriptions: new Map([["orders", description]]),
        labels: new Map(),
      },
    );
    return parseMarkdown(reports[0]!.text);
  };

  it.each([
    "- item",
    "+ item",
    "1. item",
    "2) item",
    "    indented code",
    "---",
    "  - item",
    "\t* item",
  ])("stays a paragraph when it is %j", async (description) => {
    expect(shape(await render(description))).toEqual(shape(await render("plain words")));
  });
});

let sandbox: Sandbox;
let echo: EchoApi;

beforeAll(async () => {
  distSnapshot();
  sandbox = await startSandbox({ psk: PSK });
  echo = await startEchoApi("unused");
});

afterAll(async () => {
  await sandbox?.close();
  await echo?.close();
  removeTemporaryFolders();
  removeDistSnapshot();
});

describe("a hostile template in the repository", () => {
  it("stops apply before anything is submitted", async () => {
    const setup = createRemote({
      ".nx1-migrate.yaml": "templates:\n  report: evil.hbs\n",
      "evil.hbs": "{{constructor.constructor}}\n",
      "migrations/orders.yaml": manifestText(PLAIN),
    });
    const before = sandbox.runs().length;
    const result = await runCli(["apply"], {
      cwd: setup.work,
      env: { ...baseEnv(setup.root), NX1_API_URL: sandbox.url, NX1_API_KEY: PSK },
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("template evil.hbs");
    expect(result.stdout + result.stderr).not.toMatch(LEAK);
    expect(sandbox.runs().length - before).toBe(0);
  });
});

/** Values of one repository: the hostile one and its plain twin differ only in these. */
interface Values {
  file: string;
  description: string;
  label: string;
  table: string;
  filter: string;
  database: string;
  apiError: string;
}

const HOSTILE_LINE =
  "{{7*7}} {{#each items}}x{{/each}} | cell | `tick` ``` <details><summary>s</summary> </details> " +
  "@octocat (@octo-org/team) @@double <img src=x onerror=alert(1)> <!-- c --> [l](javascript:alert(1)) " +
  "*em* _u_ ~~s~~ # h &amp; \\ end";

const HOSTILE: Values = {
  file: "migrations/odd | `name` <b>.yaml",
  description: `${HOSTILE_LINE}\n---\n\`\`\`\n</details>\n\n@octocat\n# heading`,
  label: HOSTILE_LINE,
  table: "orders|x`y",
  filter: "dt >= '2024-01-01' | ``` </details> {{7*7}}",
  database: "</details>@octocat",
  apiError: `${HOSTILE_LINE}\n\n</details>\n\n## injected`,
};

const PLAIN: Values = {
  file: "migrations/plain-name.yaml",
  description: "plain words\nmore plain words\nlast plain words",
  label: "plain words only",
  table: "orders",
  filter: "dt >= 1",
  database: "tracking",
  apiError: "the request was rejected",
};

function manifestText(values: Values, revision = 0, filterSuffix = ""): string {
  return [
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    "  name: orders",
    `  revision: ${revision}`,
    `  description: ${JSON.stringify(values.description)}`,
    "  labels:",
    `    team: ${JSON.stringify(values.label)}`,
    "spec:",
    "  source_format: hdfs",
    "  migration_type: data_hive_to_iceberg",
    "  default_s3_bucket: lake-prod",
    `  tracking_database: ${JSON.stringify(values.database)}`,
    "  tracking_location: s3a://lake-tracking/nx1",
    "  report_output_location: s3a://lake-tracking/reports",
    "  migration_tables:",
    "    - database: sales",
    `      table: ${JSON.stringify(values.table)}`,
    `      partition_filter: ${JSON.stringify(values.filter + filterSuffix)}`,
    "",
  ].join("\n");
}

/** Renders every document of the flow: three plans (create, update, after a rejection), the report and the index. */
async function renderFlow(values: Values): Promise<Record<string, string>> {
  const setup = createRemote({ [values.file]: manifestText(values) });
  const env = (url: string) => ({ ...baseEnv(setup.root), NX1_API_URL: url, NX1_API_KEY: PSK });
  const plan = async () =>
    (await runCli(["plan", "--format", "markdown"], { cwd: setup.work, env: env(sandbox.url) }))
      .stdout;
  const documents: Record<string, string> = {};

  documents["plan to create"] = await plan();
  expect((await runCli(["apply"], { cwd: setup.work, env: env(sandbox.url) })).code).toBe(0);
  commit(setup, values, manifestText(values, 1, " -- changed"));
  documents["plan with a diff"] = await plan();
  echo.mode = "fixed-422";
  echo.errorText = values.apiError;
  expect((await runCli(["apply"], { cwd: setup.work, env: env(echo.url) })).code).toBe(1);
  documents["plan after a rejection"] = await plan();
  documents.report = readFileSync(join(setup.work, ".nx1-migrate/reports/orders.md"), "utf8");
  documents.index = readFileSync(join(setup.work, ".nx1-migrate/reports/README.md"), "utf8");
  return documents;
}

function commit(setup: RemoteSetup, values: Values, text: string): void {
  writeFileSync(join(setup.work, values.file), text);
  git(setup.work, setup.root, "commit", "--quiet", "-am", "Change the manifest");
  git(setup.work, setup.root, "push", "--quiet", "origin", "main");
}

/** Returns the text that markdown shows outside code, where GitHub acts on `@name`. */
function proseText(tree: MarkdownNode): string {
  return nodesOf(tree, "text")
    .map((node) => node.value ?? "")
    .join("\n");
}

describe("manifest values and API errors in markdown", () => {
  let hostile: Record<string, string>;
  let plain: Record<string, string>;

  beforeAll(async () => {
    hostile = await renderFlow(HOSTILE);
    plain = await renderFlow(PLAIN);
  }, 60_000);

  it.each(["plan to create", "plan with a diff", "plan after a rejection", "report", "index"])(
    "leave the structure of the %s as the plain twin has it",
    async (name) => {
      const hostileTree = await parseMarkdown(hostile[name]!);
      const plainTree = await parseMarkdown(plain[name]!);
      expect(shape(hostileTree), hostile[name]).toEqual(shape(plainTree));
    },
  );

  it.each(["plan to create", "plan with a diff", "plan after a rejection", "report", "index"])(
    "notify nobody and add no HTML in the %s",
    async (name) => {
      const tree = await parseMarkdown(hostile[name]!);
      expect(proseText(tree)).not.toMatch(/(^|[^A-Za-z0-9_])@(?!\u200b)[A-Za-z0-9]/m);
      for (const node of nodesOf(tree, "html"))
        expect(node.value, "HTML from a value").not.toMatch(/img|<!--|summary>s</);
    },
  );

  it.each(["plan with a diff", "plan after a rejection", "report"])(
    "show template syntax as text in the %s",
    async (name) => {
      const tree = await parseMarkdown(hostile[name]!);
      const displayedText = ["text", "inlineCode", "code"]
        .flatMap((type) => nodesOf(tree, type))
        .map((node) => node.value ?? "")
        .join("\n");
      // Handlebars cannot even parse `{{7*7}}`, so seeing it proves the value was never compiled.
      expect(displayedText).toContain("{{7*7}}");
    },
  );

  it("keep every value readable in the report", async () => {
    const text = proseText(await parseMarkdown(hostile.report!)).replaceAll("\u200b", "");
    expect(text).toContain(HOSTILE_LINE.replace(/\s+/g, " "));
    expect(hostile.report).toContain("{{7*7}}");
  });
});
