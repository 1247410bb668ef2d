// The names of apply outcomes in every output a user or a script reads:
// the words of the ledger states, so one outcome has one name everywhere.

import type { ApplyItemResult } from "./apply-stage.js";

export type PublicOutcome = "submitted" | "rejected" | "unknown" | "not-sent";

const NAMES: Record<ApplyItemResult["outcome"], PublicOutcome> = {
  created: "submitted",
  rejected: "rejected",
  unknown: "unknown",
  "not-sent": "not-sent",
};

export function publicOutcome(result: Pick<ApplyItemResult, "outcome">): PublicOutcome {
  return NAMES[result.outcome];
}

/** Returns one apply result as the JSON object that `apply --format json` prints. */
export function resultToJson(result: ApplyItemResult) {
  return {
    name: result.name,
    action: result.action,
    outcome: publicOutcome(result),
    run_id: result.runId ?? null,
    detail: result.detail ?? null,
    http_status: result.httpStatus ?? null,
    attempts: result.attempts,
  };
}
