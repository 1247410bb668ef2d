// Decides which faults apply to each request. The decisions depend only on
// the seed, the fault list and the order in which requests arrive, so a
// randomized trial can be replayed by starting the sandbox with its seed.

import type { FaultSpec, OutcomeFault } from "./faults.js";

/** Faults chosen for one request. */
export interface FaultDecision {
  /** Total delay in ms from the latency faults that applied. */
  latencyMs: number;
  /** The first non-latency fault that applied, if any. */
  outcome?: OutcomeFault;
  /** Kinds of the faults that applied, in list order, for the log line. */
  applied: string[];
}

interface ScheduledFault {
  spec: FaultSpec;
  /** Requests left before the fault expires, or undefined when `times` is not set. */
  remaining?: number;
}

export class FaultSchedule {
  private faults: ScheduledFault[] = [];
  private nextRandom: () => number;

  constructor(private readonly seed: number) {
    this.nextRandom = mulberry32(seed);
  }

  /**
   * Replaces the fault list and restarts the random sequence from the seed,
   * so that a trial which sets its faults replays the same way whatever
   * requests came before it.
   */
  set(faults: readonly FaultSpec[]): void {
    this.faults = faults.map((spec) => ({ spec: { ...spec }, remaining: spec.times }));
    this.nextRandom = mulberry32(this.seed);
  }

  clear(): void {
    this.faults = [];
  }

  /** Returns the active faults, with `times` lowered to the requests each has left. */
  list(): FaultSpec[] {
    return this.faults.map(({ spec, remaining }) =>
      remaining === undefined ? { ...spec } : { ...spec, times: remaining },
    );
  }

  /**
   * Draws the faults for the next request. Faults are considered in list
   * order: every latency fault that applies adds its delay, and the first
   * other fault that applies becomes the outcome. Later non-latency faults
   * are then skipped without drawing a random number or using up `times`.
   */
  draw(): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, applied: [] };
    for (const fault of this.faults) {
      const { spec } = fault;
      if (spec.kind !== "latency" && decision.outcome !== undefined) continue;
      if (spec.probability !== undefined && this.nextRandom() >= spec.probability) continue;

      if (spec.kind === "latency") {
        decision.latencyMs += spec.ms;
      } else {
        decision.outcome = spec;
      }
      decision.applied.push(spec.kind === "status" ? `status-${spec.status}` : spec.kind);
      if (fault.remaining !== undefined) fault.remaining -= 1;
    }
    this.faults = this.faults.filter(
      (fault) => fault.remaining === undefined || fault.remaining > 0,
    );
    return decision;
  }
}

/**
 * Mulberry32, a small 32-bit seeded generator. It returns numbers in [0, 1)
 * and is meant for reproducible test trials, not for anything secret.
 */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
