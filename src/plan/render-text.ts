// The plan as terminal text, in the style of a Terraform plan: a symbol per
// manifest (+ create, ~ update, - removed, ! blocked), then the details.

import type { Palette } from "../cli/io.js";
import type { FieldChange } from "./diff.js";
import type { Plan, PlanAction, PlanItem } from "./plan.js";

const SYMBOL: Record<PlanAction, string> = {
  create: "+",
  update: "~",
  unchanged: "=",
  removed: "-",
  blocked: "!",
};

export function summaryLine(plan: Plan): string {
  const { create, update, unchanged, removed, blocked } = plan.counts;
  return `${create} to create, ${update} to update, ${unchanged} unchanged, ${removed} removed, ${blocked} blocked`;
}

export function renderPlanText(
  plan: Plan,
  colors: Palette,
  /** `applying`: the plan is shown by apply itself, so the closing line states what happens now. */
  options: { showUnchanged?: boolean; applying?: boolean } = {},
): string {
  const colour: Record<PlanAction, (text: string) => string> = {
    create: colors.green,
    update: colors.yellow,
    unchanged: colors.dim,
    removed: colors.red,
    blocked: colors.red,
  };
  const lines: string[] = [];
  for (const item of plan.items) {
    if (item.action === "unchanged" && !options.showUnchanged && item.reason === undefined)
      continue;
    const head = `${colour[item.action](`${SYMBOL[item.action]} ${item.name}`)}${item.file ? colors.dim(`  (${item.file})`) : ""}`;
    lines.push(`  ${head}`);
    for (const change of item.changes ?? []) lines.push(`      ${changeLine(change, colors)}`);
    if (item.reason) lines.push(`      ${colors.dim(`${item.action}: ${item.reason}`)}`);
    if (item.action === "removed" && item.lastRunId)
      lines.push(`      ${colors.dim(`last run: ${item.lastRunId}`)}`);
  }
  const submits = plan.counts.create + plan.counts.update;
  const closing =
    submits === 0 && plan.counts.blocked === 0
      ? "No changes. The ledger matches every manifest."
      : `${options.applying ? "Submitting" : "Apply would submit"} ${submits} ${submits === 1 ? "run" : "runs"}${plan.counts.blocked > 0 ? `; ${plan.counts.blocked} blocked until resolved` : ""}.`;
  return `${colors.bold(`Plan: ${summaryLine(plan)}`)}\n${lines.length > 0 ? `\n${lines.join("\n")}\n` : ""}\n${closing}\n`;
}

function changeLine(change: FieldChange, colors: Palette): string {
  switch (change.kind) {
    case "add":
      return colors.green(`+ ${change.path}: ${valueText(change.after)}`);
    case "remove":
      return colors.red(`- ${change.path}: ${valueText(change.before)}`);
    case "change":
      return colors.yellow(
        `~ ${change.path}: ${valueText(change.before)} -> ${valueText(change.after)}`,
      );
  }
}

/** Shows a value on one line; strings are quoted so that spaces and empty strings are visible. */
export function valueText(value: unknown): string {
  const text = JSON.stringify(value) ?? "null";
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export function planItemSymbol(item: PlanItem): string {
  return SYMBOL[item.action];
}
