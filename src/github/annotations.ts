// Diagnostics as GitHub annotations on the manifest lines. GitHub shows at most 10 error and
// 10 warning annotations per step and 50 per job (actions/toolkit docs/problem-matchers.md),
// so annotate() also returns every diagnostic as a log line for the log and the job summary.
import type { AnnotationProperties } from "@actions/core";

import {
  formatDiagnostic,
  sortDiagnostics,
  type Diagnostic,
  type Severity,
} from "../manifest/diagnostic.js";
import { escapeAnnotationMessage, escapeForLog } from "./safe-log.js";

/** The part of @actions/core that annotate() calls. */
export interface AnnotationSink {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
}

export interface AnnotateOptions {
  /** Annotations emitted per severity. Default 10, the number GitHub shows per step. */
  maxPerSeverity?: number;
}

export interface AnnotationReport {
  /** Every diagnostic, sorted and formatted as `FILE:LINE:COL: error: MESSAGE [RULE-ID]`, escaped for the log. */
  lines: string[];
  /** Annotations emitted per severity. */
  annotated: Record<Severity, number>;
  /** Diagnostics per severity beyond `maxPerSeverity`, found only in `lines`. */
  omitted: Record<Severity, number>;
}

/**
 * Emits the first `maxPerSeverity` errors and warnings, in file and line order, through
 * core.error and core.warning, and returns all of them as log lines.
 *
 * Properties are passed unescaped because @actions/core 3 escapes `%`, CR, LF, `:` and `,`
 * in properties and `%`, CR and LF in the message. The message gets only
 * escapeAnnotationMessage(), which leaves `%` and line breaks to @actions/core.
 */
export function annotate(
  diagnostics: readonly Diagnostic[],
  core: AnnotationSink,
  options: AnnotateOptions = {},
): AnnotationReport {
  const maxPerSeverity = options.maxPerSeverity ?? 10;
  const sorted = sortDiagnostics(diagnostics);
  const annotated: Record<Severity, number> = { error: 0, warning: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0 };

  for (const diagnostic of sorted) {
    const { severity } = diagnostic;
    if (annotated[severity] >= maxPerSeverity) {
      omitted[severity] += 1;
      continue;
    }
    annotated[severity] += 1;
    const message = escapeAnnotationMessage(diagnostic.message);
    const properties = toAnnotationProperties(diagnostic);
    if (severity === "error") core.error(message, properties);
    else core.warning(message, properties);
  }

  const lines = sorted.map((diagnostic) => escapeForLog(formatDiagnostic(diagnostic)));
  return { lines, annotated, omitted };
}

/**
 * Maps a diagnostic's range onto annotation properties. @actions/core documents that
 * columns cannot be sent when startLine and endLine differ, so columns go only with a
 * single-line range. Positions below 1 (unknown) are left out. `file` must be relative to
 * the repository root for GitHub to attach the annotation to the file.
 */
export function toAnnotationProperties(diagnostic: Diagnostic): AnnotationProperties {
  const properties: AnnotationProperties = {
    title: escapeForLog(diagnostic.ruleId),
    file: diagnostic.file,
  };
  if (!isPosition(diagnostic.line)) return properties;

  properties.startLine = diagnostic.line;
  const endLine =
    isPosition(diagnostic.endLine) && diagnostic.endLine > diagnostic.line
      ? diagnostic.endLine
      : diagnostic.line;
  if (endLine !== diagnostic.line) {
    properties.endLine = endLine;
    return properties;
  }

  properties.endLine = endLine;
  if (isPosition(diagnostic.column)) {
    properties.startColumn = diagnostic.column;
    if (isPosition(diagnostic.endColumn) && diagnostic.endColumn >= diagnostic.column) {
      properties.endColumn = diagnostic.endColumn;
    }
  }
  return properties;
}

function isPosition(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 1;
}
