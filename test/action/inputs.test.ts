// Inputs and mode resolution of the bundle: the README's tables against action.yml, invalid
// inputs, events that only validate, and the comment inputs on a pull request.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readActionMetadata, REPO_ROOT } from "./support/action-bundle.js";
import { otherEvent, pullRequestEvent, pushEvent } from "./support/events.js";
import { manifest } from "./support/manifests.js";
import { describeRun } from "./support/runner.js";
import { REPOSITORY, Scenario } from "./support/scenario.js";
import { commandsNamed } from "./support/workflow-commands.js";

let scenario: Scenario;

beforeAll(async () => {
  scenario = await Scenario.start();
});

afterAll(async () => {
  await scenario?.stop();
});

/** Returns the rows of the markdown table whose header starts with `| first`, as cell arrays. */
function readmeTable(first: string): string[][] {
  const lines = readFileSync(join(REPO_ROOT, "README.md"), "utf8").split("\n");
  const start = lines.findIndex((line) => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(line));
  expect(start, `README table starting with "${first}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe("README action section", () => {
  const metadata = readActionMetadata();

  test("inputs table matches action.yml", () => {
    const rows = readmeTable("input");
    const documented = rows.map((row) => row[0]!.replace(/`/g, ""));
    expect(documented.sort()).toEqual(Object.keys(metadata.inputs).sort());
    for (const row of rows) {
      const input = metadata.inputs[row[0]!.replace(/`/g, "")]!;
      if (input.default !== undefined) expect(row[1]).toContain(`\`${input.default}\``);
    }
  });

  test("outputs table matches action.yml", () => {
    const documented = readmeTable("output").flatMap((row) => {
      const names = [row[0]!];
      // The counts row names the per-action outputs in its text.
      if (row[0] === "`counts`") names.push(...(row[1]!.match(/`[a-z-]+`/g) ?? []));
      return names.map((name) => name.replace(/`/g, ""));
    });
    expect(documented.sort()).toEqual(Object.keys(metadata.outputs).sort());
  });

  test("action runs on node24 from dist/index.js", () => {
    expect(metadata.runs).toEqual({ using: "node24", main: "dist/index.js" });
  });
});

describe("mode resolution", () => {
  test("unknown event validates", async () => {
    const requestsBefore = scenario.github.requests.length;
    const run = await scenario.run(
      otherEvent("schedule", REPOSITORY, "refs/heads/main", scenario.mainSha()),
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.mode).toBe("validate");
    expect(run.outputs.result).toBe("valid");
    expect(run.outputs.plan).toBe("");
    expect(run.stdout).toContain("nx1-migrate: validate (event schedule)");
    expect(run.stdout).toContain("7 manifest files checked.");
    expect(run.summary).toContain("### nx1-migrate plan");
    expect(scenario.github.requests).toHaveLength(requestsBefore);
  });

  test("push to another branch validates", async () => {
    const sha = scenario.mainSha();
    const run = await scenario.run(
      pushEvent({ repository: REPOSITORY, branch: "feature", before: sha, after: sha }),
      { with: scenario.apiInputs },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.mode).toBe("validate");
    expect(scenario.sandbox.runs()).toEqual([]);
  });

  test("explicit validate on a pull request writes no comment", async () => {
    const requestsBefore = scenario.github.requests.length;
    const run = await scenario.onPullRequest(
      41,
      "validate-only",
      { "migrations/validate-only.yaml": manifest("validate-only") },
      { with: { mode: "validate" } },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.mode).toBe("validate");
    expect(run.outputs.result).toBe("valid");
    expect(scenario.github.requests).toHaveLength(requestsBefore);
  });
});

describe("invalid inputs", () => {
  const cases: { name: string; with: Record<string, string>; message: string }[] = [
    {
      name: "mode",
      with: { mode: "bogus" },
      message: 'invalid input mode "bogus"; write one of auto, validate, plan, apply',
    },
    {
      name: "concurrency",
      with: { concurrency: "0" },
      message: 'invalid input concurrency "0"; write a whole number of 1 or more',
    },
    {
      name: "comment-key",
      with: { "comment-key": "my key" },
      message:
        'invalid input comment-key "my key"; write 1 to 64 letters, digits, dots, underscores or hyphens, such as the workflow name',
    },
    {
      name: "comment",
      with: { comment: "yes" },
      message: 'invalid input comment "yes"; write true or false',
    },
  ];

  for (const item of cases)
    test(`${item.name} fails the step clearly`, async () => {
      const run = await scenario.run(
        otherEvent("schedule", REPOSITORY, "refs/heads/main", scenario.mainSha()),
        { with: item.with },
      );

      expect(run.exitCode, describeRun(run)).toBe(1);
      expect(run.outputs.result).toBe("failed");
      expect(commandsNamed(run.stdout, "error").map((command) => command.data)).toEqual([
        item.message,
      ]);
    });

  test("apply on a pull request is rejected", async () => {
    const sha = scenario.mainSha();
    const event = pullRequestEvent({
      repository: REPOSITORY,
      number: 42,
      headRef: "main",
      headSha: sha,
      baseSha: sha,
      mergeSha: sha,
    });
    const run = await scenario.run(
      { ...event, ref: "refs/heads/main" },
      {
        with: { mode: "apply", ...scenario.apiInputs },
      },
    );

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.result).toBe("failed");
    const [error] = commandsNamed(run.stdout, "error");
    expect(error!.data).toMatch(/^Mode apply is not allowed on pull_request events/);
    expect(scenario.sandbox.runs()).toEqual([]);
  });
});

describe("comment inputs", () => {
  test("comment false writes no comment", async () => {
    const requestsBefore = scenario.github.requests.length;
    const run = await scenario.onPullRequest(
      43,
      "no-comment",
      { "migrations/no-comment.yaml": manifest("no-comment") },
      { with: { comment: "false" } },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("changes");
    expect(scenario.github.requests).toHaveLength(requestsBefore);
    expect(run.summary).toContain("**no-comment**");
  });

  test("empty github-token skips the comment with a notice", async () => {
    const requestsBefore = scenario.github.requests.length;
    const run = await scenario.onPullRequest(
      44,
      "no-token",
      { "migrations/no-token.yaml": manifest("no-token") },
      { with: { "github-token": "" } },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(scenario.github.requests).toHaveLength(requestsBefore);
    const notices = commandsNamed(run.stdout, "notice").map((command) => command.data);
    expect(notices).toEqual([
      `Plan comment skipped: No GitHub token, so the plan comment on ${REPOSITORY}#44 was not written. The plan is in the job summary.`,
    ]);
  });

  test("comment-key keeps a separate comment", async () => {
    const files = { "migrations/keyed.yaml": manifest("keyed") };
    await scenario.onPullRequest(45, "keyed", files);
    const run = await scenario.onPullRequest(
      45,
      "keyed",
      { "migrations/keyed-2.yaml": manifest("keyed-2") },
      { with: { "comment-key": "staging" }, action: "synchronize" },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    const comments = scenario.github.commentsOn(45);
    expect(comments.map((comment) => comment.body.split("\n")[0])).toEqual([
      "<!-- nx1-migrate:plan -->",
      "<!-- nx1-migrate:plan key=staging -->",
    ]);
    expect(comments[0]!.body).not.toContain("keyed-2");
    expect(comments[1]!.body).toContain("keyed-2");
  });
});

describe("fail-on-warnings", () => {
  const files = {
    "migrations/warned.yaml": manifest("warned").replace(
      "  migration_tables:",
      "  email_recipients: not-an-address\n  migration_tables:",
    ),
  };

  test("warning annotates and passes by default", async () => {
    const run = await scenario.onPullRequest(47, "warned", files);

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("changes");
    const warnings = commandsNamed(run.stdout, "warning");
    expect(warnings.map((command) => command.properties.file)).toEqual(["migrations/warned.yaml"]);
    expect(warnings[0]!.properties.title).toBe("email-list");
  });

  test("true fails the step on a warning", async () => {
    const run = await scenario.onPullRequest(48, "warned-strict", files, {
      with: { "fail-on-warnings": "true" },
    });

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.result).toBe("invalid");
  });
});
