// The apply stage: submit the plan's creates and updates at most once per
// fingerprint, record every outcome, render reports and publish them.
//
// The at-most-once argument, step by step:
// 1. Every entry of the batch is recorded as `submitting` and published
//    (committed and pushed) before the first request. If that fails, nothing
//    is sent.
// 2. A later apply plans a `submitting` or `unknown` entry as `blocked` and
//    never submits it again on its own; a person settles it with
//    `nx1-migrate resolve`. So a crash at any point after step 1 can leave a
//    run unrecorded only as `submitting`, never as "not submitted".
// 3. Only outcomes that certainly created no run put the entry back as it
//    was, so the next apply may send it again: requests that never reached
//    the server (not-sent), and 401, 403, 404 and 405, which the server
//    returns before it creates anything.

import { compareText } from "../manifest/diagnostic.js";
import { randomUUID } from "node:crypto";
import pLimit from "p-limit";
import type { SubmitOutcome } from "../api/outcome.js";
import type { Config } from "../config/config.js";
import type { DataMigrationRunRequest } from "../generated/api-types.js";
import type { Ledger } from "../ledger/ledger.js";
import type { StatusFile } from "../ledger/status-file.js";
import type { AttemptContext } from "../ledger/transitions.js";
import {
  beginAttempt,
  recordCreated,
  recordRejected,
  recordUnknown,
} from "../ledger/transitions.js";
import type { Plan, PlanItem } from "../plan/plan.js";
import type { ReportContext } from "../report/render-reports.js";
import { renderReports } from "../report/render-reports.js";
import type { LedgerWorkspace, PublishResult } from "./ledger-workspace.js";
import { finalCommitMessage, submittingCommitMessage } from "./commit-messages.js";
import type { ResolvedBody } from "./resolve-secrets.js";
import { missingVariablesMessage, resolveSecrets } from "./resolve-secrets.js";
import { RecordingFailedError } from "./recording-failed.js";

/**
 * Statuses that show the setup is wrong (credentials, URL), not the request.
 * The server refused before creating anything, so they are not recorded as
 * `rejected`, which would hold the manifest until it changes.
 */
const SETUP_STATUSES = new Set([401, 403, 404, 405]);

const SETUP_HINT: Record<number, string> = {
  401: "Check NX1_API_KEY or NX1_TOKEN.",
  403: "Check that the credentials may create migration runs.",
  404: "Check NX1_API_URL: it should be the base URL, without /api/migration/data-migration/runs.",
  405: "Check NX1_API_URL: it should be the base URL of the Nx1 API.",
};

export interface Submitter {
  /** Sends one request; `label` names the manifest in retry log lines. */
  submitRun(body: DataMigrationRunRequest, submit?: { label?: string }): Promise<SubmitOutcome>;
}

export type ApplyOutcome = SubmitOutcome["kind"];

export interface ApplyItemResult {
  name: string;
  action: "create" | "update";
  outcome: ApplyOutcome;
  runId?: string;
  /** Error text of a rejected, unknown or not-sent outcome. */
  detail?: string;
  httpStatus?: number;
  attempts: number;
}

export type ApplyEvent =
  | { type: "start"; total: number }
  | { type: "recorded-submitting"; commit?: string; pushed: boolean }
  | { type: "outcome"; result: ApplyItemResult; done: number; total: number }
  | { type: "published"; commit?: string; pushed: boolean };

export interface ApplyOptions {
  plan: Plan;
  ledger: Ledger;
  config: Config;
  /** Source stamps by name, recorded so the next plan can skip unchanged files. */
  stamps: ReadonlyMap<string, StatusFile["source"]>;
  workspace: LedgerWorkspace;
  submitter: Submitter;
  env: NodeJS.ProcessEnv;
  concurrency: number;
  /** The commit of the manifests and the workflow run, kept in the history. */
  trail: { commit?: string; workflowRunUrl?: string };
  reportContext: ReportContext;
  /** Called with resolved secret values before anything is logged, so front ends can mask them. */
  onSecrets?: (secrets: readonly string[]) => void;
  onEvent?: (event: ApplyEvent) => void;
  now?: () => string;
}

export interface ApplyResult {
  results: ApplyItemResult[];
  submittingCommit?: PublishResult;
  finalCommit?: PublishResult;
  /** A report template failed after the runs were submitted; the ledger was published without reports. */
  reportError?: string;
}

/** Apply could not start: nothing was submitted. */
export class ApplyAbortedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ApplyAbortedError";
  }
}

export async function runApplyStage(options: ApplyOptions): Promise<ApplyResult> {
  const { plan, ledger, config, workspace, env, onEvent = () => {} } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const targets = plan.items.filter(
    (item): item is PlanItem & { action: "create" | "update" } =>
      (item.action === "create" || item.action === "update") && item.manifest !== undefined,
  );
  if (targets.length === 0) return { results: [] };

  // Secrets first: a missing variable stops the whole batch before any write or request.
  const bodies = new Map<string, ResolvedBody>();
  const missing = [];
  for (const item of targets) {
    const resolved = resolveSecrets(item.name, item.manifest!.request, env);
    if (resolved.ok) bodies.set(item.name, resolved.resolved);
    else missing.push(...resolved.missing);
  }
  if (missing.length > 0) throw new ApplyAbortedError(missingVariablesMessage(missing));
  options.onSecrets?.([...bodies.values()].flatMap((body) => body.secrets));

  const entries = new Map<string, StatusFile>(ledger.entries);
  const contexts = new Map<string, AttemptContext>();
  // Makes this batch's submitting entries unlike those of any concurrent apply,
  // so that the push of the second one conflicts instead of silently succeeding.
  const attempt = randomUUID();
  for (const item of targets) {
    const manifest = item.manifest!;
    contexts.set(item.name, {
      name: item.name,
      fingerprint: item.fingerprint!,
      request: manifest.request,
      source: options.stamps.get(item.name),
      commit: options.trail.commit,
      workflowRunUrl: options.trail.workflowRunUrl,
      attempt,
      now: now(),
    });
  }
  // Templates are checked before step 1, so a broken override stops apply while nothing is sent.
  const submitting = targets.map((item) =>
    beginAttempt(entries.get(item.name), contexts.get(item.name)!),
  );
  const changed = new Set(targets.map((item) => item.name));
  if (config.reportsEnabled)
    await renderReports(
      [...mergeEntries(entries, submitting).values()],
      changed,
      config,
      options.reportContext,
    );

  onEvent({ type: "start", total: targets.length });
  for (const entry of submitting) await workspace.writeEntry(entry);
  let submittingCommit: PublishResult;
  try {
    submittingCommit = await workspace.publish(submittingCommitMessage(targets), {
      undoOnFailure: true,
    });
  } catch (error) {
    // Nothing was sent: the workspace undid the unpushed commit, and the
    // files go back as they were, so that no plan is blocked by entries
    // that never reached the API.
    for (const item of targets) {
      const previous = ledger.entries.get(item.name);
      if (previous) await workspace.writeEntry(previous);
      else await workspace.removeEntry(item.name);
    }
    throw new ApplyAbortedError(
      `recording the submitting entries failed, so nothing was submitted: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  onEvent({ type: "recorded-submitting", ...submittingCommit });

  const limit = pLimit(Math.max(1, options.concurrency));
  const results: ApplyItemResult[] = [];
  const byName = new Map(submitting.map((entry) => [entry.name, entry]));
  let setupFailure: string | undefined;
  await Promise.all(
    targets.map(async (item) => {
      // Only the request occupies a slot, so recording its outcome (a file
      // write, slow on a busy disk) does not delay the next request.
      const outcome = await limit(async (): Promise<SubmitOutcome> => {
        // After a setup failure every later request would fail the same way.
        if (setupFailure !== undefined)
          return {
            kind: "not-sent",
            reason: `not sent after an earlier request failed: ${setupFailure}`,
            attempts: 0,
          };
        const answer = await options.submitter.submitRun(
          bodies.get(item.name)!.body as unknown as DataMigrationRunRequest,
          { label: item.name },
        );
        if (answer.kind !== "rejected" || !SETUP_STATUSES.has(answer.status)) return answer;
        // The endpoint or the credentials are wrong, not this manifest, and no run was
        // created: count it as not sent, so fixing the setup lets the next apply send it.
        setupFailure ??=
          `HTTP ${answer.status}: ${answer.error}. ${SETUP_HINT[answer.status] ?? ""}`.trim();
        return {
          kind: "not-sent",
          reason: `HTTP ${answer.status}: ${answer.error}`,
          attempts: answer.attempts,
        };
      });
      const context = { ...contexts.get(item.name)!, now: now() };
      const entry = byName.get(item.name)!;
      const previous = ledger.entries.get(item.name);
      const result: ApplyItemResult = {
        name: item.name,
        action: item.action,
        outcome: outcome.kind,
        attempts: outcome.attempts,
      };
      if (outcome.kind === "created") {
        entries.set(item.name, recordCreated(entry, outcome.response, context));
        result.runId = outcome.response.run_id;
      } else if (outcome.kind === "rejected") {
        entries.set(
          item.name,
          recordRejected(entry, { status: outcome.status, error: outcome.error }, context),
        );
        result.detail = outcome.error;
        result.httpStatus = outcome.status;
      } else if (outcome.kind === "unknown") {
        entries.set(
          item.name,
          recordUnknown(entry, { reason: outcome.reason, status: outcome.status }, context),
        );
        result.detail = outcome.reason;
        result.httpStatus = outcome.status;
      } else {
        // Certainly never reached the server: undo the attempt, so the next apply sends it.
        if (previous) entries.set(item.name, previous);
        else entries.delete(item.name);
        result.detail = outcome.reason;
      }
      const recorded = entries.get(item.name);
      if (recorded) await workspace.writeEntry(recorded);
      else await workspace.removeEntry(item.name);
      results.push(result);
      onEvent({ type: "outcome", result, done: results.length, total: targets.length });
    }),
  );

  let reportError: string | undefined;
  if (config.reportsEnabled) {
    try {
      await workspace.writeReports(
        await renderReports([...entries.values()], changed, config, options.reportContext),
      );
    } catch (error) {
      // The runs exist now: their ids must be published even without reports.
      reportError = error instanceof Error ? error.message : String(error);
    }
  }
  results.sort((a, b) => compareText(a.name, b.name));
  let finalCommit: PublishResult;
  try {
    finalCommit = await workspace.publish(finalCommitMessage(results));
  } catch (error) {
    // The remote still has the batch as `submitting`: the message lists how to settle each entry.
    throw new RecordingFailedError(results, error);
  }
  onEvent({ type: "published", ...finalCommit });
  return { results, submittingCommit, finalCommit, reportError };
}

function mergeEntries(
  entries: ReadonlyMap<string, StatusFile>,
  updates: readonly StatusFile[],
): Map<string, StatusFile> {
  const merged = new Map(entries);
  for (const entry of updates) merged.set(entry.name, entry);
  return merged;
}
