// Apply as the GitHub runner runs it: `node dist/cli.js` in a child
// process with a clean environment. The last test kills an apply between
// its submit commit and its record commit, the crash that the submit commit
// exists for.

import { spawn } from "node:child_process";
import { afterEach, describe, expect, test } from "vitest";
import { BUNDLE, outputOf, runBundle } from "./support/cli.js";
import { closeFixtures, closeLater, createFixture } from "./support/fixture.js";
import { manifestFiles, runsOf, SECRET_ENV } from "./support/manifests.js";
import { commitLog, git, statusOf } from "./support/repository.js";

afterEach(closeFixtures);

const NAMES = ["alpha", "beta", "gamma"];

describe("node dist/cli.js apply", () => {
  test("submits once, then nothing", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));

    const first = await runBundle(fixture.clone, ["apply"], fixture.env);
    const second = await runBundle(fixture.clone, ["apply"], fixture.env);

    expect(first.code, outputOf(first)).toBe(0);
    expect(second.code, outputOf(second)).toBe(0);
    expect(second.stdout).toContain("No changes. The ledger matches every manifest.");
    for (const name of NAMES) expect(runsOf(fixture.sandbox.runs(), name)).toHaveLength(1);
    expect(commitLog(fixture.origin).map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 3 of 3 runs [skip ci]",
      "nx1-migrate: submit 3 runs [skip ci]",
      "Add migration manifests",
    ]);
    for (const output of [first.stdout, first.stderr]) {
      expect(output).not.toContain(SECRET_ENV.TEST_KINIT_PASSWORD);
      expect(output).not.toContain(fixture.env.NX1_API_KEY);
    }
  });

  test("exits 1 on an unknown outcome", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    fixture.sandbox.setFaults([{ kind: "status", status: 500, times: 1 }]);

    const result = await runBundle(fixture.clone, ["apply", "--concurrency", "1"], fixture.env);

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stdout.match(/^\[\d\/3\] unknown /gm)).toHaveLength(1);
    expect(result.stdout.match(/^\[\d\/3\] submitted /gm)).toHaveLength(2);
    expect(result.stdout).toMatch(/^alpha +unknown +-$/m);
  });

  test("missing secret stops before requests", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const env = { ...fixture.env, TEST_KINIT_PASSWORD: "" };

    const result = await runBundle(fixture.clone, ["apply"], env);

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain("needs environment variable TEST_KINIT_PASSWORD");
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(commitLog(fixture.origin)).toHaveLength(1);
  });

  test("killed mid-apply leaves a blocked entry", async () => {
    const fixture = await createFixture(manifestFiles(["orders"]));
    // The sandbox creates the run, then never responds: the process is killed while it waits.
    fixture.sandbox.setFaults([{ kind: "hang" }]);
    const child = spawn(process.execPath, [BUNDLE, "apply", "--timeout", "60"], {
      cwd: fixture.clone,
      env: { PATH: process.env.PATH, HOME: fixture.clone, NO_COLOR: "1", ...fixture.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    closeLater(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once("exit", (_code, signal) => resolve(signal)),
    );
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    // Killed once the submit commit is pushed and the request has reached the sandbox.
    const poll = setInterval(() => {
      if (stdout.includes("Recorded as submitting") && fixture.sandbox.runs().length > 0)
        child.kill("SIGKILL");
    }, 50);

    const signal = await exited;
    clearInterval(poll);

    expect(signal).toBe("SIGKILL");
    expect(commitLog(fixture.origin)[0]?.subject).toBe("nx1-migrate: submit 1 run [skip ci]");
    expect(statusOf(fixture.origin, "orders", "main")?.state).toBe("submitting");
    fixture.sandbox.clearFaults();
    const blocked = await fixture.apply();
    expect(blocked.stdout).toContain("! orders");
    expect(blocked.stdout).toContain("an earlier apply stopped after recording the submission");
    expect(fixture.sandbox.runs()).toHaveLength(1);

    const runId = fixture.sandbox.runs()[0]!.response.run_id;
    const resolved = await fixture.cli(["resolve", "orders", "--run-id", runId]);
    expect(resolved.code, outputOf(resolved)).toBe(0);
    git(fixture.clone, "commit", "--quiet", "-am", "Resolve orders");
    const after = await fixture.apply();
    expect(after.code, outputOf(after)).toBe(0);
    expect(after.stdout).toContain("No changes. The ledger matches every manifest.");
    expect(fixture.sandbox.runs()).toHaveLength(1);
  });
});
