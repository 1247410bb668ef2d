// Two applies against one origin, and pushes the origin rejects. Whatever
// the order, each fingerprint creates at most one run, and the run ids end
// in the origin's ledger or their entries stay blocked.

import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { runApplyProcess, type ApplyTarget } from "./support/apply-run.js";
import { distSnapshot, removeDistSnapshot } from "./support/cli.js";
import { checkInvariants } from "./support/invariants.js";
import { manifestFiles, nameOfRun } from "./support/manifests.js";
import {
  cloneRemote,
  createRemote,
  git,
  installHook,
  localLedger,
  remoteLedger,
  removeTemporaryFolders,
  writeFiles,
  type RemoteSetup,
} from "./support/repos.js";

const PSK = "concurrent-sandbox-key";
const MANIFESTS = 8;
const ARGS = ["--concurrency", "4", "--timeout", "5"];

let sandbox: Sandbox;

beforeAll(async () => {
  distSnapshot();
  sandbox = await startSandbox({ psk: PSK });
});

afterEach(() => sandbox.clearFaults());

afterAll(async () => {
  await sandbox?.close();
  removeTemporaryFolders();
  removeDistSnapshot();
});

function setupWithTarget(): { setup: RemoteSetup; target: ApplyTarget; before: number } {
  const setup = createRemote(manifestFiles(MANIFESTS));
  return {
    setup,
    target: { home: setup.root, sandboxUrl: sandbox.url, psk: PSK },
    before: sandbox.runs().length,
  };
}

/**
 * Checks the origin's ledger, and the ledgers of `clones` that applied alone.
 * A clone that lost a race keeps a stale ledger, as any clone that has not
 * pulled does, so only the origin speaks for the runs of every clone.
 */
function violations(
  setup: RemoteSetup,
  before: number,
  clones: Record<string, string> = {},
): string[] {
  return checkInvariants(
    sandbox.runs().slice(before),
    [
      { label: "origin", entries: remoteLedger(setup) },
      ...Object.entries(clones).map(([label, dir]) => ({ label, entries: localLedger(dir) })),
    ],
    nameOfRun,
  ).violations;
}

function remoteStates(setup: RemoteSetup): string[] {
  return [...remoteLedger(setup).values()].map((entry) => entry.state);
}

describe("concurrent applies", () => {
  it("submits each manifest once when two clones apply together", async () => {
    const { setup, target, before } = setupWithTarget();
    const other = cloneRemote(setup, "other");
    sandbox.setFaults([{ kind: "latency", ms: 300 }]);

    const [a, b] = await Promise.all([
      runApplyProcess(setup.work, target, ARGS),
      runApplyProcess(other, target, ARGS),
    ]);
    sandbox.clearFaults();
    await runApplyProcess(setup.work, target, ARGS);
    await runApplyProcess(other, target, ARGS);

    expect(violations(setup, before)).toEqual([]);
    expect(sandbox.runs().length - before).toBe(MANIFESTS);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    expect(`${a.stderr}${b.stderr}`).toContain("nothing was submitted");
    expect(remoteStates(setup)).toEqual(Array(MANIFESTS).fill("submitted"));
  });

  it("submits once when two applies start in the same millisecond", async () => {
    const { setup, target, before } = setupWithTarget();
    const other = cloneRemote(setup, "other");
    // Both processes read one frozen clock, so their submitting entries could be byte for byte equal.
    const frozen: ApplyTarget = {
      ...target,
      env: {
        NODE_OPTIONS: `--require ${fileURLToPath(new URL("./support/frozen-clock.cjs", import.meta.url))}`,
        NX1_TEST_FROZEN_TIME: String(Date.now()),
      },
    };
    sandbox.setFaults([{ kind: "latency", ms: 300 }]);

    const results = await Promise.all([
      runApplyProcess(setup.work, frozen, ARGS),
      runApplyProcess(other, frozen, ARGS),
    ]);

    expect(sandbox.runs().length - before).toBe(MANIFESTS);
    expect(results.map((result) => result.code).sort()).toEqual([0, 1]);
    expect(results.map((result) => result.stderr).join("")).toContain("nothing was submitted");
    expect(violations(setup, before)).toEqual([]);
  });

  it("submits nothing from a stale clone after another applied", async () => {
    const { setup, target, before } = setupWithTarget();
    const stale = cloneRemote(setup, "stale");

    const first = await runApplyProcess(setup.work, target, ARGS);
    const second = await runApplyProcess(stale, target, ARGS);

    expect(first.code).toBe(0);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("nothing was submitted");
    expect(sandbox.runs().length - before).toBe(MANIFESTS);
    expect(violations(setup, before, { first: setup.work })).toEqual([]);
  });
});

describe("rejected pushes", () => {
  it("rebases the record commit onto a commit pushed meanwhile", async () => {
    const { setup, target, before } = setupWithTarget();
    const other = cloneRemote(setup, "other");
    sandbox.setFaults([{ kind: "latency", ms: 1500 }]);

    const applying = runApplyProcess(setup.work, target, ARGS);
    // Waits until the submitting commit is on the origin, then pushes an unrelated commit.
    await waitFor(() => remoteStates(setup).length === MANIFESTS);
    git(other, setup.root, "pull", "--quiet", "--rebase", "origin", "main");
    writeFiles(other, { "README.md": "Pushed while apply waited for the API.\n" });
    git(other, setup.root, "add", "README.md");
    git(other, setup.root, "commit", "--quiet", "-m", "Add a README");
    git(other, setup.root, "push", "--quiet", "origin", "main");
    const result = await applying;

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("push rejected (fetch-first)");
    expect(remoteStates(setup)).toEqual(Array(MANIFESTS).fill("submitted"));
    const subjects = git(setup.origin, setup.root, "log", "--format=%s", "main");
    expect(subjects).toContain("Add a README");
    expect(subjects).toMatch(/^nx1-migrate: record 8 of 8 runs/m);
    expect(violations(setup, before, { work: setup.work })).toEqual([]);
  });

  it("retries a submitting push the origin rejects once", async () => {
    const { setup, target, before } = setupWithTarget();
    const marker = `${setup.root}/rejected-once`;
    installHook(
      setup.origin,
      "pre-receive",
      `#!/bin/sh
if [ ! -e "${marker}" ]; then
  touch "${marker}"
  echo "error: cannot lock ref 'refs/heads/main': is at another value" >&2
  exit 1
fi
exit 0
`,
    );

    const result = await runApplyProcess(setup.work, target, ARGS);

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("push rejected (ref-lock)");
    expect(sandbox.runs().length - before).toBe(MANIFESTS);
    expect(remoteStates(setup)).toEqual(Array(MANIFESTS).fill("submitted"));
    expect(violations(setup, before, { work: setup.work })).toEqual([]);
  });

  it("leaves entries blocked when the record push is refused", async () => {
    const { setup, target, before } = setupWithTarget();
    installHook(
      setup.origin,
      "pre-receive",
      `#!/bin/sh
while read old new ref; do
  if git log --format=%s "$new" -n 1 | grep -q record; then
    echo "protected branch: bots may not push" >&2
    exit 1
  fi
done
exit 0
`,
    );

    const result = await runApplyProcess(setup.work, target, ARGS);
    const fresh = cloneRemote(setup, "fresh");
    const next = await runApplyProcess(fresh, target, ARGS);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("protected branch");
    // The run ids reach the log, so a person can record them with `resolve --run-id`.
    const printed = result.stdout.match(/run [0-9a-f-]{36}/g) ?? [];
    expect(printed).toHaveLength(MANIFESTS);
    expect(result.stderr).toMatch(/nx1-migrate resolve m01 --run-id [0-9a-f-]{36}/);
    expect(remoteStates(setup)).toEqual(Array(MANIFESTS).fill("submitting"));
    expect(next.stderr).toContain(`${MANIFESTS} blocked manifests need`);
    expect(sandbox.runs().length - before).toBe(MANIFESTS);
    expect(violations(setup, before, { work: setup.work, fresh })).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
