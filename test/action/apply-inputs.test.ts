// The inputs that steer apply: API URL and credentials, commit, push, branch, token and
// concurrency, and a failed submission. Each test starts its own origin and servers, since
// every apply changes the ledger.

import { afterEach, describe, expect, test } from "vitest";
import { startSandbox } from "../../src/sandbox/server.js";
import { git, originFile, originLog } from "./support/repositories.js";
import { describeRun } from "./support/runner.js";
import { workflowDispatchEvent } from "./support/events.js";
import { EXAMPLE_SECRETS, exampleNames, REPOSITORY, Scenario } from "./support/scenario.js";
import { commandsNamed } from "./support/workflow-commands.js";

const NAMES = exampleNames();
const scenarios: Scenario[] = [];

async function start(): Promise<Scenario> {
  const scenario = await Scenario.start();
  scenarios.push(scenario);
  return scenario;
}

afterEach(async () => {
  await Promise.all(scenarios.splice(0).map((scenario) => scenario.stop()));
});

function errors(stdout: string): string[] {
  return commandsNamed(stdout, "error").map((command) => command.data);
}

describe("API inputs", () => {
  test("missing api-url fails before anything is sent", async () => {
    const scenario = await start();
    const head = scenario.mainSha();
    const run = await scenario.onPush({
      with: { "api-key": scenario.psk },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(errors(run.stdout)).toEqual([
      "no API URL: set the api-url input, the NX1_API_URL variable, or api.url in .nx1-migrate.yaml",
    ]);
    expect(scenario.mainSha()).toBe(head);
  });

  test("missing credentials fail before anything is sent", async () => {
    const scenario = await start();
    const run = await scenario.onPush({
      with: { "api-url": scenario.sandbox.url },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(errors(run.stdout)[0]).toMatch(/^no API credentials: set the api-key input/);
    expect(scenario.sandbox.runs()).toEqual([]);
  });

  test("token sends a bearer token", async () => {
    const scenario = await start();
    const token = `bearer-${Math.random().toString(36).slice(2)}`;
    const sandbox = await startSandbox({ bearerTokens: [token] });
    try {
      const run = await scenario.onPush({
        with: { "api-url": sandbox.url, token },
        env: { ...EXAMPLE_SECRETS },
      });

      expect(run.exitCode, describeRun(run)).toBe(0);
      expect(run.outputs.result).toBe("applied");
      expect(sandbox.runs()).toHaveLength(NAMES.length);
      expect(run.stdout).toContain(`::add-mask::${token}`);
    } finally {
      await sandbox.close();
    }
  });

  test("concurrency 1 applies every manifest", async () => {
    const scenario = await start();
    scenario.sandbox.setFaults([{ kind: "latency", ms: 20 }]);
    const run = await scenario.onPush({
      with: { ...scenario.apiInputs, concurrency: "1" },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.outputs.result, describeRun(run)).toBe("applied");
    expect(scenario.sandbox.runs()).toHaveLength(NAMES.length);
  });

  test("failed submission fails the step and is recorded", async () => {
    const scenario = await start();
    scenario.sandbox.setFaults([{ kind: "status", status: 500, times: 1 }]);
    const run = await scenario.onPush({ with: scenario.apiInputs, env: { ...EXAMPLE_SECRETS } });

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(run.outputs.result).toBe("failed");
    const outcomes = JSON.parse(run.outputs.outcomes!) as Record<string, string>;
    expect(Object.values(outcomes).filter((outcome) => outcome === "unknown")).toHaveLength(1);
    expect(Object.keys(JSON.parse(run.outputs["run-ids"]!))).toHaveLength(NAMES.length - 1);
    expect(errors(run.stdout).at(-1)).toBe(
      "Some runs were not submitted: see the job summary. Every outcome is recorded in the ledger.",
    );
    const unknown = Object.keys(outcomes).find((name) => outcomes[name] === "unknown")!;
    const status = JSON.parse(originFile(scenario.origin, `.nx1-migrate/status/${unknown}.json`)!);
    expect(status.state).toBe("unknown");

    const created = scenario.sandbox.runs().length;
    const again = await scenario.onPush({ with: scenario.apiInputs, env: { ...EXAMPLE_SECRETS } });
    expect(again.outputs.blocked, describeRun(again)).toBe("1");
    expect(again.outputs.result).toBe("no-changes");
    expect(scenario.sandbox.runs()).toHaveLength(created);
  });
});

describe("ledger inputs", () => {
  test("commit false writes files but commits nothing", async () => {
    const scenario = await start();
    const head = scenario.mainSha();
    const run = await scenario.onPush({
      with: { ...scenario.apiInputs, commit: "false" },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("applied");
    expect(run.outputs.commit).toBe("");
    expect(scenario.mainSha()).toBe(head);
    expect(git(run.workspace, "rev-parse", "HEAD")).toBe(head);
    const changed = git(run.workspace, "status", "--porcelain", "--untracked-files=all");
    expect(changed).toContain(".nx1-migrate/status/");
  });

  test("push false commits locally only", async () => {
    const scenario = await start();
    const head = scenario.mainSha();
    const run = await scenario.onPush({
      with: { ...scenario.apiInputs, push: "false" },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("applied");
    expect(scenario.mainSha()).toBe(head);
    expect(run.outputs.commit).toBe(git(run.workspace, "rev-parse", "HEAD"));
    expect(git(run.workspace, "log", "-1", "--format=%s")).toMatch(/^nx1-migrate: record /);
  });

  test("branch other than the event's fails before sending", async () => {
    const scenario = await start();
    const head = scenario.mainSha();
    const run = await scenario.onPush({
      with: { ...scenario.apiInputs, branch: "nx1-ledger" },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(1);
    expect(errors(run.stdout)[0]).toMatch(
      /^the branch input nx1-ledger differs from the branch of the event, main\..*"ledger\.branch: nx1-ledger"/,
    );
    expect(scenario.sandbox.runs()).toEqual([]);
    expect(scenario.mainSha()).toBe(head);
    expect(git(scenario.origin.bare, "branch", "--list", "nx1-ledger")).toBe("");
  });

  test("branch names the target of a detached checkout", async () => {
    const scenario = await start();
    const sha = scenario.mainSha();
    const dispatch = workflowDispatchEvent({ repository: REPOSITORY, branch: "main", sha });
    const event = {
      ...dispatch,
      ref: "refs/tags/v1",
      payload: { ...dispatch.payload, ref: "refs/tags/v1" },
    };
    const run = await scenario.run(event, {
      with: { ...scenario.apiInputs, mode: "apply", branch: "main" },
      env: { ...EXAMPLE_SECRETS },
    });

    expect(run.exitCode, describeRun(run)).toBe(0);
    expect(run.outputs.result).toBe("applied");
    const log = originLog(scenario.origin);
    expect(log[0]!.sha).toBe(run.outputs.commit);
    expect(log[1]!.subject).toBe(`nx1-migrate: submit ${NAMES.length} runs [skip ci]`);
    expect(log[2]!.sha).toBe(sha);
  });
});
