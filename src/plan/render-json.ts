// The plan as JSON, the shape documented in docs/plan-json.md. It is an
// output of the Action too, so fields are only ever added, never renamed.

import type { Plan } from "./plan.js";

export const PLAN_JSON_FORMAT = 1;

export interface PlanJson {
  format: typeof PLAN_JSON_FORMAT;
  /** True when apply would submit at least one run, or something is blocked. */
  has_changes: boolean;
  counts: Plan["counts"];
  items: {
    name: string;
    action: string;
    file: string | null;
    fingerprint: string | null;
    previous_fingerprint: string | null;
    ledger_state: string | null;
    last_run_id: string | null;
    reason: string | null;
    changes: { path: string; kind: string; before?: unknown; after?: unknown }[];
  }[];
}

export function planToJson(plan: Plan): PlanJson {
  return {
    format: PLAN_JSON_FORMAT,
    has_changes: plan.counts.create + plan.counts.update + plan.counts.blocked > 0,
    counts: plan.counts,
    items: plan.items.map((item) => ({
      name: item.name,
      action: item.action,
      file: item.file ?? null,
      fingerprint: item.fingerprint ?? null,
      previous_fingerprint: item.previousFingerprint ?? null,
      ledger_state: item.ledgerState ?? null,
      last_run_id: item.lastRunId ?? null,
      reason: item.reason ?? null,
      changes: item.changes ?? [],
    })),
  };
}
