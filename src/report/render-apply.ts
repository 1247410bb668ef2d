// The outcome of an apply as markdown: the job summary, and the comment on
// the merged pull request that started the runs.

import type { ApplyItemResult } from "../apply/apply-stage.js";
import type { Config } from "../config/config.js";
import type { Plan } from "../plan/plan.js";
import { loadTemplate } from "./templates.js";

const OUTCOME: Record<ApplyItemResult["outcome"], string> = {
  created: "submitted",
  rejected: "rejected",
  unknown: "unknown: the run may exist",
  "not-sent": "not sent",
};

export async function renderApplyMarkdown(
  results: readonly ApplyItemResult[],
  plan: Plan | undefined,
  config: Config,
  extra: { commit?: string; workflowRunUrl?: string } = {},
): Promise<string> {
  const template = await loadTemplate("apply", config);
  return template({
    created: results.filter((result) => result.outcome === "created").length,
    results: results.map((result) => ({
      name: result.name,
      outcome: OUTCOME[result.outcome],
      runId: result.runId ?? null,
      detail: result.detail ?? null,
    })),
    blocked: (plan?.items ?? [])
      .filter((item) => item.action === "blocked")
      .map((item) => item.name),
    commit: extra.commit ? extra.commit.slice(0, 12) : null,
    workflowRunUrl: extra.workflowRunUrl ?? null,
  });
}
