// Repository layouts the inputs and config allow: manifests in a subfolder with a config of
// another name (working-directory and config), and a ledger kept on a branch of its own.

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { manifest } from "./support/manifests.js";
import { originFile, originFiles, originLog } from "./support/repositories.js";
import { describeRun } from "./support/runner.js";
import { EXAMPLE_SECRETS, exampleFiles, exampleNames, Scenario } from "./support/scenario.js";
import { commandsNamed } from "./support/workflow-commands.js";

const NAMES = exampleNames();

/** examples/ under `folder`, with the config renamed to `configName`. */
function nestedExamples(folder: string, configName: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(exampleFiles()).map(([path, text]) => [
      path === ".nx1-migrate.yaml" ? `${folder}/${configName}` : `${folder}/${path}`,
      text,
    ]),
  );
}

describe("working-directory and config", () => {
  const step = { "working-directory": "data", config: "settings.yaml" };
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await Scenario.start(nestedExamples("data", "settings.yaml"));
  });

  afterAll(async () => {
    await scenario?.stop();
  });

  test("annotations name files from the repository root", async () => {
    const run = await scenario.onPullRequest(
      61,
      "nested-bad",
      { "data/migrations/bad.yaml": manifest("bad", { bucket: "s3://lake" }) },
      { with: step },
    );

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.result).toBe("invalid");
    const annotated = commandsNamed(run.stdout, "error").filter(
      (command) => command.properties.file !== undefined,
    );
    expect(annotated.map((command) => command.properties.file)).toEqual([
      "data/migrations/bad.yaml",
    ]);
    expect(run.stdout).toMatch(/^data\/migrations\/bad\.yaml:9:\d+: error: /m);
  });

  test("plan reads the config from working-directory", async () => {
    const run = await scenario.onPullRequest(
      62,
      "nested-good",
      { "data/migrations/good.yaml": manifest("good") },
      { with: step },
    );

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(JSON.parse(run.outputs.counts!)).toMatchObject({ create: NAMES.length + 1 });
  });

  test("apply commits the ledger under working-directory", async () => {
    const run = await scenario.onPush({
      with: { ...step, ...scenario.apiInputs },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("applied");
    const status = originFiles(scenario.origin, "data/.nx1-migrate/status");
    expect(status).toEqual(NAMES.map((name) => `data/.nx1-migrate/status/${name}.json`));
    expect(originFiles(scenario.origin, ".nx1-migrate")).toEqual([]);
  });
});

describe("ledger on its own branch", () => {
  let scenario: Scenario;

  beforeAll(async () => {
    const files = exampleFiles();
    files[".nx1-migrate.yaml"] = files[".nx1-migrate.yaml"]!.replace(
      "ledger:\n  path: .nx1-migrate/status",
      "ledger:\n  path: .nx1-migrate/status\n  branch: nx1-ledger",
    );
    expect(files[".nx1-migrate.yaml"]).toContain("branch: nx1-ledger");
    scenario = await Scenario.start(files);
  });

  afterAll(async () => {
    await scenario?.stop();
  });

  test("apply pushes to the ledger branch only", async () => {
    const head = scenario.mainSha();
    const run = await scenario.onPush({ with: scenario.apiInputs, env: { ...EXAMPLE_SECRETS } });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("applied");
    expect(scenario.mainSha()).toBe(head);
    const log = originLog(scenario.origin, "nx1-ledger");
    expect(log[0]!.sha).toBe(run.outputs.commit);
    expect(log[0]!.subject).toMatch(/^nx1-migrate: record 7 of 7 runs \[skip ci\]$/);
    const runIds = JSON.parse(run.outputs["run-ids"]!) as Record<string, string>;
    const status = JSON.parse(
      originFile(
        scenario.origin,
        ".nx1-migrate/status/sales-orders-to-iceberg.json",
        "nx1-ledger",
      )!,
    );
    expect(status.last_submitted.run_id).toBe(runIds["sales-orders-to-iceberg"]);
  });

  test("pull request plans against the ledger branch", async () => {
    const run = await scenario.onPullRequest(63, "after-ledger", {
      "migrations/after-ledger.yaml": manifest("after-ledger"),
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(JSON.parse(run.outputs.counts!)).toEqual({
      create: 1,
      update: 0,
      unchanged: NAMES.length,
      removed: 0,
      blocked: 0,
    });
  });

  test("re-run of an older push submits nothing", async () => {
    const olderSha = scenario.mainSha();
    const path = "migrations/sales-orders-to-iceberg.yaml";
    await scenario.onPullRequest(64, "more-mappers", {
      [path]: exampleFiles()[path]!.replace("distcp_mappers: 80", "distcp_mappers: 160"),
    });
    scenario.merge(64, "more-mappers");
    const applied = await scenario.onPush({
      with: scenario.apiInputs,
      env: { ...EXAMPLE_SECRETS },
    });
    expect(applied.outputs.update, describeRun(applied)).toBe("1");
    const runs = scenario.sandbox.runs().length;

    // The older commit still has distcp_mappers: 80, which the ledger has moved past.
    const rerun = await scenario.onPush({
      sha: olderSha,
      with: scenario.apiInputs,
      env: { ...EXAMPLE_SECRETS },
    });

    expect(rerun.exitCode, describeRun(rerun)).toBe(0);
    expect(rerun.outputs.result).toBe("no-changes");
    expect(rerun.stdout).toMatch(
      /The checkout [0-9a-f]{12} is behind origin\/main; planning its tip/,
    );
    expect(scenario.sandbox.runs()).toHaveLength(runs);
  });
});
