// Entry point of the GitHub Action (dist/index.js): read the inputs, pick
// the mode from the event, run it, map the result to outputs and status.

import * as core from "@actions/core";
import { readEventContext, resolveMode } from "../github/event.js";
import { escapeForLog } from "../github/safe-log.js";
import type { ActionResult } from "./outputs.js";
import { readSettings } from "./settings.js";

const SECRET_INPUTS = ["api-key", "token", "github-token"];

async function run(): Promise<void> {
  const env = process.env;
  // Masked before anything else is logged, an error about another input included.
  for (const name of SECRET_INPUTS) {
    const secret = core.getInput(name);
    if (secret) core.setSecret(secret);
  }
  const settings = readSettings(core, env);
  const context = readEventContext(env);
  const mode = resolveMode(settings.mode, context);
  core.setOutput("mode", mode);
  core.info(`nx1-migrate: ${mode} (event ${context.eventName})`);

  let result: ActionResult;
  if (mode === "apply")
    result = await (await import("./apply-mode.js")).runApplyMode(settings, context, env);
  else if (mode === "plan")
    result = await (await import("./plan-mode.js")).runPlanMode(settings, context);
  else result = await (await import("./validate-mode.js")).runValidateMode(settings);

  core.setOutput("result", result);
  if (result === "invalid")
    core.setFailed("Invalid manifests or config: see the annotations and the job summary.");
  else if (result === "failed")
    core.setFailed(
      "Some runs were not submitted: see the job summary. Every outcome is recorded in the ledger.",
    );
}

run().catch((error: unknown) => {
  try {
    core.setOutput("result", "failed");
  } catch {
    // GITHUB_OUTPUT may be the very thing that failed; the step still fails below.
  }
  core.setFailed(escapeForLog(error instanceof Error ? error.message : String(error)));
});
