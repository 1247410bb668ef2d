import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  formatDiagnostic
} from "./chunk-44LEY7PT.js";

// src/cli/diagnostics-output.ts
function diagnosticsText(diagnostics, colors) {
  return diagnostics.map((diagnostic) => {
    const line = formatDiagnostic(diagnostic);
    return diagnostic.severity === "error" ? line.replace(": error: ", `: ${colors.red("error")}: `) : line.replace(": warning: ", `: ${colors.yellow("warning")}: `);
  }).map((line) => `${line}
`).join("");
}
function countText(diagnostics) {
  const errors = diagnostics.filter((item) => item.severity === "error").length;
  const warnings = diagnostics.length - errors;
  return `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
}
function hasErrors(diagnostics) {
  return diagnostics.some((item) => item.severity === "error");
}

export {
  diagnosticsText,
  countText,
  hasErrors
};
