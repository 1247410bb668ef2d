// Prints diagnostics as text lines or as JSON.

import type { Diagnostic } from "../manifest/diagnostic.js";
import { formatDiagnostic } from "../manifest/diagnostic.js";
import type { Palette } from "./io.js";

export function diagnosticsText(diagnostics: readonly Diagnostic[], colors: Palette): string {
  return diagnostics
    .map((diagnostic) => {
      const line = formatDiagnostic(diagnostic);
      return diagnostic.severity === "error"
        ? line.replace(": error: ", `: ${colors.red("error")}: `)
        : line.replace(": warning: ", `: ${colors.yellow("warning")}: `);
    })
    .map((line) => `${line}\n`)
    .join("");
}

export function countText(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((item) => item.severity === "error").length;
  const warnings = diagnostics.length - errors;
  return `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((item) => item.severity === "error");
}
