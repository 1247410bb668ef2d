// The shipped examples in a fresh git repository: every example plans as a
// create, adopt records them all, and a comment-only edit changes nothing.

import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { git, makeWorkspace, removeWorkspaces, runCli } from "../fixtures/workspace.js";

const EXAMPLES = fileURLToPath(new URL("../../examples", import.meta.url));

/** Names of the example manifests, read with the yaml package rather than the code under test. */
const EXAMPLE_NAMES = readdirSync(join(EXAMPLES, "migrations"))
  .map(
    (file) =>
      parse(readFileSync(join(EXAMPLES, "migrations", file), "utf8")) as {
        metadata: { name: string };
      },
  )
  .map((manifest) => manifest.metadata.name)
  .sort();

let dir: string;

beforeEach(() => {
  dir = makeWorkspace();
  cpSync(EXAMPLES, dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "Add the example manifests");
});

afterEach(removeWorkspaces);

async function planJson() {
  const result = await runCli(dir, ["plan", "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    counts: Record<string, number>;
    items: { name: string; action: string }[];
  };
}

describe("examples in a fresh repository", () => {
  it("are all valid", async () => {
    const result = await runCli(dir, ["validate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${EXAMPLE_NAMES.length} files checked: 0 errors, 0 warnings\n`);
  });

  it("plan every example as a create", async () => {
    expect(EXAMPLE_NAMES.length).toBeGreaterThanOrEqual(7);
    const plan = await planJson();
    expect(plan.items.map((item) => `${item.action} ${item.name}`)).toEqual(
      EXAMPLE_NAMES.map((name) => `create ${name}`),
    );
    expect(plan.counts.create).toBe(EXAMPLE_NAMES.length);
  });

  it("show no changes after adopt", async () => {
    const adopted = await runCli(dir, ["adopt"]);
    expect(adopted.code).toBe(0);
    expect(readdirSync(join(dir, ".nx1-migrate/status")).sort()).toEqual(
      EXAMPLE_NAMES.map((name) => `${name}.json`),
    );
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "Adopt the examples");

    const plan = await planJson();
    expect(plan.counts).toEqual({
      create: 0,
      update: 0,
      unchanged: EXAMPLE_NAMES.length,
      removed: 0,
      blocked: 0,
    });
    const text = await runCli(dir, ["plan"]);
    expect(text.stdout).toContain("No changes. The ledger matches every manifest.");
  });

  it("show no changes after a comment-only edit", async () => {
    await runCli(dir, ["adopt"]);
    const file = join(dir, "migrations/sales-orders-to-iceberg.yaml");
    const edited = readFileSync(file, "utf8")
      .replace("spec:\n", "# Reviewed by the sales team.\nspec:\n")
      .replace("distcp_mappers: 80\n", "distcp_mappers: 80 # tuned for the nightly window\n");
    writeFileSync(file, edited);
    expect(git(dir, "status", "--porcelain", "--", "migrations")).toBe(
      " M migrations/sales-orders-to-iceberg.yaml\n",
    );

    const plan = await planJson();
    expect(plan.counts.unchanged).toBe(EXAMPLE_NAMES.length);
    expect(plan.counts.update).toBe(0);
  });

  it("plan an update after a value edit", async () => {
    await runCli(dir, ["adopt"]);
    const file = join(dir, "migrations/sales-orders-to-iceberg.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("distcp_mappers: 80", "distcp_mappers: 96"),
    );
    const text = await runCli(dir, ["plan"]);
    expect(text.stdout).toContain(
      "  ~ sales-orders-to-iceberg  (migrations/sales-orders-to-iceberg.yaml)\n      ~ distcp_mappers: 80 -> 96\n",
    );
  });
});
