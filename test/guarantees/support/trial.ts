// Randomized trials of apply: random faults, fault probabilities,
// concurrency, slow pushes, a second clone applying at the same time, and
// SIGKILL at a random point, followed by more applies. After each trial the
// invariants of invariants.ts are checked against the sandbox's runs.
// Everything random comes from the trial's seed, so a failing trial can be
// run again alone with its seed; process timing still varies between runs.

import { rmSync } from "node:fs";
import type { FaultSpec } from "../../../src/sandbox/faults.js";
import { startSandbox } from "../../../src/sandbox/server.js";
import { runApplyProcess, type ApplyTarget, type KillPoint } from "./apply-run.js";
import { checkInvariants, type LedgerView } from "./invariants.js";
import { manifestFiles, nameOfRun } from "./manifests.js";
import {
  cloneRemote,
  createRemote,
  installHook,
  localLedger,
  remoteLedger,
  removeHook,
} from "./repos.js";

const PSK = "trial-sandbox-key";

export interface TrialPlan {
  seed: number;
  manifests: number;
  concurrency: number;
  faults: FaultSpec[];
  /** Faults of the second apply in the same clone, or null when there is none. */
  secondFaults: FaultSpec[] | null;
  kill: KillPoint | null;
  /** Seconds the origin's pre-receive hook sleeps on pushes whose subject contains `word`. */
  slowPush: { word: "submit" | "record"; seconds: number } | null;
  /** A second clone applies at the same time as the first apply. */
  concurrentClone: boolean;
}

export interface TrialResult {
  index: number;
  plan: TrialPlan;
  violations: string[];
  created: number;
  recorded: number;
  blocked: number;
  killed: boolean;
  /** Outputs that point at a crash rather than a handled failure. */
  anomalies: string[];
  /** The trial's folder, set only when it was kept because of a violation or crash output. */
  folder?: string;
  durationMs: number;
}

/** A small seeded generator (mulberry32) with the helpers the trials need. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}

type Random = ReturnType<typeof seededRandom>;

/** Returns the seed of trial `index` in the series that `seed` starts. */
export function trialSeed(seed: number, index: number): number {
  return seededRandom(seed * 1_000_003 + index).int(1, 2 ** 31 - 1);
}

function randomFault(random: Random): FaultSpec {
  const limits = {
    probability: random.pick([0.2, 0.5, 0.8, 1]),
    ...(random.chance(0.3) ? { times: random.int(1, 4) } : {}),
  };
  switch (random.pick(["latency", "status", "reset", "hang", "body"] as const)) {
    case "latency":
      return { kind: "latency", ms: random.int(0, 400), ...limits };
    case "status": {
      const status = random.pick([500, 502, 503, 429] as const);
      const retryAfter = random.chance(0.5) ? { retryAfter: random.int(0, 1) } : {};
      return { kind: "status", status, ...retryAfter, ...limits };
    }
    case "reset":
      return {
        kind: random.pick(["reset-before-create", "reset-after-create"] as const),
        ...limits,
      };
    case "hang":
      return { kind: "hang", during: random.pick(["headers", "body"] as const), ...limits };
    case "body":
      return { kind: random.pick(["invalid-json", "missing-run-id"] as const), ...limits };
  }
}

function randomFaults(random: Random): FaultSpec[] {
  return Array.from({ length: random.int(0, 3) }, () => randomFault(random));
}

function randomKill(random: Random, manifests: number): KillPoint | null {
  const group = random.chance(0.6);
  switch (random.pick(["none", "start", "submitting", "outcome", "clock"] as const)) {
    case "none":
      return null;
    case "start":
      return { onOutput: /^Submitting \d+ runs?/m, delayMs: random.int(0, 1500), group };
    case "submitting":
      return { onOutput: /^Recorded as submitting/m, delayMs: random.int(0, 800), group };
    case "outcome": {
      const done = random.int(1, manifests);
      return {
        onOutput: new RegExp(`^\\[\\s*${done}/${manifests}\\]`, "m"),
        delayMs: random.int(0, 300),
        group,
      };
    }
    case "clock":
      return { delayMs: random.int(100, 3000), group };
  }
}

export function planTrial(seed: number): TrialPlan {
  const random = seededRandom(seed);
  const manifests = random.int(1, 8);
  return {
    seed,
    manifests,
    concurrency: random.pick([1, 2, 4, 16]),
    faults: randomFaults(random),
    secondFaults: random.chance(0.5) ? randomFaults(random) : null,
    kill: random.chance(0.7) ? randomKill(random, manifests) : null,
    slowPush: random.chance(0.25)
      ? { word: random.pick(["submit", "record"] as const), seconds: random.pick([0.3, 1]) }
      : null,
    concurrentClone: random.chance(0.2),
  };
}

/** Matches output of a crash, as opposed to a failure the tool handled and explained. */
const CRASH = /internal error|^\s+at .+:\d+:\d+\)?$/m;

/** Runs one trial in a new origin with its own sandbox, and checks the invariants at the end. */
export async function runTrial(index: number, plan: TrialPlan): Promise<TrialResult> {
  const started = Date.now();
  const sandbox = await startSandbox({ psk: PSK, seed: plan.seed });
  let folder: string | undefined;
  let keep = false;
  try {
    const setup = createRemote(manifestFiles(plan.manifests));
    folder = setup.root;
    const target: ApplyTarget = { home: setup.root, sandboxUrl: sandbox.url, psk: PSK };
    const args = ["--concurrency", String(plan.concurrency), "--timeout", "1"];
    const outputs: string[] = [];
    if (plan.slowPush) {
      const { word, seconds } = plan.slowPush;
      installHook(
        setup.origin,
        "pre-receive",
        `#!/bin/sh\nwhile read old new ref; do\n  if git log --format=%s "$new" -n 5 | grep -q "${word}"; then sleep ${seconds}; fi\ndone\nexit 0\n`,
      );
    }
    const other = plan.concurrentClone ? cloneRemote(setup, "other") : undefined;

    sandbox.setFaults(plan.faults);
    const [first, parallel] = await Promise.all([
      runApplyProcess(setup.work, target, args, plan.kill ?? undefined),
      other ? runApplyProcess(other, target, args) : undefined,
    ]);
    outputs.push(first.stdout + first.stderr, parallel ? parallel.stdout + parallel.stderr : "");
    // Git processes orphaned by a kill of the CLI alone finish on their own, so the trial waits for them.
    if (first.killed && !plan.kill?.group) await new Promise((resolve) => setTimeout(resolve, 500));

    if (plan.secondFaults) {
      sandbox.setFaults(plan.secondFaults);
      const second = await runApplyProcess(setup.work, target, args);
      outputs.push(second.stdout + second.stderr);
    }
    // The first clone's own ledger must account for the runs created so far. It
    // is not checked when another clone raced it, nor against the runs of the
    // fresh clone below, because a clone that has not pulled is stale.
    const firstClone = other
      ? undefined
      : checkInvariants(
          sandbox.runs(),
          [{ label: "first clone", entries: localLedger(setup.work) }],
          nameOfRun,
        );

    removeHook(setup.origin, "pre-receive");
    sandbox.clearFaults();
    const fresh = cloneRemote(setup, "fresh");
    const last = await runApplyProcess(fresh, target, args);
    outputs.push(last.stdout + last.stderr);

    const ledgers: LedgerView[] = [
      { label: "origin", entries: remoteLedger(setup) },
      { label: "fresh clone", entries: localLedger(fresh) },
    ];
    const summary = checkInvariants(sandbox.runs(), ledgers, nameOfRun);
    summary.violations = [...new Set([...(firstClone?.violations ?? []), ...summary.violations])];
    const anomalies = outputs.filter((output) => CRASH.test(output));
    keep = summary.violations.length > 0 || anomalies.length > 0;
    return {
      index,
      plan,
      ...summary,
      killed: first.killed,
      anomalies,
      ...(keep ? { folder } : {}),
      durationMs: Date.now() - started,
    };
  } finally {
    await sandbox.close();
    if (folder !== undefined && !keep) rmSync(folder, { recursive: true, force: true });
  }
}

export interface TrialSeries {
  results: TrialResult[];
  durationMs: number;
}

/** Runs `trials` trials, `jobs` at a time, and calls `onResult` after each. */
export async function runTrials(options: {
  trials: number;
  seed: number;
  jobs?: number;
  onResult?: (result: TrialResult) => void;
}): Promise<TrialSeries> {
  const started = Date.now();
  const results: TrialResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.trials) {
      const index = next++;
      const plan = planTrial(trialSeed(options.seed, index));
      const result = await runTrial(index, plan).catch((error: unknown): TrialResult => ({
        index,
        plan,
        violations: [
          `the trial could not run: ${error instanceof Error ? error.message : String(error)}`,
        ],
        created: 0,
        recorded: 0,
        blocked: 0,
        killed: false,
        anomalies: [],
        durationMs: 0,
      }));
      results.push(result);
      options.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs ?? 1) }, worker));
  results.sort((a, b) => a.index - b.index);
  return { results, durationMs: Date.now() - started };
}
