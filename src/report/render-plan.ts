// The plan as markdown, for the sticky PR comment and the job summary.

import type { Config } from "../config/config.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import type { FieldChange } from "../plan/diff.js";
import type { Plan } from "../plan/plan.js";
import { planItemSymbol, valueText } from "../plan/render-text.js";
import { loadTemplate } from "./templates.js";

export interface PlanView {
  /** False when there is no plan: in validate mode, or when the manifests are invalid. */
  planned: boolean;
  hasChanges: boolean;
  counts: Plan["counts"];
  submits: number;
  items: {
    symbol: string;
    name: string;
    action: string;
    file: string | null;
    reason: string | null;
    changes: string[];
  }[];
  errors: { severity: string; location: string; message: string; ruleId: string }[];
}

export function planView(
  plan: Plan | undefined,
  diagnostics: readonly Diagnostic[] = [],
): PlanView {
  const counts = plan?.counts ?? { create: 0, update: 0, unchanged: 0, removed: 0, blocked: 0 };
  const items = (plan?.items ?? [])
    .filter((item) => item.action !== "unchanged" || item.reason !== undefined)
    .map((item) => ({
      symbol: planItemSymbol(item),
      name: item.name,
      action: item.action,
      file: item.file ?? null,
      reason: item.reason ?? null,
      changes: (item.changes ?? []).map(changeLine),
    }));
  return {
    planned: plan !== undefined,
    hasChanges: counts.create + counts.update + counts.removed + counts.blocked > 0,
    counts,
    submits: counts.create + counts.update,
    items,
    errors: diagnostics.map((item) => ({
      severity: item.severity,
      location: `${item.file}:${item.line}:${item.column}`,
      message: item.message,
      ruleId: item.ruleId,
    })),
  };
}

function changeLine(change: FieldChange): string {
  if (change.kind === "add") return `+ ${change.path}: ${valueText(change.after)}`;
  if (change.kind === "remove") return `- ${change.path}: ${valueText(change.before)}`;
  return `~ ${change.path}: ${valueText(change.before)} -> ${valueText(change.after)}`;
}

export async function renderPlanMarkdown(
  plan: Plan | undefined,
  config: Config,
  options: { diagnostics?: readonly Diagnostic[] } = {},
): Promise<string> {
  const template = await loadTemplate("plan", config);
  return template(planView(plan, options.diagnostics));
}
