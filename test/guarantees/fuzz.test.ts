// Fuzzing in CI: a few thousand inputs per property with a fixed seed. The
// full run, 100,000 inputs, is `npx tsx scripts/fuzz.ts --runs 100000`.

import { describe, expect, it } from "vitest";
import { fuzzConfig, fuzzManifests, fuzzRoundTrip, SLOW_INPUT_MS } from "./support/fuzz.js";

const SEED = 20_251_204;

describe("fuzzing", () => {
  it("loads every mutated manifest into a manifest or diagnostics", () => {
    const stats = fuzzManifests(3000, SEED);
    console.log(`fuzz: ${JSON.stringify(stats)}`);
    expect(stats.inputs).toBe(6000);
    expect(stats.maxMs).toBeLessThan(SLOW_INPUT_MS);
  }, 120_000);

  it("loads every mutated config into a config or diagnostics", async () => {
    const stats = await fuzzConfig(1000, SEED);
    console.log(`fuzz: ${JSON.stringify(stats)}`);
    expect(stats.inputs).toBe(1000);
  }, 120_000);

  it("round-trips valid manifests with one fingerprint", () => {
    const stats = fuzzRoundTrip(1000, SEED);
    console.log(`fuzz: ${JSON.stringify(stats)}`);
    expect(stats.manifests).toBe(1000);
  }, 120_000);
});
