// The action's outputs, one place for their names.

import type { Plan } from "../plan/plan.js";
import { PLAN_ACTIONS } from "../plan/plan.js";
import { planToJson } from "../plan/render-json.js";

export type ActionResult = "valid" | "invalid" | "no-changes" | "changes" | "applied" | "failed";

export interface OutputSink {
  setOutput(name: string, value: unknown): void;
}

export function setPlanOutputs(core: OutputSink, plan: Plan | undefined): void {
  const counts = plan?.counts ?? { create: 0, update: 0, unchanged: 0, removed: 0, blocked: 0 };
  core.setOutput("plan", plan ? JSON.stringify(planToJson(plan)) : "");
  core.setOutput("counts", JSON.stringify(counts));
  for (const action of PLAN_ACTIONS) core.setOutput(action, String(counts[action]));
}
