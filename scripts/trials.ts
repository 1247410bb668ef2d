// Randomized trials of `nx1-migrate apply` under faults and SIGKILL, with
// the at-most-once and never-lost invariants checked after each trial.
//
//   npx tsx scripts/trials.ts --trials 1000 --seed 1 [--jobs 2] [--only INDEX]
//
// Each trial builds a bare origin and clones in a temporary folder, starts
// its own sandbox on 127.0.0.1 and runs the built dist/cli.js, so run
// `node scripts/build.mjs` first. Exit status: 0 when every trial kept the
// invariants, 1 when one did not (its folder is kept and printed), 2 on a
// usage error.

import { parseArgs } from "node:util";
import { removeDistSnapshot } from "../test/guarantees/support/cli.js";
import {
  planTrial,
  runTrial,
  runTrials,
  trialSeed,
  type TrialResult,
} from "../test/guarantees/support/trial.js";

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[0-9]+$/.test(value)) {
    process.stderr.write(`invalid --${name} ${JSON.stringify(value)}; expected a whole number\n`);
    process.exit(2);
  }
  return Number(value);
}

function describe(result: TrialResult): string {
  const { plan } = result;
  const faults = plan.faults.map((fault) => fault.kind).join("+") || "none";
  const kill = plan.kill ? `kill${plan.kill.group ? " group" : ""}` : "no kill";
  return `${plan.manifests} manifests, c${plan.concurrency}, faults ${faults}, ${kill}${plan.concurrentClone ? ", two clones" : ""}`;
}

const { values } = parseArgs({
  options: {
    trials: { type: "string" },
    seed: { type: "string" },
    jobs: { type: "string" },
    only: { type: "string" },
  },
});
const trials = positive("trials", values.trials, 100);
const seed = positive("seed", values.seed, 1);
const jobs = positive("jobs", values.jobs, 1);

let failed = 0;
const report = (result: TrialResult) => {
  const bad = result.violations.length > 0;
  if (bad) failed++;
  let mark = "ok";
  if (result.anomalies.length > 0) mark = "WARN";
  if (bad) mark = "FAIL";
  process.stdout.write(
    `trial ${result.index} seed ${result.plan.seed}: ${mark} (${describe(result)}; ${result.created} runs, ${result.recorded} recorded, ${result.blocked} blocked, ${result.durationMs} ms)\n`,
  );
  for (const violation of result.violations) process.stdout.write(`  violation: ${violation}\n`);
  for (const anomaly of result.anomalies)
    process.stdout.write(`  crash output:\n${anomaly.replace(/^/gm, "    ")}\n`);
  if (result.folder) process.stdout.write(`  kept ${result.folder}\n`);
};

try {
  if (values.only !== undefined) {
    const index = positive("only", values.only, 0);
    report(await runTrial(index, planTrial(trialSeed(seed, index))));
  } else {
    const series = await runTrials({ trials, seed, jobs, onResult: report });
    const results = series.results;
    const sum = (pick: (result: TrialResult) => number) =>
      results.reduce((total, result) => total + pick(result), 0);
    process.stdout.write(
      `\n${results.length} trials, seed ${seed}, ${jobs} at a time, in ${(series.durationMs / 1000).toFixed(1)} s: ` +
        `${failed} failed, ${results.filter((result) => result.anomalies.length > 0).length} with crash output, ` +
        `${results.filter((result) => result.killed).length} killed; ` +
        `${sum((result) => result.created)} runs created, ${sum((result) => result.recorded)} recorded, ${sum((result) => result.blocked)} blocked\n`,
    );
  }
} finally {
  removeDistSnapshot();
}
process.exitCode = failed > 0 ? 1 : 0;
