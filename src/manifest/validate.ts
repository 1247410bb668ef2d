// The validate stage: loads every manifest, checks it against the schema
// and the rules, and checks names across files. All problems of all files
// are collected in one pass, sorted by file and line.

import { readFile } from "node:fs/promises";
import type { Config } from "../config/config.js";
import type { Diagnostic } from "./diagnostic.js";
import { sortDiagnostics } from "./diagnostic.js";
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

/** Reads and validates the given absolute paths. */
export async function validateFiles(
  files: readonly string[],
  config: Config,
  workingDir: string,
): Promise<ValidationResult> {
  const contents = await Promise.all(
    files.map(async (path) => ({ path, bytes: await readFile(path) })),
  );
  return validateContents(contents, config, workingDir);
}

/** Validates files already read, so callers that hold the bytes (tests, the benchmark) skip the disk. */
export function validateContents(
  contents: readonly { path: string; bytes: Uint8Array }[],
  config: Config,
  workingDir: string,
): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const loaded: Manifest[] = [];
  const valid = new Set<Manifest>();
  const yamlVersion = config.rules["yaml-version"] ?? "error";
  for (const { path, bytes } of contents) {
    const result = loadManifest(displayPath(path, workingDir), path, bytes, yamlVersion);
    diagnostics.push(...result.diagnostics);
    if (!result.manifest) continue;
    const resolved = checkResolvedRequest(result.manifest, config);
    diagnostics.push(...resolved);
    loaded.push(result.manifest);
    const failed = [...result.diagnostics, ...resolved].some((item) => item.severity === "error");
    if (!failed) valid.add(result.manifest);
  }
  // Names are compared across invalid manifests too, so that a clash shows up in the same run as their other errors.
  const { unique, collisions } = checkNames(loaded);
  diagnostics.push(...collisions);
  return {
    manifests: unique
      .filter((manifest) => valid.has(manifest))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    diagnostics: sortDiagnostics(diagnostics),
    fileCount: contents.length,
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
  const ordered = [...manifests].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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
