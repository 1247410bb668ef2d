// The result of submitting one run. Each kind maps to one ledger state, and
// only "created" carries a run id.

import type { DataMigrationRunResponse } from "../generated/api-types.js";

export type SubmitOutcome =
  /** The server created the run and returned a valid DataMigrationRunResponse. */
  | { kind: "created"; response: DataMigrationRunResponse; attempts: number }
  /** The server refused the request (3xx or 4xx other than 429), so no run exists. */
  | { kind: "rejected"; status: number; error: string; code?: number; attempts: number }
  /** The request may have created a run; it must not be sent again automatically. */
  | { kind: "unknown"; reason: string; status?: number; attempts: number }
  /** The request certainly never reached the server, and the retries ran out or could not help. */
  | { kind: "not-sent"; reason: string; attempts: number };

export type SubmitOutcomeKind = SubmitOutcome["kind"];
