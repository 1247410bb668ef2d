// Reads a status file back, checking every field: a corrupt or hand-edited
// file is an error that names the file and the field, never a crash or a
// silent reset (a reset would let apply start a run a second time).

import { LEDGER_STATES, STATUS_FORMAT } from "./status-file.js";
import type { RunRecord, StatusFile } from "./status-file.js";

export class StatusFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(
      `${file}: invalid status file: ${detail}. Restore it from git history (git log -p -- ${file}) rather than deleting it, because deleting it lets apply submit the run again`,
    );
    this.name = "StatusFileError";
  }
}

const FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
const EVENTS = [
  "submitting",
  "submitted",
  "rejected",
  "unknown",
  "adopted",
  "resolved",
  "discarded",
];

export function parseStatus(file: string, text: string, expectedName?: string): StatusFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StatusFileError(
      file,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const fail = (detail: string): never => {
    throw new StatusFileError(file, detail);
  };
  if (!isRecord(data)) return fail("expected a JSON object");
  if (data.format !== STATUS_FORMAT)
    return fail(
      `format is ${JSON.stringify(data.format)}, expected ${STATUS_FORMAT}; a newer nx1-migrate may have written it`,
    );
  if (typeof data.name !== "string") return fail("`name` is missing");
  if (expectedName !== undefined && data.name !== expectedName)
    return fail(
      `\`name\` is ${JSON.stringify(data.name)} but the file name says ${JSON.stringify(expectedName)}`,
    );
  if (!LEDGER_STATES.includes(data.state as never))
    return fail(
      `\`state\` is ${JSON.stringify(data.state)}; expected one of ${LEDGER_STATES.join(", ")}`,
    );
  if (typeof data.fingerprint !== "string" || !FINGERPRINT.test(data.fingerprint))
    return fail("`fingerprint` is not a sha256:<64 hex digits> value");
  if (!isRecord(data.request)) return fail("`request` is not an object");
  if (typeof data.updated_at !== "string") return fail("`updated_at` is missing");
  if (!Array.isArray(data.runs)) return fail("`runs` is not a list");
  data.runs.forEach((run, index) => checkRun(run, index, fail));
  if (data.last_submitted !== undefined) {
    const last = data.last_submitted;
    if (
      !isRecord(last) ||
      typeof last.fingerprint !== "string" ||
      !FINGERPRINT.test(last.fingerprint) ||
      typeof last.run_id !== "string" ||
      !isRecord(last.request)
    ) {
      return fail("`last_submitted` needs fingerprint, run_id and request");
    }
  }
  if (data.source !== undefined) {
    const source = data.source;
    if (
      !isRecord(source) ||
      typeof source.path !== "string" ||
      typeof source.blob !== "string" ||
      typeof source.config !== "string"
    ) {
      return fail("`source` needs path, blob and config");
    }
  }
  return data as unknown as StatusFile;
}

function checkRun(run: unknown, index: number, fail: (detail: string) => never): void {
  const where = `runs[${index}]`;
  if (!isRecord(run)) fail(`${where} is not an object`);
  const record = run as Partial<Record<keyof RunRecord, unknown>>;
  if (!EVENTS.includes(record.event as string))
    fail(`${where}.event is ${JSON.stringify(record.event)}; expected one of ${EVENTS.join(", ")}`);
  if (typeof record.recorded_at !== "string") fail(`${where}.recorded_at is missing`);
  if (typeof record.fingerprint !== "string" || !FINGERPRINT.test(record.fingerprint))
    fail(`${where}.fingerprint is not a sha256:<64 hex digits> value`);
  for (const key of [
    "attempt",
    "run_id",
    "status",
    "migration_type",
    "created_at",
    "commit",
    "workflow_run_url",
    "error",
  ] as const) {
    if (record[key] !== undefined && typeof record[key] !== "string")
      fail(`${where}.${key} is not a string`);
  }
  if (
    record.dag_run_ids !== undefined &&
    (!Array.isArray(record.dag_run_ids) || record.dag_run_ids.some((id) => typeof id !== "string"))
  ) {
    fail(`${where}.dag_run_ids is not a list of strings`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
