// State changes of a status file, as pure functions. Apply, adopt and
// resolve use only these, so every change lands in the history.

import type { DataMigrationRunResponse } from "../generated/api-types.js";
import type { RunRecord, SourceStamp, StatusFile } from "./status-file.js";
import { STATUS_FORMAT } from "./status-file.js";

export interface AttemptContext {
  name: string;
  fingerprint: string;
  request: Record<string, unknown>;
  source?: SourceStamp;
  commit?: string;
  workflowRunUrl?: string;
  /** Random id of this apply, kept in the `submitting` record so that no two applies write the same entry. */
  attempt?: string;
  now: string;
}

function base(previous: StatusFile | undefined, context: AttemptContext): StatusFile {
  return {
    format: STATUS_FORMAT,
    name: context.name,
    state: "submitting",
    fingerprint: context.fingerprint,
    request: context.request,
    last_submitted: previous?.last_submitted,
    source: context.source ?? previous?.source,
    updated_at: context.now,
    runs: [...(previous?.runs ?? [])],
  };
}

function trail(context: AttemptContext): Pick<RunRecord, "commit" | "workflow_run_url"> {
  return { commit: context.commit, workflow_run_url: context.workflowRunUrl };
}

/** Marks an attempt as started. It is committed before the request is sent, so a crash leaves a `submitting` entry that blocks a resubmission. */
export function beginAttempt(
  previous: StatusFile | undefined,
  context: AttemptContext,
): StatusFile {
  const next = base(previous, context);
  next.runs.push({
    event: "submitting",
    recorded_at: context.now,
    fingerprint: context.fingerprint,
    attempt: context.attempt,
    ...trail(context),
  });
  return next;
}

export function recordCreated(
  entry: StatusFile,
  response: DataMigrationRunResponse,
  context: AttemptContext,
): StatusFile {
  return {
    ...entry,
    state: "submitted",
    updated_at: context.now,
    last_submitted: {
      fingerprint: entry.fingerprint,
      run_id: response.run_id,
      request: entry.request,
    },
    runs: [
      ...entry.runs,
      {
        event: "submitted",
        recorded_at: context.now,
        fingerprint: entry.fingerprint,
        run_id: response.run_id,
        status: response.status,
        migration_type: response.migration_type,
        dag_run_id: response.dag_run_id ?? null,
        dag_run_ids: response.dag_run_ids,
        created_at: response.created_at,
        ...trail(context),
      },
    ],
  };
}

export function recordRejected(
  entry: StatusFile,
  failure: { status: number; error: string },
  context: AttemptContext,
): StatusFile {
  return {
    ...entry,
    state: "rejected",
    updated_at: context.now,
    runs: [
      ...entry.runs,
      {
        event: "rejected",
        recorded_at: context.now,
        fingerprint: entry.fingerprint,
        http_status: failure.status,
        error: failure.error,
        ...trail(context),
      },
    ],
  };
}

export function recordUnknown(
  entry: StatusFile,
  failure: { reason: string; status?: number },
  context: AttemptContext,
): StatusFile {
  return {
    ...entry,
    state: "unknown",
    updated_at: context.now,
    runs: [
      ...entry.runs,
      {
        event: "unknown",
        recorded_at: context.now,
        fingerprint: entry.fingerprint,
        http_status: failure.status,
        error: failure.reason,
        ...trail(context),
      },
    ],
  };
}

/** Records a manifest as already submitted without calling the API, for repositories that ran migrations before adopting the tool. */
export function adoptEntry(
  previous: StatusFile | undefined,
  context: AttemptContext,
  runId?: string,
): StatusFile {
  const next = base(previous, context);
  next.state = "submitted";
  if (runId !== undefined)
    next.last_submitted = {
      fingerprint: context.fingerprint,
      run_id: runId,
      request: context.request,
    };
  next.runs.push({
    event: "adopted",
    recorded_at: context.now,
    fingerprint: context.fingerprint,
    run_id: runId,
    ...trail(context),
  });
  return next;
}

/** Settles a blocked entry with the run id a person found on the platform. */
export function resolveWithRunId(
  entry: StatusFile,
  runId: string,
  context: Pick<AttemptContext, "now" | "commit"> & { note?: string },
): StatusFile {
  return {
    ...entry,
    state: "submitted",
    updated_at: context.now,
    last_submitted: { fingerprint: entry.fingerprint, run_id: runId, request: entry.request },
    runs: [
      ...entry.runs,
      {
        event: "resolved",
        recorded_at: context.now,
        fingerprint: entry.fingerprint,
        run_id: runId,
        commit: context.commit,
        error: context.note,
      },
    ],
  };
}

/** Settles a blocked entry by declaring that its attempt created no run, so the next apply may submit again. */
export function discardAttempt(
  entry: StatusFile,
  context: Pick<AttemptContext, "now" | "commit"> & { note?: string },
): StatusFile {
  return {
    ...entry,
    state: "discarded",
    updated_at: context.now,
    runs: [
      ...entry.runs,
      {
        event: "discarded",
        recorded_at: context.now,
        fingerprint: entry.fingerprint,
        commit: context.commit,
        error: context.note,
      },
    ],
  };
}
