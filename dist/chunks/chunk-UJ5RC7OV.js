import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  loadTemplate,
  planItemSymbol,
  valueText
} from "./chunk-OFGLKKVC.js";

// src/report/render-plan.ts
function planView(plan, diagnostics = []) {
  const counts = plan?.counts ?? { create: 0, update: 0, unchanged: 0, removed: 0, blocked: 0 };
  const items = (plan?.items ?? []).filter((item) => item.action !== "unchanged" || item.reason !== void 0).map((item) => ({
    symbol: planItemSymbol(item),
    name: item.name,
    action: item.action,
    file: item.file ?? null,
    reason: item.reason ?? null,
    changes: (item.changes ?? []).map(changeLine)
  }));
  return {
    planned: plan !== void 0,
    hasChanges: counts.create + counts.update + counts.removed + counts.blocked > 0,
    counts,
    submits: counts.create + counts.update,
    items,
    errors: diagnostics.map((item) => ({
      severity: item.severity,
      location: `${item.file}:${item.line}:${item.column}`,
      message: item.message,
      ruleId: item.ruleId
    }))
  };
}
function changeLine(change) {
  if (change.kind === "add") return `+ ${change.path}: ${valueText(change.after)}`;
  if (change.kind === "remove") return `- ${change.path}: ${valueText(change.before)}`;
  return `~ ${change.path}: ${valueText(change.before)} -> ${valueText(change.after)}`;
}
async function renderPlanMarkdown(plan, config, options = {}) {
  const template = await loadTemplate("plan", config);
  return template(planView(plan, options.diagnostics));
}

export {
  renderPlanMarkdown
};
