// The plan: every manifest compared with its ledger entry. This is
// reconciliation against what was recorded, not a diff of the last push, so
// a missed or failed workflow run is caught up by the next one.

import type { Ledger } from "../ledger/ledger.js";
import type { StatusFile } from "../ledger/status-file.js";
import { compareText } from "../manifest/diagnostic.js";
import type { Manifest } from "../manifest/manifest.js";
import type { FieldChange } from "./diff.js";
import { diffRequests } from "./diff.js";
import { fingerprint } from "./fingerprint.js";

export type PlanAction = "create" | "update" | "unchanged" | "removed" | "blocked";

export const PLAN_ACTIONS: readonly PlanAction[] = [
  "create",
  "update",
  "unchanged",
  "removed",
  "blocked",
];

export interface PlanItem {
  name: string;
  action: PlanAction;
  /** Manifest file; absent for `removed`. */
  file?: string;
  fingerprint?: string;
  previousFingerprint?: string;
  /** State of the ledger entry, when there is one. */
  ledgerState?: StatusFile["state"];
  /** Run id of the last run known to exist. */
  lastRunId?: string;
  /** Field changes of an `update`, with secrets as their references. */
  changes?: FieldChange[];
  /** Reason an item is blocked, or an unchanged item was not run. */
  reason?: string;
  /** The manifest behind a create or update, for apply. */
  manifest?: Manifest;
}

export interface Plan {
  items: PlanItem[];
  counts: Record<PlanAction, number>;
}

/** A manifest that the plan proves unchanged without parsing it (its file and the config match the ledger's stamp). */
export interface UnchangedManifest {
  name: string;
  file: string;
}

export function computePlan(
  manifests: readonly Manifest[],
  ledger: Ledger,
  unchanged: readonly UnchangedManifest[] = [],
): Plan {
  const items: PlanItem[] = [];
  const seen = new Set<string>();
  for (const manifest of manifests) {
    seen.add(manifest.name);
    items.push(compare(manifest, ledger.entries.get(manifest.name)));
  }
  for (const { name, file } of unchanged) {
    seen.add(name);
    const entry = ledger.entries.get(name);
    items.push({
      name,
      action: "unchanged",
      file,
      fingerprint: entry?.fingerprint,
      previousFingerprint: entry?.fingerprint,
      ledgerState: entry?.state,
      lastRunId: entry?.last_submitted?.run_id,
      ...unchangedReason(entry),
    });
  }
  for (const [name, entry] of ledger.entries) {
    if (seen.has(name)) continue;
    items.push({
      name,
      action: "removed",
      previousFingerprint: entry.fingerprint,
      ledgerState: entry.state,
      lastRunId: entry.last_submitted?.run_id,
      reason:
        "the manifest was deleted; its history stays in the ledger, and runs already started are not cancelled (the API cannot cancel a run)",
    });
  }
  items.sort((a, b) => compareText(a.name, b.name));
  const counts = Object.fromEntries(PLAN_ACTIONS.map((action) => [action, 0])) as Record<
    PlanAction,
    number
  >;
  for (const item of items) counts[item.action]++;
  return { items, counts };
}

function compare(manifest: Manifest, entry: StatusFile | undefined): PlanItem {
  const current = fingerprint(manifest);
  const item: PlanItem = {
    name: manifest.name,
    action: "create",
    file: manifest.file,
    fingerprint: current,
    manifest,
  };
  if (!entry) return item;
  item.ledgerState = entry.state;
  item.previousFingerprint = entry.fingerprint;
  item.lastRunId = entry.last_submitted?.run_id;
  switch (entry.state) {
    case "submitting":
      return {
        ...item,
        action: "blocked",
        reason: `an earlier apply stopped after recording the submission and before recording its outcome, so a run may exist. Find it on the platform, then run \`nx1-migrate resolve ${manifest.name} --run-id ID\`, or \`--discard\` if there is none`,
      };
    case "unknown":
      return {
        ...item,
        action: "blocked",
        reason: `the outcome of the last submission is unknown (${lastError(entry)}), so a run may exist. Find it on the platform, then run \`nx1-migrate resolve ${manifest.name} --run-id ID\`, or \`--discard\` if there is none`,
      };
    case "discarded": {
      const last = entry.last_submitted;
      if (!last) return { ...item, previousFingerprint: undefined };
      if (last.fingerprint === current)
        return { ...item, action: "unchanged", previousFingerprint: last.fingerprint };
      return {
        ...item,
        action: "update",
        previousFingerprint: last.fingerprint,
        ...updateDetails(last.request, manifest.request),
      };
    }
    case "submitted":
    case "rejected":
      if (entry.fingerprint === current)
        return { ...item, action: "unchanged", ...unchangedReason(entry) };
      return { ...item, action: "update", ...updateDetails(entry.request, manifest.request) };
  }
}

/** Returns the field changes of an update, and a reason when no field changed, because then only the revision did. */
function updateDetails(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Pick<PlanItem, "changes" | "reason"> {
  const changes = diffRequests(before, after);
  if (changes.length > 0) return { changes };
  return {
    changes,
    reason:
      "the request is the same as the last one, but metadata.revision changed, so apply starts a new run of it",
  };
}

function unchangedReason(entry: StatusFile | undefined): Pick<PlanItem, "reason"> {
  if (entry?.state !== "rejected") return {};
  return {
    reason: `the API rejected this request (${lastError(entry)}); change the manifest to submit again`,
  };
}

function lastError(entry: StatusFile): string {
  const run = [...entry.runs].reverse().find((record) => record.error !== undefined);
  return run?.error ?? "no error recorded";
}
