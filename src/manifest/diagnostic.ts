// A problem found in a manifest, the config or a status file, with the place
// it points at. Every stage reports problems in this one shape, so the CLI,
// the JSON output and the GitHub annotations print them the same way.

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Path as given or discovered, relative to the working directory where possible. */
  file: string;
  /** 1-based line and column of the offending key or value. */
  line: number;
  column: number;
  /** 1-based end of the offending range, when known. */
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  message: string;
  /** Stable id of the check, such as `schema-unknown-key` or `bucket-name`. */
  ruleId: string;
}

/** Formats a diagnostic as `FILE:LINE:COL: error: MESSAGE [RULE-ID]`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, message, ruleId } = diagnostic;
  return `${file}:${line}:${column}: ${severity}: ${message} [${ruleId}]`;
}

/** Orders diagnostics by file, line, column, then rule id, and drops exact repeats. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = formatDiagnostic(diagnostic);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(diagnostic);
  }
  return unique.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

/** Compares strings by code point, as a sort callback, independent of the locale. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
