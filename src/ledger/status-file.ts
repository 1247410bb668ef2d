// A status file: the ledger's record of one manifest name. JSON with a
// format version, written in a fixed key order with a final newline, so
// that every change to it reads as a small diff in git.

export const STATUS_FORMAT = 1;

/**
 * - submitting: recorded and committed before the POST; left behind only when apply stopped mid-way.
 * - submitted: the API returned 201 with a run id.
 * - rejected: the API returned 4xx; not retried until the manifest changes.
 * - unknown: the request may have created a run (timeout, reset, 5xx, malformed response).
 * - discarded: a person discarded an unknown or submitting attempt with `resolve --discard`.
 */
export type LedgerState = "submitting" | "submitted" | "rejected" | "unknown" | "discarded";

export const LEDGER_STATES: readonly LedgerState[] = [
  "submitting",
  "submitted",
  "rejected",
  "unknown",
  "discarded",
];

/** Event of one history entry. */
export type RunEvent =
  "submitting" | "submitted" | "rejected" | "unknown" | "adopted" | "resolved" | "discarded";

export interface RunRecord {
  event: RunEvent;
  recorded_at: string;
  fingerprint: string;
  /**
   * Random id of the apply that recorded a `submitting` event. Two applies
   * started in the same millisecond would otherwise write byte-identical
   * entries, and git would accept both pushes, so both would send.
   */
  attempt?: string;
  run_id?: string;
  status?: string;
  migration_type?: string;
  dag_run_id?: string | null;
  dag_run_ids?: string[];
  created_at?: string;
  /** Commit of the manifests that the attempt came from. */
  commit?: string;
  workflow_run_url?: string;
  /** Error text of a rejected or unknown outcome, or the reason given to resolve. */
  error?: string;
  http_status?: number;
}

/** The manifest file an entry was last recorded from, so a plan can skip parsing it when nothing changed. */
export interface SourceStamp {
  path: string;
  /** Git blob hash of the manifest file. */
  blob: string;
  /** Hash of the config and tool version the manifest was checked with. */
  config: string;
}

export interface StatusFile {
  format: typeof STATUS_FORMAT;
  name: string;
  state: LedgerState;
  /** Fingerprint of the latest attempt (the one `state` is about). */
  fingerprint: string;
  /** Request body of the latest attempt, with secret references, never values. */
  request: Record<string, unknown>;
  /** The latest attempt that certainly reached the platform, kept when a later one is discarded. */
  last_submitted?: { fingerprint: string; run_id: string; request: Record<string, unknown> };
  source?: SourceStamp;
  updated_at: string;
  runs: RunRecord[];
}

const RUN_KEYS: (keyof RunRecord)[] = [
  "event",
  "recorded_at",
  "fingerprint",
  "attempt",
  "run_id",
  "status",
  "migration_type",
  "dag_run_id",
  "dag_run_ids",
  "created_at",
  "commit",
  "workflow_run_url",
  "error",
  "http_status",
];

/** Serializes a status file with a stable key order and a final newline. */
export function serializeStatus(status: StatusFile): string {
  const ordered = {
    format: status.format,
    name: status.name,
    state: status.state,
    fingerprint: status.fingerprint,
    updated_at: status.updated_at,
    source: status.source
      ? { path: status.source.path, blob: status.source.blob, config: status.source.config }
      : undefined,
    request: sortedCopy(status.request),
    last_submitted: status.last_submitted
      ? {
          fingerprint: status.last_submitted.fingerprint,
          run_id: status.last_submitted.run_id,
          request: sortedCopy(status.last_submitted.request),
        }
      : undefined,
    runs: status.runs.map((run) => pick(run, RUN_KEYS)),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function pick<T extends object>(value: T, keys: (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function sortedCopy(value: unknown): Record<string, unknown> {
  const sort = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sort);
    if (item === null || typeof item !== "object") return item;
    return Object.fromEntries(
      Object.keys(item)
        .sort()
        .map((key) => [key, sort((item as Record<string, unknown>)[key])]),
    );
  };
  return sort(value) as Record<string, unknown>;
}
