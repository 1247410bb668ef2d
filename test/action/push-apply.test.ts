// The bundle on a push to the default branch and on workflow_dispatch: apply against the
// sandbox, the ledger commits on the origin, outputs, and the merged pull request's comment.

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { manifest } from "./support/manifests.js";
import { originFile, originFiles, originLog } from "./support/repositories.js";
import { describeRun } from "./support/runner.js";
import {
  EXAMPLE_SECRETS,
  exampleFiles,
  exampleNames,
  Scenario,
  type BranchRun,
} from "./support/scenario.js";
import { commandsNamed } from "./support/workflow-commands.js";

const MARKER = "<!-- nx1-migrate:plan -->";
const NAMES = [...exampleNames(), "orders-archive"].sort();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let scenario: Scenario;
let mergeSha: string;
let planCommentId: number;
let applied: BranchRun;

beforeAll(async () => {
  scenario = await Scenario.start();
  const plan = await scenario.onPullRequest(21, "orders-archive", {
    "migrations/orders-archive.yaml": manifest("orders-archive"),
  });
  expect(plan.outputs.result, describeRun(plan)).toBe("changes");
  planCommentId = scenario.github.commentsOn(21)[0]!.id;
  mergeSha = scenario.merge(21, "orders-archive");
  applied = await scenario.onPush({
    sha: mergeSha,
    with: scenario.apiInputs,
    env: { ...EXAMPLE_SECRETS },
  });
});

afterAll(async () => {
  await scenario?.stop();
});

describe("push to the default branch", () => {
  test("applies every manifest to the sandbox", () => {
    expect(applied.exitCode, describeRun(applied)).toBe(0);
    expect(applied.outputs.mode).toBe("apply");
    expect(applied.outputs.result).toBe("applied");
    expect(JSON.parse(applied.outputs.counts!)).toEqual({
      create: NAMES.length,
      update: 0,
      unchanged: 0,
      removed: 0,
      blocked: 0,
    });

    const runIds = JSON.parse(applied.outputs["run-ids"]!) as Record<string, string>;
    expect(Object.keys(runIds).sort()).toEqual(NAMES);
    for (const runId of Object.values(runIds)) expect(runId).toMatch(UUID);
    const created = scenario.sandbox.runs().map((run) => run.response.run_id);
    expect(created.sort()).toEqual(Object.values(runIds).sort());

    const outcomes = JSON.parse(applied.outputs.outcomes!) as Record<string, string>;
    expect(Object.keys(outcomes).sort()).toEqual(NAMES);
    expect(new Set(Object.values(outcomes))).toEqual(new Set(["submitted"]));
    expect(commandsNamed(applied.stdout, "error")).toEqual([]);
    expect(commandsNamed(applied.stdout, "warning")).toEqual([]);
  });

  test("commits the ledger and reports to the origin with [skip ci]", () => {
    const log = originLog(scenario.origin);
    expect(log.map((commit) => commit.subject).slice(0, 3)).toEqual([
      `nx1-migrate: record ${NAMES.length} of ${NAMES.length} runs [skip ci]`,
      `nx1-migrate: submit ${NAMES.length} runs [skip ci]`,
      "Merge pull request #21 from orders-archive",
    ]);
    expect(applied.outputs.commit).toBe(log[0]!.sha);

    const runIds = JSON.parse(applied.outputs["run-ids"]!) as Record<string, string>;
    for (const name of NAMES) {
      const status = JSON.parse(originFile(scenario.origin, `.nx1-migrate/status/${name}.json`)!);
      expect(status.state).toBe("submitted");
      expect(status.last_submitted.run_id).toBe(runIds[name]);
      expect(status.runs.at(-1).commit).toBe(mergeSha);
    }
    const reports = originFiles(scenario.origin, ".nx1-migrate/reports");
    for (const name of NAMES) expect(reports).toContain(`.nx1-migrate/reports/${name}.md`);
    expect(log[0]!.body).toContain(`orders-archive: run ${runIds["orders-archive"]}`);
  });

  test("summary lists every run id", () => {
    const runIds = JSON.parse(applied.outputs["run-ids"]!) as Record<string, string>;
    expect(applied.summary).toContain("### nx1-migrate apply");
    expect(applied.summary).toContain(`**${NAMES.length} of ${NAMES.length} runs submitted**`);
    for (const runId of Object.values(runIds)) expect(applied.summary).toContain(runId);
  });

  test("updates the merged pull request's comment with run ids", () => {
    const lookups = scenario.github.requestsTo("GET", new RegExp(`/commits/${mergeSha}/pulls`));
    expect(lookups).toHaveLength(1);
    const comments = scenario.github.commentsOn(21);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(planCommentId);
    expect(comments[0]!.body.split("\n")[0]).toBe(MARKER);
    expect(comments[0]!.body).toContain("### nx1-migrate apply");
    const runIds = JSON.parse(applied.outputs["run-ids"]!) as Record<string, string>;
    for (const runId of Object.values(runIds)) expect(comments[0]!.body).toContain(runId);
    expect(applied.stdout).toContain("Updated the comment on pull request #21");
  });

  test("re-run submits nothing and commits nothing", async () => {
    const runsBefore = scenario.sandbox.runs().length;
    const headBefore = originLog(scenario.origin)[0]!.sha;

    const rerun = await scenario.onPush({
      sha: mergeSha,
      with: scenario.apiInputs,
      env: { ...EXAMPLE_SECRETS },
    });

    expect(rerun.exitCode, describeRun(rerun)).toBe(0);
    expect(rerun.outputs.result).toBe("no-changes");
    expect(JSON.parse(rerun.outputs["run-ids"]!)).toEqual({});
    expect(rerun.outputs.commit).toBe("");
    expect(JSON.parse(rerun.outputs.counts!)).toMatchObject({ create: 0, unchanged: NAMES.length });
    expect(scenario.sandbox.runs()).toHaveLength(runsBefore);
    expect(originLog(scenario.origin)[0]!.sha).toBe(headBefore);
    expect(rerun.summary).toContain("**Nothing to submit.**");
  });
});

describe("workflow_dispatch", () => {
  test("applies a changed manifest", async () => {
    const path = "migrations/sales-orders-to-iceberg.yaml";
    const pull = await scenario.onPullRequest(22, "more-mappers", {
      [path]: exampleFiles()[path]!.replace("distcp_mappers: 80", "distcp_mappers: 120"),
    });
    expect(pull.outputs.update, describeRun(pull)).toBe("1");
    scenario.merge(22, "more-mappers");
    const runsBefore = scenario.sandbox.runs().length;
    const lookupsBefore = scenario.github.requestsTo("GET", /\/commits\/[0-9a-f]+\/pulls/).length;

    const run = await scenario.onWorkflowDispatch({
      with: scenario.apiInputs,
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.mode).toBe("apply");
    expect(run.outputs.result).toBe("applied");
    expect(run.outputs.update).toBe("1");
    const runIds = JSON.parse(run.outputs["run-ids"]!) as Record<string, string>;
    expect(Object.keys(runIds)).toEqual(["sales-orders-to-iceberg"]);
    const newRuns = scenario.sandbox.runs().slice(runsBefore);
    expect(newRuns.map((created) => created.response.run_id)).toEqual([
      runIds["sales-orders-to-iceberg"],
    ]);
    expect(newRuns[0]!.request.distcp_mappers).toBe(120);

    const log = originLog(scenario.origin);
    expect(log[0]!.subject).toBe("nx1-migrate: record 1 of 1 run [skip ci]");
    expect(run.outputs.commit).toBe(log[0]!.sha);
    const status = JSON.parse(
      originFile(scenario.origin, ".nx1-migrate/status/sales-orders-to-iceberg.json")!,
    );
    expect(status.last_submitted.run_id).toBe(runIds["sales-orders-to-iceberg"]);
    // A dispatch has no merged pull request, so no comment is looked up.
    expect(scenario.github.requestsTo("GET", /\/commits\/[0-9a-f]+\/pulls/)).toHaveLength(
      lookupsBefore,
    );
  });
});

describe("queued pushes", () => {
  test("older push applies the tip once", async () => {
    await scenario.onPullRequest(23, "first-queued", {
      "migrations/first-queued.yaml": manifest("first-queued"),
    });
    const firstSha = scenario.merge(23, "first-queued");
    await scenario.onPullRequest(24, "second-queued", {
      "migrations/second-queued.yaml": manifest("second-queued"),
    });
    const secondSha = scenario.merge(24, "second-queued");
    const runsBefore = scenario.sandbox.runs().length;

    const first = await scenario.onPush({
      sha: firstSha,
      with: scenario.apiInputs,
      env: { ...EXAMPLE_SECRETS },
    });
    const second = await scenario.onPush({
      sha: secondSha,
      with: scenario.apiInputs,
      env: { ...EXAMPLE_SECRETS },
    });

    expect(first.outputs.result, describeRun(first)).toBe("applied");
    expect(Object.keys(JSON.parse(first.outputs["run-ids"]!)).sort()).toEqual([
      "first-queued",
      "second-queued",
    ]);
    expect(second.exitCode, describeRun(second)).toBe(0);
    expect(second.outputs.result).toBe("no-changes");
    expect(scenario.sandbox.runs()).toHaveLength(runsBefore + 2);
  });
});
