// The validate stage: loads every manifest, checks it against the schema
// and the rules, and checks names across files. All problems of all files
// are collected in one pass, sorted by file and line.

import type { Config } from "../config/config.js";
import type { Diagnostic } from "./diagnostic.js";
import { compareText, sortDiagnostics } from "./diagnostic.js";
import { displayPath } from "./display-path.js";
import { loadManifest } from "./load-manifest.js";
import { locate } from "./locate.js";
import type { Manifest } from "./manifest.js";
import { checkResolvedRequest } from "./resolve.js";

export interface ValidationResult {
  /** Manifests without errors (warnings allowed), sorted by name. */
  manifests: Manifest[];
  diagnostics: Diagnostic[];
  /** Number of files read. */
  fileCount: number;
}

/**
 * Reads and validates the given absolute paths, on worker threads when
 * there are many (see parallel-validate.ts).
 */
export async function validateFiles(
  files: readonly string[],
  config: Config,
  workingDir: string,
): Promise<ValidationResult> {
  // Each file is read by the thread that validates it, with a synchronous
  // read: for thousands of small files that takes a fraction of the time
  // and memory of concurrent fs.promises reads, which cost four thread-pool
  // round trips and a FileHandle per file.
  const contents = files.map((path) => ({ path }));
  const { validateContentsInThreads } = await import("./parallel-validate.js");
  return validateContentsInThreads(contents, config, workingDir);
}

/** Validates files already read, so callers that hold the bytes (tests, the benchmark) skip the disk. */
export function validateContents(
  contents: readonly { path: string; bytes: Uint8Array }[],
  config: Config,
  workingDir: string,
): ValidationResult {
  return combineFileResults(
    contents.map(({ path, bytes }) => validateFileContent(path, bytes, config, workingDir)),
  );
}

/** The result of validating one file, before names are compared across files. */
export interface FileValidation {
  /** Absent when the file contains no map, so no manifest could be read from it. */
  manifest?: Manifest;
  diagnostics: Diagnostic[];
  /** True when the manifest has no error (warnings allowed). */
  valid: boolean;
}

/** Loads one manifest and checks its resolved request; names are checked later, across all files. */
export function validateFileContent(
  path: string,
  bytes: Uint8Array,
  config: Config,
  workingDir: string,
): FileValidation {
  const yamlVersion = config.rules["yaml-version"] ?? "error";
  const result = loadManifest(displayPath(path, workingDir), path, bytes, yamlVersion);
  if (!result.manifest) return { diagnostics: result.diagnostics, valid: false };
  const resolved = checkResolvedRequest(result.manifest, config);
  const diagnostics = [...result.diagnostics, ...resolved];
  return {
    manifest: result.manifest,
    diagnostics,
    valid: !diagnostics.some((item) => item.severity === "error"),
  };
}

/** Compares names across the files' results, given in file order, and sorts the diagnostics. */
export function combineFileResults(results: readonly FileValidation[]): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const loaded: Manifest[] = [];
  const valid = new Set<Manifest>();
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    if (!result.manifest) continue;
    loaded.push(result.manifest);
    if (result.valid) valid.add(result.manifest);
  }
  // Names are compared across invalid manifests too, so that a clash shows up in the same run as their other errors.
  const { unique, collisions } = checkNames(loaded);
  diagnostics.push(...collisions);
  return {
    manifests: unique
      .filter((manifest) => valid.has(manifest))
      .sort((a, b) => compareText(a.name, b.name)),
    diagnostics: sortDiagnostics(diagnostics),
    fileCount: results.length,
  };
}

/**
 * Rejects two manifests with one name, and names that differ only in case:
 * status files are named after manifests, and a case-insensitive file
 * system (macOS, Windows) would merge their ledgers.
 */
function checkNames(manifests: readonly Manifest[]): {
  unique: Manifest[];
  collisions: Diagnostic[];
} {
  const byKey = new Map<string, Manifest>();
  const collisions: Diagnostic[] = [];
  const rejected = new Set<Manifest>();
  const ordered = [...manifests].sort((a, b) => compareText(a.file, b.file));
  for (const manifest of ordered) {
    const key = manifest.name.toLowerCase();
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, manifest);
      continue;
    }
    const same = first.name === manifest.name;
    const where =
      "name" in ((manifest.source.value as { metadata?: object }).metadata ?? {})
        ? ["metadata", "name"]
        : [];
    collisions.push({
      file: manifest.file,
      ...locate(manifest.source, where),
      severity: "error",
      message: same
        ? `manifest name ${JSON.stringify(manifest.name)} is already used by ${first.file}; give each migration its own metadata.name`
        : `manifest name ${JSON.stringify(manifest.name)} differs only in case from ${JSON.stringify(first.name)} in ${first.file}; status files would collide on case-insensitive file systems, so rename one`,
      ruleId: same ? "duplicate-name" : "name-case-collision",
    });
    rejected.add(manifest);
    rejected.add(first);
  }
  return { unique: manifests.filter((manifest) => !rejected.has(manifest)), collisions };
}
