// A short series of the randomized apply trials, with a fixed seed, so CI
// checks the invariants under random faults and kills on every change. The
// full series is `npx tsx scripts/trials.ts --trials 1000 --seed N`.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distSnapshot, removeDistSnapshot } from "./support/cli.js";
import { removeTemporaryFolders } from "./support/repos.js";
import { runTrials } from "./support/trial.js";

const TRIALS = 20;
const SEED = 20_251_204;

beforeAll(() => {
  distSnapshot();
});

afterAll(() => {
  removeTemporaryFolders();
  removeDistSnapshot();
});

describe("randomized apply trials", () => {
  it(`keeps the invariants in ${TRIALS} trials of seed ${SEED}`, async () => {
    const series = await runTrials({ trials: TRIALS, seed: SEED, jobs: 2 });
    const failures = series.results
      .filter((result) => result.violations.length > 0 || result.anomalies.length > 0)
      .map((result) => ({
        trial: result.index,
        seed: result.plan.seed,
        violations: result.violations,
        anomalies: result.anomalies,
        folder: result.folder,
      }));
    console.log(
      `trials: ${series.results.length} in ${(series.durationMs / 1000).toFixed(1)} s, ` +
        `${series.results.filter((result) => result.killed).length} killed, ` +
        `${series.results.reduce((total, result) => total + result.created, 0)} runs created`,
    );
    expect(failures).toEqual([]);
    expect(series.results).toHaveLength(TRIALS);
  }, 300_000);
});
