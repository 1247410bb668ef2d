import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  core_exports,
  endGroup,
  escapeAnnotationMessage,
  escapeForLog,
  info,
  startGroup
} from "./chunk-P7TFCAEB.js";
import {
  planToJson
} from "./chunk-OFGLKKVC.js";
import {
  PLAN_ACTIONS
} from "./chunk-BJ3XCCB4.js";
import {
  findRepositoryRoot
} from "./chunk-J7XBUMAP.js";
import {
  formatDiagnostic,
  sortDiagnostics
} from "./chunk-44LEY7PT.js";

// src/action/diagnostics.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/github/annotations.ts
function annotate(diagnostics, core, options = {}) {
  const maxPerSeverity = options.maxPerSeverity ?? 10;
  const sorted = sortDiagnostics(diagnostics);
  const annotated = { error: 0, warning: 0 };
  const omitted = { error: 0, warning: 0 };
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
function toAnnotationProperties(diagnostic) {
  const properties = {
    title: escapeForLog(diagnostic.ruleId),
    file: diagnostic.file
  };
  if (!isPosition(diagnostic.line)) return properties;
  properties.startLine = diagnostic.line;
  const endLine = isPosition(diagnostic.endLine) && diagnostic.endLine > diagnostic.line ? diagnostic.endLine : diagnostic.line;
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
function isPosition(value) {
  return value !== void 0 && Number.isInteger(value) && value >= 1;
}

// src/action/diagnostics.ts
function reportDiagnostics(diagnostics, settings) {
  if (diagnostics.length === 0) return false;
  const report = annotate(toRepositoryPaths(diagnostics, settings.workingDirectory), core_exports);
  startGroup(
    `${diagnostics.length} ${diagnostics.length === 1 ? "problem" : "problems"} found`
  );
  for (const line of report.lines) info(line);
  endGroup();
  const omitted = report.omitted.error + report.omitted.warning;
  if (omitted > 0)
    info(
      `${omitted} more problems are listed in the log and the job summary; GitHub shows only the first 10 annotations of each level.`
    );
  const errors = diagnostics.some((item) => item.severity === "error");
  return errors || settings.failOnWarnings && diagnostics.length > 0;
}
function toRepositoryPaths(diagnostics, workingDir) {
  const root = findRepositoryRoot(workingDir);
  if (root === void 0) return [...diagnostics];
  return diagnostics.map((diagnostic) => {
    const path = relative(root, resolve(workingDir, diagnostic.file));
    if (path === "" || path.startsWith("..") || isAbsolute(path)) return diagnostic;
    return { ...diagnostic, file: path.split(sep).join("/") };
  });
}

// src/action/outputs.ts
function setPlanOutputs(core, plan) {
  const counts = plan?.counts ?? { create: 0, update: 0, unchanged: 0, removed: 0, blocked: 0 };
  core.setOutput("plan", plan ? JSON.stringify(planToJson(plan)) : "");
  core.setOutput("counts", JSON.stringify(counts));
  for (const action of PLAN_ACTIONS) core.setOutput(action, String(counts[action]));
}

export {
  reportDiagnostics,
  setPlanOutputs
};
