// Diagnostics in a workflow run: annotations on the manifest lines (GitHub
// shows the first ten per level), and every one in the log.

import * as core from "@actions/core";
import { annotate } from "../github/annotations.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import type { ActionSettings } from "./settings.js";

/** Annotates and logs the diagnostics; returns true when they fail the step. */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  settings: ActionSettings,
): boolean {
  if (diagnostics.length === 0) return false;
  const report = annotate(diagnostics, core);
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
