// computePlan for every ledger state: create, update with a field diff,
// unchanged, removed, blocked, rejected-unchanged and discarded.

import { describe, expect, it } from "vitest";
import type { Ledger } from "../../src/ledger/ledger.js";
import type { StatusFile } from "../../src/ledger/status-file.js";
import {
  beginAttempt,
  discardAttempt,
  recordRejected,
  recordUnknown,
} from "../../src/ledger/transitions.js";
import type { Manifest } from "../../src/manifest/manifest.js";
import { fingerprint } from "../../src/plan/fingerprint.js";
import { computePlan } from "../../src/plan/plan.js";
import { MANIFEST, replaceLine, withSpec } from "../fixtures/manifests.js";
import { OTHER_RUN_ID, RUN_ID, attemptContext, submittedEntry } from "../fixtures/status.js";
import { validateText } from "../fixtures/workspace.js";

function manifestOf(text: string): Manifest {
  const result = validateText(text);
  const [manifest] = result.manifests;
  if (!manifest) throw new Error(`invalid manifest: ${JSON.stringify(result.diagnostics)}`);
  return manifest;
}

function ledgerOf(...entries: StatusFile[]): Ledger {
  return { entries: new Map(entries.map((entry) => [entry.name, entry])), errors: [] };
}

/** Returns the submitted entry that apply would record for `text`. */
function submittedFrom(text: string): StatusFile {
  const manifest = manifestOf(text);
  return submittedEntry({
    name: manifest.name,
    fingerprint: fingerprint(manifest),
    request: manifest.request,
  });
}

function attemptFrom(text: string) {
  const manifest = manifestOf(text);
  return attemptContext({ fingerprint: fingerprint(manifest), request: manifest.request });
}

const CURRENT = manifestOf(MANIFEST);

describe("computePlan", () => {
  it("creates a manifest without an entry", () => {
    const plan = computePlan([CURRENT], ledgerOf());
    expect(plan.items).toHaveLength(1);
    const [item] = plan.items;
    expect(item?.action).toBe("create");
    expect(item?.fingerprint).toBe(fingerprint(CURRENT));
    expect(item?.previousFingerprint).toBeUndefined();
    expect(item?.manifest).toBe(CURRENT);
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 0, removed: 0, blocked: 0 });
  });

  it("updates a changed manifest with a field diff", () => {
    const before = withSpec("  distcp_mappers: 80", "  email_recipients: a@example.com");
    const after = replaceLine(
      8,
      "  default_s3_bucket: lake-prod-2",
      withSpec("      dest_database: sales_iceberg", "  distcp_mappers: 90"),
    );
    const entry = submittedFrom(before);
    const [item] = computePlan([manifestOf(after)], ledgerOf(entry)).items;
    expect(item?.action).toBe("update");
    expect(item?.previousFingerprint).toBe(entry.fingerprint);
    expect(item?.lastRunId).toBe(RUN_ID);
    expect(item?.changes).toEqual([
      { path: "default_s3_bucket", kind: "change", before: "lake-prod", after: "lake-prod-2" },
      { path: "distcp_mappers", kind: "change", before: 80, after: 90 },
      { path: "email_recipients", kind: "remove", before: "a@example.com" },
      { path: "migration_tables[0].dest_database", kind: "add", after: "sales_iceberg" },
    ]);
  });

  it("says why an update has no field changes", () => {
    const entry = submittedFrom(MANIFEST);
    const raised = manifestOf(replaceLine(4, "  name: orders\n  revision: 1"));
    const [item] = computePlan([raised], ledgerOf(entry)).items;
    expect(item?.action).toBe("update");
    expect(item?.changes).toEqual([]);
    expect(item?.reason).toBe(
      "the request is the same as the last one, but metadata.revision changed, so apply starts a new run of it",
    );
  });

  it("leaves a submitted manifest unchanged", () => {
    const entry = submittedFrom(MANIFEST);
    const [item] = computePlan([CURRENT], ledgerOf(entry)).items;
    expect(item?.action).toBe("unchanged");
    expect(item?.reason).toBeUndefined();
    expect(item?.lastRunId).toBe(RUN_ID);
  });

  it("keeps an entry without manifest as removed", () => {
    const entry = submittedFrom(replaceLine(4, "  name: invoices"));
    const plan = computePlan([], ledgerOf(entry));
    expect(plan.items).toEqual([
      {
        name: "invoices",
        action: "removed",
        previousFingerprint: entry.fingerprint,
        ledgerState: "submitted",
        lastRunId: RUN_ID,
        reason:
          "the manifest was deleted; its history stays in the ledger, and runs already started are not cancelled (the API cannot cancel a run)",
      },
    ]);
  });

  it("blocks an unknown outcome", () => {
    const context = attemptFrom(MANIFEST);
    const entry = recordUnknown(
      beginAttempt(undefined, context),
      { reason: "timed out after 30 s" },
      context,
    );
    const [item] = computePlan([CURRENT], ledgerOf(entry)).items;
    expect(item?.action).toBe("blocked");
    expect(item?.ledgerState).toBe("unknown");
    expect(item?.reason).toBe(
      "the outcome of the last submission is unknown (timed out after 30 s), so a run may exist. Find it on the platform, then run `nx1-migrate resolve orders --run-id ID`, or `--discard` if there is none",
    );
  });

  it("blocks an unknown outcome even after the manifest changed", () => {
    const context = attemptFrom(MANIFEST);
    const entry = recordUnknown(beginAttempt(undefined, context), { reason: "reset" }, context);
    const [item] = computePlan(
      [manifestOf(withSpec("  distcp_mappers: 3"))],
      ledgerOf(entry),
    ).items;
    expect(item?.action).toBe("blocked");
  });

  it("blocks a submitting entry", () => {
    const entry = beginAttempt(undefined, attemptFrom(MANIFEST));
    const [item] = computePlan([CURRENT], ledgerOf(entry)).items;
    expect(item?.action).toBe("blocked");
    expect(item?.ledgerState).toBe("submitting");
    expect(item?.reason).toContain("an earlier apply stopped after recording the submission");
  });

  it("leaves a rejected manifest unchanged with the reason", () => {
    const context = attemptFrom(MANIFEST);
    const entry = recordRejected(
      beginAttempt(undefined, context),
      { status: 422, error: "422: migration_tables[0].database: unknown database" },
      context,
    );
    const [item] = computePlan([CURRENT], ledgerOf(entry)).items;
    expect(item?.action).toBe("unchanged");
    expect(item?.reason).toBe(
      "the API rejected this request (422: migration_tables[0].database: unknown database); change the manifest to submit again",
    );
  });

  it("updates a rejected manifest once it changes", () => {
    const context = attemptFrom(MANIFEST);
    const entry = recordRejected(
      beginAttempt(undefined, context),
      { status: 400, error: "bad" },
      context,
    );
    const [item] = computePlan(
      [manifestOf(withSpec("  distcp_mappers: 3"))],
      ledgerOf(entry),
    ).items;
    expect(item?.action).toBe("update");
    expect(item?.changes).toEqual([{ path: "distcp_mappers", kind: "add", after: 3 }]);
  });

  it("creates a discarded first attempt again", () => {
    const entry = discardAttempt(beginAttempt(undefined, attemptFrom(MANIFEST)), { now: "x" });
    const [item] = computePlan([CURRENT], ledgerOf(entry)).items;
    expect(item?.action).toBe("create");
    expect(item?.ledgerState).toBe("discarded");
    expect(item?.previousFingerprint).toBeUndefined();
  });

  it("updates from the last run when a later attempt was discarded", () => {
    const first = submittedFrom(MANIFEST);
    const changed = withSpec("  distcp_mappers: 3");
    const context = { ...attemptFrom(changed), now: "2026-03-02T00:00:00.000Z" };
    const entry = discardAttempt(beginAttempt(first, context), { now: context.now });
    const [item] = computePlan([manifestOf(changed)], ledgerOf(entry)).items;
    expect(item?.action).toBe("update");
    expect(item?.previousFingerprint).toBe(first.fingerprint);
    expect(item?.changes).toEqual([{ path: "distcp_mappers", kind: "add", after: 3 }]);
  });

  it("leaves a reverted manifest unchanged after a discard", () => {
    const first = submittedFrom(MANIFEST);
    const context = attemptFrom(withSpec("  distcp_mappers: 3"));
    const entry = discardAttempt(beginAttempt(first, context), { now: "x" });
    const [item] = computePlan([CURRENT], ledgerOf(entry)).items;
    expect(item?.action).toBe("unchanged");
  });

  it("sorts items by name and counts each action", () => {
    const removed = submittedFrom(replaceLine(4, "  name: a-removed"));
    const unchanged = submittedFrom(replaceLine(4, "  name: b-same"));
    const plan = computePlan(
      [manifestOf(replaceLine(4, "  name: c-new")), manifestOf(replaceLine(4, "  name: b-same"))],
      ledgerOf(unchanged, removed),
      [{ name: "d-skipped", file: "migrations/d.yaml" }],
    );
    expect(plan.items.map((item) => `${item.action} ${item.name}`)).toEqual([
      "removed a-removed",
      "unchanged b-same",
      "create c-new",
      "unchanged d-skipped",
    ]);
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 2, removed: 1, blocked: 0 });
  });

  it("gives a skipped unchanged item the ledger's fingerprints", () => {
    const entry = { ...submittedFrom(MANIFEST), runs: [] };
    const [item] = computePlan([], ledgerOf(entry), [
      { name: "orders", file: "migrations/orders.yaml" },
    ]).items;
    expect(item).toEqual({
      name: "orders",
      action: "unchanged",
      file: "migrations/orders.yaml",
      fingerprint: entry.fingerprint,
      previousFingerprint: entry.fingerprint,
      ledgerState: "submitted",
      lastRunId: RUN_ID,
    });
  });

  it("reports the last run id of a resolved entry", () => {
    const entry = { ...submittedFrom(MANIFEST) };
    entry.last_submitted = { ...entry.last_submitted!, run_id: OTHER_RUN_ID };
    const [item] = computePlan([CURRENT], ledgerOf(entry)).items;
    expect(item?.lastRunId).toBe(OTHER_RUN_ID);
  });
});
