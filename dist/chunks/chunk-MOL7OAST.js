import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  STATUS_FORMAT
} from "./chunk-Y3JAT7FU.js";

// src/ledger/transitions.ts
function base(previous, context) {
  return {
    format: STATUS_FORMAT,
    name: context.name,
    state: "submitting",
    fingerprint: context.fingerprint,
    request: context.request,
    last_submitted: previous?.last_submitted,
    source: context.source ?? previous?.source,
    updated_at: context.now,
    runs: [...previous?.runs ?? []]
  };
}
function trail(context) {
  return { commit: context.commit, workflow_run_url: context.workflowRunUrl };
}
function beginAttempt(previous, context) {
  const next = base(previous, context);
  next.runs.push({
    event: "submitting",
    recorded_at: context.now,
    fingerprint: context.fingerprint,
    attempt: context.attempt,
    ...trail(context)
  });
  return next;
}
function recordCreated(entry, response, context) {
  return {
    ...entry,
    state: "submitted",
    updated_at: context.now,
    last_submitted: {
      fingerprint: entry.fingerprint,
      run_id: response.run_id,
      request: entry.request
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
        ...trail(context)
      }
    ]
  };
}
function recordRejected(entry, failure, context) {
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
        ...trail(context)
      }
    ]
  };
}
function recordUnknown(entry, failure, context) {
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
        ...trail(context)
      }
    ]
  };
}
function adoptEntry(previous, context, runId) {
  const next = base(previous, context);
  next.state = "submitted";
  if (runId !== void 0)
    next.last_submitted = {
      fingerprint: context.fingerprint,
      run_id: runId,
      request: context.request
    };
  next.runs.push({
    event: "adopted",
    recorded_at: context.now,
    fingerprint: context.fingerprint,
    run_id: runId,
    ...trail(context)
  });
  return next;
}
function resolveWithRunId(entry, runId, context) {
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
        error: context.note
      }
    ]
  };
}
function discardAttempt(entry, context) {
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
        error: context.note
      }
    ]
  };
}

export {
  beginAttempt,
  recordCreated,
  recordRejected,
  recordUnknown,
  adoptEntry,
  resolveWithRunId,
  discardAttempt
};
