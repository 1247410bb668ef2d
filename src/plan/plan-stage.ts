// The plan stage: discover manifests, skip the ones the ledger proves
// unchanged, validate the rest, and compare everything with the ledger.

import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { Config } from "../config/config.js";
import type { Ledger } from "../ledger/ledger.js";
import type { StatusFile } from "../ledger/status-file.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import { sortDiagnostics } from "../manifest/diagnostic.js";
import { discoverManifests } from "../manifest/discover.js";
import type { Manifest } from "../manifest/manifest.js";
import type { Plan, UnchangedManifest } from "./plan.js";
import { computePlan } from "./plan.js";
import { configStamp, matchesStamp, sourceStamp } from "./source-stamp.js";
import { displayPath } from "../manifest/display-path.js";

export interface PlanStageResult {
  plan?: Plan;
  diagnostics: Diagnostic[];
  /** Valid manifests that were parsed (those not skipped as unchanged). */
  manifests: Manifest[];
  /** Source stamps of every discovered file, by manifest name, for apply to record. */
  stamps: Map<string, StatusFile["source"]>;
  fileCount: number;
  skippedCount: number;
}

/** Returns the path of a manifest relative to the config folder, as stored in status files. */
export function repositoryPath(config: Config, absolutePath: string): string {
  return relative(config.baseDir, absolutePath).split(sep).join("/");
}

export async function runPlanStage(
  config: Config,
  ledger: Ledger,
  workingDir: string,
): Promise<PlanStageResult> {
  const files = await discoverManifests(config, workingDir);
  const byPath = new Map<string, StatusFile>();
  const ambiguous = new Set<string>();
  for (const entry of ledger.entries.values()) {
    if (!entry.source) continue;
    if (byPath.has(entry.source.path)) ambiguous.add(entry.source.path);
    byPath.set(entry.source.path, entry);
  }

  // Synchronous reads: for thousands of small files they take a fraction of
  // the time and memory of concurrent fs.promises reads.
  const contents = files.map((path) => ({ path, bytes: readFileSync(path) }));
  const unchanged: UnchangedManifest[] = [];
  const toValidate: { path: string; bytes: Uint8Array }[] = [];
  const stamps = new Map<string, StatusFile["source"]>();
  const stampByPath = new Map<string, StatusFile["source"]>();
  const stampOfConfig = configStamp(config);
  for (const { path, bytes } of contents) {
    const stamp = sourceStamp(repositoryPath(config, path), bytes, stampOfConfig);
    stampByPath.set(path, stamp);
    const entry = ambiguous.has(stamp.path) ? undefined : byPath.get(stamp.path);
    if (entry && matchesStamp(entry, stamp)) {
      unchanged.push({ name: entry.name, file: displayPath(path, workingDir) });
      stamps.set(entry.name, stamp);
    } else {
      toValidate.push({ path, bytes });
    }
  }

  // Imported on demand, as in validateFiles, so the bundle keeps the worker module in its own chunk.
  const { validateContentsInThreads } = await import("../manifest/parallel-validate.js");
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
      ruleId: other.name === manifest.name ? "duplicate-name" : "name-case-collision",
    });
    return false;
  });
  for (const manifest of manifests)
    stamps.set(manifest.name, stampByPath.get(manifest.absolutePath));

  const result: PlanStageResult = {
    diagnostics: sortDiagnostics(diagnostics),
    manifests,
    stamps,
    fileCount: files.length,
    skippedCount: unchanged.length,
  };
  if (diagnostics.some((item) => item.severity === "error")) return result;
  return { ...result, plan: computePlan(manifests, ledger, unchanged) };
}
