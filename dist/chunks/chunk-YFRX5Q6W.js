import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  computePlan
} from "./chunk-BJ3XCCB4.js";
import {
  VERSION
} from "./chunk-M67JKKTL.js";
import {
  discoverManifests
} from "./chunk-IMTHH267.js";
import {
  displayPath,
  sortDiagnostics
} from "./chunk-44LEY7PT.js";

// src/plan/plan-stage.ts
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";

// src/plan/source-stamp.ts
import { createHash } from "node:crypto";
function gitBlobHash(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function configStamp(config) {
  return createHash("sha256").update(`${VERSION}
${config.hash}`).digest("hex").slice(0, 32);
}
function sourceStamp(path, bytes, config) {
  return { path, blob: gitBlobHash(bytes), config };
}
function matchesStamp(entry, stamp) {
  if (!entry?.source) return false;
  if (entry.state !== "submitted" && entry.state !== "rejected") return false;
  return entry.source.path === stamp.path && entry.source.blob === stamp.blob && entry.source.config === stamp.config;
}

// src/plan/plan-stage.ts
function repositoryPath(config, absolutePath) {
  return relative(config.baseDir, absolutePath).split(sep).join("/");
}
async function runPlanStage(config, ledger, workingDir) {
  const files = await discoverManifests(config, workingDir);
  const byPath = /* @__PURE__ */ new Map();
  const ambiguous = /* @__PURE__ */ new Set();
  for (const entry of ledger.entries.values()) {
    if (!entry.source) continue;
    if (byPath.has(entry.source.path)) ambiguous.add(entry.source.path);
    byPath.set(entry.source.path, entry);
  }
  const contents = files.map((path) => ({ path, bytes: readFileSync(path) }));
  const unchanged = [];
  const toValidate = [];
  const stamps = /* @__PURE__ */ new Map();
  const stampByPath = /* @__PURE__ */ new Map();
  const stampOfConfig = configStamp(config);
  for (const { path, bytes } of contents) {
    const stamp = sourceStamp(repositoryPath(config, path), bytes, stampOfConfig);
    stampByPath.set(path, stamp);
    const entry = ambiguous.has(stamp.path) ? void 0 : byPath.get(stamp.path);
    if (entry && matchesStamp(entry, stamp)) {
      unchanged.push({ name: entry.name, file: displayPath(path, workingDir) });
      stamps.set(entry.name, stamp);
    } else {
      toValidate.push({ path, bytes });
    }
  }
  const { validateContentsInThreads } = await import("./parallel-validate-7LDVHEDT.js");
  const validation = await validateContentsInThreads(toValidate, config, workingDir);
  const diagnostics = [...validation.diagnostics];
  const unchangedNames = new Map(unchanged.map((item) => [item.name.toLowerCase(), item]));
  const manifests = validation.manifests.filter((manifest) => {
    const other = unchangedNames.get(manifest.name.toLowerCase());
    if (!other) return true;
    diagnostics.push({
      file: manifest.file,
      line: 1,
      column: 1,
      severity: "error",
      message: `manifest name ${JSON.stringify(manifest.name)} is already used by ${other.file}; give each migration its own metadata.name`,
      ruleId: other.name === manifest.name ? "duplicate-name" : "name-case-collision"
    });
    return false;
  });
  for (const manifest of manifests)
    stamps.set(manifest.name, stampByPath.get(manifest.absolutePath));
  const result = {
    diagnostics: sortDiagnostics(diagnostics),
    manifests,
    stamps,
    fileCount: files.length,
    skippedCount: unchanged.length
  };
  if (diagnostics.some((item) => item.severity === "error")) return result;
  return { ...result, plan: computePlan(manifests, ledger, unchanged) };
}

export {
  runPlanStage
};
