// Commit messages of apply. `[skip ci]` keeps the ledger commit from
// starting the workflow again.

import type { PlanItem } from "../plan/plan.js";
import type { ApplyItemResult } from "./apply-stage.js";

export function submittingCommitMessage(items: readonly PlanItem[]): string {
  const lines = items.map((item) => `${item.action === "create" ? "+" : "~"} ${item.name}`);
  return `nx1-migrate: submit ${items.length} ${items.length === 1 ? "run" : "runs"} [skip ci]\n\nRecorded as submitting before the requests are sent, so that an\ninterrupted apply cannot submit them twice.\n\n${lines.join("\n")}\n`;
}

export function finalCommitMessage(results: readonly ApplyItemResult[]): string {
  const created = results.filter((result) => result.outcome === "created").length;
  const lines = results.map((result) => {
    if (result.outcome === "created") return `${result.name}: run ${result.runId}`;
    return `${result.name}: ${result.outcome}${result.detail ? ` (${oneLine(result.detail)})` : ""}`;
  });
  return `nx1-migrate: record ${created} of ${results.length} ${results.length === 1 ? "run" : "runs"} [skip ci]\n\n${lines.join("\n")}\n`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
