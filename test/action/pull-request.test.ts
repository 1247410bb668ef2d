// The bundle on pull_request events: plan, job summary, one sticky comment, annotations.
// main is applied once in beforeAll, so each pull request plans against a real ledger.

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BUCKET_LINE, manifest } from "./support/manifests.js";
import { describeRun } from "./support/runner.js";
import { EXAMPLE_SECRETS, exampleFiles, Scenario } from "./support/scenario.js";
import { commandsNamed } from "./support/workflow-commands.js";

const MARKER = "<!-- nx1-migrate:plan -->";
let scenario: Scenario;

beforeAll(async () => {
  scenario = await Scenario.start();
  const applied = await scenario.onPush({ with: scenario.apiInputs, env: { ...EXAMPLE_SECRETS } });
  expect(applied.outputs.result, describeRun(applied)).toBe("applied");
});

afterAll(async () => {
  await scenario?.stop();
});

function annotations(stdout: string) {
  return [...commandsNamed(stdout, "error"), ...commandsNamed(stdout, "warning")];
}

describe("pull request with valid changes", () => {
  let firstCommentId: number;

  test("plans and creates one sticky comment", async () => {
    const run = await scenario.onPullRequest(7, "orders-archive", {
      "migrations/orders-archive.yaml": manifest("orders-archive"),
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.mode).toBe("plan");
    expect(run.outputs.result).toBe("changes");
    expect(JSON.parse(run.outputs.counts!)).toEqual({
      create: 1,
      update: 0,
      unchanged: 7,
      removed: 0,
      blocked: 0,
    });
    expect(run.outputs.create).toBe("1");
    expect(run.outputs.unchanged).toBe("7");
    const plan = JSON.parse(run.outputs.plan!) as { items: { name: string; action: string }[] };
    expect(plan.items.filter((item) => item.action === "create")).toEqual([
      expect.objectContaining({ name: "orders-archive", action: "create" }),
    ]);
    expect(run.outputs).not.toHaveProperty("run-ids");
    expect(annotations(run.stdout)).toEqual([]);

    expect(run.summary).toContain("### nx1-migrate plan");
    expect(run.summary).toContain("**1 to create, 0 to update, 0 removed, 0 blocked**");
    expect(run.summary).toContain("**orders-archive**");

    const comments = scenario.github.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.split("\n")[0]).toBe(MARKER);
    expect(comments[0]!.body).toBe(`${MARKER}\n${run.summary.trimEnd()}\n`);
    expect(run.stdout).toContain(`Plan comment created: ${comments[0]!.html_url}`);
    expect(scenario.github.requestsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(1);
    firstCommentId = comments[0]!.id;
  });

  test("second run updates the comment in place", async () => {
    const run = await scenario.onPullRequest(
      7,
      "orders-archive",
      {
        "migrations/sales-orders-to-iceberg.yaml": exampleFiles()[
          "migrations/sales-orders-to-iceberg.yaml"
        ]!.replace("distcp_mappers: 80", "distcp_mappers: 96"),
      },
      { action: "synchronize" },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("changes");
    expect(run.outputs.update).toBe("1");
    const comments = scenario.github.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(firstCommentId);
    expect(comments[0]!.body).toContain("~ distcp_mappers: 80 -> 96");
    expect(comments[0]!.body).toContain("**1 to create, 1 to update, 0 removed, 0 blocked**");
    expect(scenario.github.requestsTo("POST", /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(scenario.github.requestsTo("PATCH", /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(run.stdout).toContain("Plan comment updated");
    expect(annotations(run.stdout)).toEqual([]);
  });

  test("comment-only change says no changes", async () => {
    const file = "migrations/finance-ledger-hive-to-hive.yaml";
    const run = await scenario.onPullRequest(8, "reword-comment", {
      [file]: exampleFiles()[file]!.replace("# The password", "# The Kerberos password"),
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("no-changes");
    expect(JSON.parse(run.outputs.counts!)).toMatchObject({ create: 0, update: 0, unchanged: 7 });
    const comments = scenario.github.commentsOn(8);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/no changes/i);
    expect(comments[0]!.body).toContain("merging starts no run");
    expect(run.summary).toMatch(/no changes/i);
    expect(annotations(run.stdout)).toEqual([]);
  });
});

describe("pull request with invalid manifests", () => {
  const count = 12;
  const files = Object.fromEntries(
    Array.from({ length: count }, (_, index) => {
      const name = `bad-bucket-${String(index + 1).padStart(2, "0")}`;
      return [`migrations/${name}.yaml`, manifest(name, { bucket: `lake_prod_${index + 1}` })];
    }),
  );

  test("fails with annotations, log lines and a comment", async () => {
    const run = await scenario.onPullRequest(9, "bad-buckets", files);

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.result).toBe("invalid");
    expect(run.outputs.mode).toBe("plan");

    const errors = commandsNamed(run.stdout, "error");
    const annotated = errors.filter((command) => command.properties.file !== undefined);
    expect(annotated).toHaveLength(10);
    for (const [index, command] of annotated.entries()) {
      expect(command.properties.file).toBe(
        `migrations/bad-bucket-${String(index + 1).padStart(2, "0")}.yaml`,
      );
      expect(command.properties.line).toBe(String(BUCKET_LINE));
      expect(Number(command.properties.col)).toBeGreaterThan(0);
      expect(command.data).toContain(`lake_prod_${index + 1}`);
    }
    const failure = errors.filter((command) => command.properties.file === undefined);
    expect(failure.map((command) => command.data)).toEqual([
      "Invalid manifests or config: see the annotations and the job summary.",
    ]);

    for (const path of Object.keys(files)) {
      const logged = new RegExp(
        `^${path.replace(/[.]/g, "\\.")}:${BUCKET_LINE}:\\d+: error: `,
        "m",
      );
      expect(run.stdout).toMatch(logged);
      expect(run.summary).toContain(`\`${path}:${BUCKET_LINE}:`);
    }
    expect(run.stdout).toContain("2 more problems are listed in the log and the job summary");
    expect(run.summary).toContain(`**${count} problems found.**`);

    const comments = scenario.github.commentsOn(9);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`**${count} problems found.**`);
    for (const path of Object.keys(files)) expect(comments[0]!.body).toContain(path);
  });
});

describe("pull request from a fork", () => {
  test("plans, skips the comment with a notice and passes", async () => {
    const readOnlyToken = "ghs_forkreadonly000000000000000000000000";
    scenario.github.readOnlyTokens.add(readOnlyToken);
    const run = await scenario.onPullRequest(
      10,
      "fork-change",
      { "migrations/fork-orders.yaml": manifest("fork-orders") },
      { headRepository: "someone/data-migrations", jobToken: readOnlyToken },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("changes");
    expect(run.outputs.create).toBe("1");
    expect(run.summary).toContain("**fork-orders**");
    expect(scenario.github.commentsOn(10)).toEqual([]);
    const writes = scenario.github.requestsTo("POST", /\/issues\/10\/comments$/);
    expect(writes.map((request) => request.status)).toEqual([403]);

    const notices = commandsNamed(run.stdout, "notice");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.data).toMatch(
      /^Plan comment skipped: .*403.*The plan is in the job summary\.$/s,
    );
    expect(annotations(run.stdout)).toEqual([]);
  });
});
