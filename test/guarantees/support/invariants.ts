// The two promises of apply, checked against what the sandbox really
// created and what a ledger records:
// 1. at most once: no request (so no fingerprint) created more than one run;
// 2. never lost: every created run's id is in the ledger, or the entry for
//    that fingerprint is blocked as `submitting` or `unknown`.
// A third check catches the opposite mistake: a run id in the ledger that
// the sandbox never created.

import { canonicalJson } from "../../../src/plan/canonical.js";
import { fingerprint } from "../../../src/plan/fingerprint.js";
import type { CreatedRun } from "../../../src/sandbox/server.js";
import type { LedgerEntry } from "./repos.js";

export interface LedgerView {
  /** Name of the ledger in messages, such as `origin` or `clone a`. */
  label: string;
  entries: ReadonlyMap<string, LedgerEntry>;
}

export interface InvariantSummary {
  violations: string[];
  /** Number of runs the sandbox created. */
  created: number;
  /** Number of created runs whose id the first ledger records. */
  recorded: number;
  /** Number of created runs whose entry in the first ledger is blocked instead. */
  blocked: number;
}

/**
 * Checks the runs against each ledger. `nameOf` maps a run to its manifest
 * name; runs that map to undefined belong to another trial and are skipped.
 * The fingerprint of a run is computed from its request, so requests must
 * carry no secret fields (the sandbox masks them).
 */
export function checkInvariants(
  runs: readonly CreatedRun[],
  ledgers: readonly LedgerView[],
  nameOf: (run: CreatedRun) => string | undefined,
): InvariantSummary {
  const violations: string[] = [];
  const mine = runs.filter((run) => nameOf(run) !== undefined);

  const byRequest = new Map<string, CreatedRun[]>();
  for (const run of mine) {
    const key = canonicalJson(run.request);
    byRequest.set(key, [...(byRequest.get(key) ?? []), run]);
  }
  for (const group of byRequest.values()) {
    if (group.length > 1)
      violations.push(
        `manifest ${nameOf(group[0]!)} created ${group.length} runs for one fingerprint: ${group.map((run) => run.response.run_id).join(", ")}`,
      );
  }

  let recorded = 0;
  let blocked = 0;
  ledgers.forEach((ledger, index) => {
    for (const run of mine) {
      const name = nameOf(run)!;
      const runId = run.response.run_id;
      const entry = ledger.entries.get(name);
      if (entry === undefined) {
        violations.push(
          `${ledger.label}: run ${runId} of ${name} was created, but ${name} has no entry`,
        );
        continue;
      }
      if (entry.runs.some((record) => record.run_id === runId)) {
        if (index === 0) recorded++;
        continue;
      }
      const expected = fingerprint({
        request: run.request as unknown as Record<string, unknown>,
        revision: 0,
      });
      const isBlocked = entry.state === "submitting" || entry.state === "unknown";
      if (isBlocked && entry.fingerprint === expected) {
        if (index === 0) blocked++;
        continue;
      }
      violations.push(
        `${ledger.label}: run ${runId} of ${name} is lost: the entry is ${entry.state} for ${entry.fingerprint.slice(0, 19)}, and its history does not name the run`,
      );
    }
    const created = new Set(mine.map((run) => run.response.run_id));
    for (const entry of ledger.entries.values()) {
      for (const record of entry.runs) {
        if (record.run_id !== undefined && !created.has(record.run_id))
          violations.push(
            `${ledger.label}: ${entry.name} records run ${record.run_id}, which the sandbox never created`,
          );
      }
    }
  });
  return { violations, created: mine.length, recorded, blocked };
}
