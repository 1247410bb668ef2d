// Apply killed with SIGKILL at each step: while the submitting commit is
// pushed, after it, between requests, after the last response and while the
// record commit is pushed. Sandbox latency and a slow pre-receive hook on
// the origin hold each window open. Afterwards apply runs again in the same
// clone and in a fresh clone (the next CI run): no fingerprint creates a
// second run, and every run created is recorded or its entry is blocked.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { runApplyProcess, type ApplyTarget, type KillPoint } from "./support/apply-run.js";
import { distSnapshot, removeDistSnapshot } from "./support/cli.js";
import { checkInvariants, type LedgerView } from "./support/invariants.js";
import { manifestFiles, nameOfRun } from "./support/manifests.js";
import {
  cloneRemote,
  createRemote,
  installHook,
  localLedger,
  remoteLedger,
  removeHook,
  removeTemporaryFolders,
  type RemoteSetup,
} from "./support/repos.js";

const PSK = "kill-sandbox-key";
const MANIFESTS = 8;

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

/** Returns a pre-receive hook that sleeps `seconds` when a pushed commit's subject contains `word`. */
function slowHook(word: string, seconds: number): string {
  return `#!/bin/sh
while read old new ref; do
  if git log --format=%s "$new" -n 5 | grep -q "${word}"; then sleep ${seconds}; fi
done
exit 0
`;
}

interface KillScenario {
  name: string;
  /** Sandbox latency in ms, to keep requests in flight. */
  latencyMs: number;
  concurrency: number;
  /** A pre-receive hook that slows the push whose commit subject contains this word. */
  slowPush?: string;
  kill: KillPoint;
  /** Check of the number of runs the killed apply created: an exact count, or a range. */
  created: (count: number) => boolean;
  /** State of the origin right after the kill: no entries yet, or every entry submitting. */
  origin: "empty" | "submitting";
}

const SCENARIOS: KillScenario[] = [
  {
    name: "while the submitting commit is pushed",
    latencyMs: 0,
    concurrency: 4,
    slowPush: "submit",
    kill: { onOutput: /^Submitting \d+ runs/m, delayMs: 800, group: true },
    created: (count) => count === 0,
    origin: "empty",
  },
  {
    name: "right after the submitting commit",
    latencyMs: 1500,
    concurrency: 4,
    kill: { onOutput: /^Recorded as submitting .* and pushed/m },
    created: (count) => count <= 4,
    origin: "submitting",
  },
  {
    name: "with requests in flight",
    latencyMs: 1500,
    concurrency: 4,
    kill: { onOutput: /^Recorded as submitting .* and pushed/m, delayMs: 500 },
    created: (count) => count === 4,
    origin: "submitting",
  },
  {
    name: "between responses",
    latencyMs: 300,
    concurrency: 1,
    kill: { onOutput: /^\[3\/8\]/m },
    created: (count) => count === 3 || count === 4,
    origin: "submitting",
  },
  {
    name: "after the last response",
    latencyMs: 0,
    concurrency: 4,
    kill: { onOutput: /^\[8\/8\]/m, group: true },
    created: (count) => count === MANIFESTS,
    origin: "submitting",
  },
  {
    name: "while the record commit is pushed",
    latencyMs: 0,
    concurrency: 4,
    slowPush: "record",
    kill: { onOutput: /^\[8\/8\]/m, delayMs: 1000, group: true },
    created: (count) => count === MANIFESTS,
    origin: "submitting",
  },
];

function ledgers(setup: RemoteSetup, clones: Record<string, string>): LedgerView[] {
  return [
    { label: "origin", entries: remoteLedger(setup) },
    ...Object.entries(clones).map(([label, dir]) => ({ label, entries: localLedger(dir) })),
  ];
}

describe("apply killed with SIGKILL", () => {
  it.each(SCENARIOS)(
    "keeps every run once and recorded when killed $name",
    async (scenario) => {
      const setup = createRemote(manifestFiles(MANIFESTS));
      const target: ApplyTarget = { home: setup.root, sandboxUrl: sandbox.url, psk: PSK };
      const args = ["--concurrency", String(scenario.concurrency), "--timeout", "5"];
      const before = sandbox.runs().length;
      if (scenario.slowPush)
        installHook(setup.origin, "pre-receive", slowHook(scenario.slowPush, 3));
      if (scenario.latencyMs > 0) sandbox.setFaults([{ kind: "latency", ms: scenario.latencyMs }]);

      const killed = await runApplyProcess(setup.work, target, args, scenario.kill);
      expect(killed.killed, `the kill point was never reached:\n${killed.stdout}`).toBe(true);
      // Requests already in the sandbox finish creating their runs during the latency.
      await new Promise((resolve) => setTimeout(resolve, scenario.latencyMs + 200));
      const createdByKilled = sandbox.runs().length - before;
      expect(scenario.created(createdByKilled), `${createdByKilled} runs created`).toBe(true);
      const states = [...remoteLedger(setup).values()].map((entry) => entry.state);
      if (scenario.origin === "empty") expect(states).toEqual([]);
      else expect(states).toEqual(Array(MANIFESTS).fill("submitting"));

      removeHook(setup.origin, "pre-receive");
      sandbox.clearFaults();
      const again = await runApplyProcess(setup.work, target, args);
      const fresh = cloneRemote(setup, "fresh");
      const next = await runApplyProcess(fresh, target, args);
      expect(`${again.stderr}${next.stderr}`).not.toContain("internal error");

      const runs = sandbox.runs().slice(before);
      const summary = checkInvariants(
        runs,
        ledgers(setup, { "killed clone": setup.work, "fresh clone": fresh }),
        nameOfRun,
      );
      expect(summary.violations, `${killed.stdout}\n${again.stdout}\n${next.stdout}`).toEqual([]);
      // Nothing the killed apply may have sent is sent again, unless it certainly never left.
      if (createdByKilled > 0) expect(runs.length).toBe(createdByKilled);
    },
    60_000,
  );
});
