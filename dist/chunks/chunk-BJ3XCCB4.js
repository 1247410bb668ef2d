import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  API_VERSION,
  compareText
} from "./chunk-44LEY7PT.js";

// src/plan/fingerprint.ts
import { createHash } from "node:crypto";

// src/plan/canonical.ts
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted = {};
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item !== void 0) sorted[key] = sortKeys(item);
  }
  return sorted;
}

// src/plan/fingerprint.ts
function fingerprint(manifest) {
  const input = canonicalJson({
    apiVersion: API_VERSION,
    request: manifest.request,
    revision: manifest.revision
  });
  return `sha256:${createHash("sha256").update(input).digest("hex")}`;
}

// src/plan/diff.ts
function diffRequests(before, after, path = "") {
  if (isRecord(before) && isRecord(after)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      const child = path === "" ? key : `${path}.${key}`;
      if (!(key in before)) return [{ path: child, kind: "add", after: after[key] }];
      if (!(key in after)) return [{ path: child, kind: "remove", before: before[key] }];
      return diffRequests(before[key], after[key], child);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes = [];
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const child = `${path}[${index}]`;
      if (index >= before.length) changes.push({ path: child, kind: "add", after: after[index] });
      else if (index >= after.length)
        changes.push({ path: child, kind: "remove", before: before[index] });
      else changes.push(...diffRequests(before[index], after[index], child));
    }
    return changes;
  }
  if (JSON.stringify(sortKeys(before)) === JSON.stringify(sortKeys(after))) return [];
  return [{ path, kind: "change", before, after }];
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/plan/plan.ts
var PLAN_ACTIONS = [
  "create",
  "update",
  "unchanged",
  "removed",
  "blocked"
];
function computePlan(manifests, ledger, unchanged = []) {
  const items = [];
  const seen = /* @__PURE__ */ new Set();
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
      ...unchangedReason(entry)
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
      reason: "the manifest was deleted; its history stays in the ledger, and runs already started are not cancelled (the API cannot cancel a run)"
    });
  }
  items.sort((a, b) => compareText(a.name, b.name));
  const counts = Object.fromEntries(PLAN_ACTIONS.map((action) => [action, 0]));
  for (const item of items) counts[item.action]++;
  return { items, counts };
}
function compare(manifest, entry) {
  const current = fingerprint(manifest);
  const item = {
    name: manifest.name,
    action: "create",
    file: manifest.file,
    fingerprint: current,
    manifest
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
        reason: `an earlier apply stopped after recording the submission and before recording its outcome, so a run may exist. Find it on the platform, then run \`nx1-migrate resolve ${manifest.name} --run-id ID\`, or \`--discard\` if there is none`
      };
    case "unknown":
      return {
        ...item,
        action: "blocked",
        reason: `the outcome of the last submission is unknown (${lastError(entry)}), so a run may exist. Find it on the platform, then run \`nx1-migrate resolve ${manifest.name} --run-id ID\`, or \`--discard\` if there is none`
      };
    case "discarded": {
      const last = entry.last_submitted;
      if (!last) return { ...item, previousFingerprint: void 0 };
      if (last.fingerprint === current)
        return { ...item, action: "unchanged", previousFingerprint: last.fingerprint };
      return {
        ...item,
        action: "update",
        previousFingerprint: last.fingerprint,
        ...updateDetails(last.request, manifest.request)
      };
    }
    case "submitted":
    case "rejected":
      if (entry.fingerprint === current)
        return { ...item, action: "unchanged", ...unchangedReason(entry) };
      return { ...item, action: "update", ...updateDetails(entry.request, manifest.request) };
  }
}
function updateDetails(before, after) {
  const changes = diffRequests(before, after);
  if (changes.length > 0) return { changes };
  return {
    changes,
    reason: "the request is the same as the last one, but metadata.revision changed, so apply starts a new run of it"
  };
}
function unchangedReason(entry) {
  if (entry?.state !== "rejected") return {};
  return {
    reason: `the API rejected this request (${lastError(entry)}); change the manifest to submit again`
  };
}
function lastError(entry) {
  const run = [...entry.runs].reverse().find((record) => record.error !== void 0);
  return run?.error ?? "no error recorded";
}

export {
  canonicalJson,
  fingerprint,
  PLAN_ACTIONS,
  computePlan
};
