// Every fault the sandbox can inject, at concurrency 1, 4 and 16: apply runs
// once with the fault and once more without it, in the same clone. After
// both, no fingerprint has created a second run, every created run's id is
// in the ledger or its entry is blocked, and nothing is left to create.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FaultSpec } from "../../src/sandbox/faults.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { runApplyProcess, type ApplyTarget } from "./support/apply-run.js";
import { baseEnv, distSnapshot, removeDistSnapshot, runCli } from "./support/cli.js";
import { checkInvariants } from "./support/invariants.js";
import { manifestFiles, nameOfRun } from "./support/manifests.js";
import {
  createRemote,
  localLedger,
  remoteLedger,
  removeTemporaryFolders,
} from "./support/repos.js";

const PSK = "faults-sandbox-key";
const MANIFESTS = 16;

/** Each fault applies to about half of the requests, so every run mixes outcomes. */
const FAULTS: Record<string, FaultSpec[]> = {
  latency: [{ kind: "latency", ms: 150 }],
  "status 500": [{ kind: "status", status: 500, probability: 0.5 }],
  "status 502": [{ kind: "status", status: 502, probability: 0.5 }],
  "status 503 without Retry-After": [{ kind: "status", status: 503, probability: 0.5 }],
  "status 503 with Retry-After": [{ kind: "status", status: 503, retryAfter: 0, probability: 0.5 }],
  "status 429": [{ kind: "status", status: 429, retryAfter: 0, probability: 0.5 }],
  "reset before create": [{ kind: "reset-before-create", probability: 0.5 }],
  "reset after create": [{ kind: "reset-after-create", probability: 0.5 }],
  "hang before headers": [{ kind: "hang", during: "headers", probability: 0.5 }],
  "hang mid-body": [{ kind: "hang", during: "body", probability: 0.5 }],
  "invalid JSON": [{ kind: "invalid-json", probability: 0.5 }],
  "missing run_id": [{ kind: "missing-run-id", probability: 0.5 }],
};

/**
 * Faults after which the client cannot know whether a run exists, so the
 * entry stays blocked. The others (latency, 429, 503 with Retry-After) are
 * safe to retry, so every manifest ends submitted.
 */
const BLOCKING = new Set(
  Object.keys(FAULTS).filter(
    (fault) => !["latency", "status 429", "status 503 with Retry-After"].includes(fault),
  ),
);

const CASES = Object.keys(FAULTS).flatMap((fault) =>
  [1, 4, 16].map((concurrency) => ({ fault, concurrency })),
);

let sandbox: Sandbox;

beforeAll(async () => {
  distSnapshot();
  sandbox = await startSandbox({ psk: PSK, seed: 7 });
});

afterAll(async () => {
  await sandbox?.close();
  removeTemporaryFolders();
  removeDistSnapshot();
});

describe("apply under injected faults", () => {
  it.each(CASES)(
    "$fault at concurrency $concurrency",
    async ({ fault, concurrency }) => {
      const setup = createRemote(manifestFiles(MANIFESTS));
      const target: ApplyTarget = { home: setup.root, sandboxUrl: sandbox.url, psk: PSK };
      const before = sandbox.runs().length;
      const args = ["--concurrency", String(concurrency), "--timeout", "1"];

      sandbox.setFaults(FAULTS[fault]!);
      const first = await runApplyProcess(setup.work, target, args);
      sandbox.clearFaults();
      const second = await runApplyProcess(setup.work, target, args);

      const runs = sandbox.runs().slice(before);
      const summary = checkInvariants(
        runs,
        [
          { label: "origin", entries: remoteLedger(setup) },
          { label: "clone", entries: localLedger(setup.work) },
        ],
        nameOfRun,
      );
      expect(summary.violations, `${first.stdout}${first.stderr}`).toEqual([]);
      expect(first.stderr + second.stderr).not.toContain("internal error");

      // Every manifest is now submitted or blocked: the second apply left nothing to create.
      const plan = await runCli(["plan", "--format", "json"], {
        cwd: setup.work,
        env: baseEnv(setup.root),
      });
      const { counts } = JSON.parse(plan.stdout) as {
        counts: { create: number; update: number; unchanged: number; blocked: number };
      };
      expect(counts.create + counts.update).toBe(0);
      expect(counts.unchanged + counts.blocked).toBe(MANIFESTS);
      if (BLOCKING.has(fault)) expect(counts.blocked).toBeGreaterThan(0);
      else expect(counts.unchanged).toBe(MANIFESTS);

      // Exit 0 exactly when every manifest of the first apply ended submitted.
      const states = [...remoteLedger(setup).values()].map((entry) => entry.state);
      const allSubmittedFirst = first.stdout.match(/\] submitted /g)?.length === MANIFESTS;
      expect(first.code).toBe(allSubmittedFirst ? 0 : 1);
      expect(states).toHaveLength(MANIFESTS);
    },
    60_000,
  );
});
