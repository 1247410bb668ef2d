// Diagnostics in a workflow run: annotations on the manifest lines (GitHub
// shows the first ten per level), and every one in the log.

import * as core from "@actions/core";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { findRepositoryRoot } from "../ledger/repository-root.js";
import { annotate } from "../github/annotations.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import type { ActionSettings } from "./settings.js";

/** Annotates and logs the diagnostics; returns true when they fail the step. */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  settings: ActionSettings,
): boolean {
  if (diagnostics.length === 0) return false;
  const report = annotate(toRepositoryPaths(diagnostics, settings.workingDirectory), core);
  core.startGroup(
    `${diagnostics.length} ${diagnostics.length === 1 ? "problem" : "problems"} found`,
  );
  for (const line of report.lines) core.info(line);
  core.endGroup();
  const omitted = report.omitted.error + report.omitted.warning;
  if (omitted > 0)
    core.info(
      `${omitted} more problems are listed in the log and the job summary; GitHub shows only the first 10 annotations of each level.`,
    );
  const errors = diagnostics.some((item) => item.severity === "error");
  return errors || (settings.failOnWarnings && diagnostics.length > 0);
}

/**
 * Rewrites file paths, which are relative to the working directory, to be relative to the
 * repository root, because GitHub attaches an annotation to a file only by that path.
 * Paths outside the repository stay as they are.
 */
export function toRepositoryPaths(
  diagnostics: readonly Diagnostic[],
  workingDir: string,
): Diagnostic[] {
  const root = findRepositoryRoot(workingDir);
  if (root === undefined) return [...diagnostics];
  return diagnostics.map((diagnostic) => {
    const path = relative(root, resolve(workingDir, diagnostic.file));
    if (path === "" || path.startsWith("..") || isAbsolute(path)) return diagnostic;
    return { ...diagnostic, file: path.split(sep).join("/") };
  });
}
