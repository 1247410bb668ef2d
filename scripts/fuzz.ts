// Fuzzes the manifest loader, the validator and the config loader with
// fast-check, in-process on the TypeScript sources.
//
//   npx tsx scripts/fuzz.ts --runs 100000 [--seed N]
//
// --runs counts inputs in total: 90% go to the manifest loader and validator
// (each input is loaded and validated, so it counts twice toward the inputs
// they see), 5% to the config loader and 5% to the valid-manifest round
// trip. Exit status: 0 when every input passed, 1 with the failing input
// (shrunk by fast-check) and the seed to replay it, 2 on a usage error.

import { parseArgs } from "node:util";
import {
  fuzzConfig,
  fuzzManifests,
  fuzzRoundTrip,
  type FuzzStats,
} from "../test/guarantees/support/fuzz.js";

const { values } = parseArgs({ options: { runs: { type: "string" }, seed: { type: "string" } } });
for (const [name, value] of Object.entries(values)) {
  if (value !== undefined && !/^[0-9]+$/.test(value)) {
    process.stderr.write(`invalid --${name} ${JSON.stringify(value)}; expected a whole number\n`);
    process.exit(2);
  }
}
const runs = Number(values.runs ?? 100_000);
const seed = Number(values.seed ?? Date.now() % 2 ** 31);

const started = Date.now();
const print = (stats: FuzzStats) =>
  process.stdout.write(
    `${stats.property}: ${stats.inputs} loads, slowest ${stats.maxMs.toFixed(1)} ms, ${stats.manifests} accepted, ${stats.rejected} rejected\n`,
  );
process.stdout.write(`fuzzing ${runs} inputs with seed ${seed}\n`);
try {
  print(fuzzManifests(Math.round(runs * 0.9), seed));
  print(await fuzzConfig(Math.round(runs * 0.05), seed));
  print(fuzzRoundTrip(Math.round(runs * 0.05), seed));
  process.stdout.write(`all inputs passed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
} catch (error) {
  process.stdout.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.stdout.write(`replay with: npx tsx scripts/fuzz.ts --runs ${runs} --seed ${seed}\n`);
  process.exitCode = 1;
}
