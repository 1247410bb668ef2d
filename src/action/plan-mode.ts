// Mode plan, for pull requests: validate, plan against the ledger, and show
// the plan in the job summary and one sticky comment on the pull request.

import * as core from "@actions/core";
import { findConfig } from "../config/find-config.js";
import { loadConfig } from "../config/load-config.js";
import type { EventContext } from "../github/event.js";
import { createOctokit } from "../github/octokit.js";
import { runPlanStage } from "../plan/plan-stage.js";
import { renderPlanMarkdown } from "../report/render-plan.js";
import { defaultConfig } from "../config/config.js";
import { readLedger } from "../ledger/read-ledger.js";
import { reportDiagnostics } from "./diagnostics.js";
import type { ActionResult } from "./outputs.js";
import { setPlanOutputs } from "./outputs.js";
import type { ActionSettings } from "./settings.js";
import { writeStickyComment } from "./comment.js";
import { escapeForLog } from "../github/safe-log.js";

export async function runPlanMode(
  settings: ActionSettings,
  context: EventContext,
): Promise<ActionResult> {
  const workingDir = settings.workingDirectory;
  const loaded = await loadConfig(workingDir, settings.config ?? findConfig(workingDir));
  let body: string;
  let result: ActionResult;
  if (!loaded.ok) {
    reportDiagnostics(loaded.diagnostics, settings);
    body = await renderPlanMarkdown(undefined, defaultConfig(workingDir), {
      diagnostics: loaded.diagnostics,
    });
    result = "invalid";
    setPlanOutputs(core, undefined);
  } else {
    const { config } = loaded;
    const ledger = await readLedger(config, workingDir);
    if (ledger.errors.length > 0)
      throw new Error(ledger.errors.map((error) => error.message).join("\n"));
    const stage = await core.group("Plan", async () => {
      const planned = await runPlanStage(config, ledger, workingDir);
      core.info(
        `${planned.fileCount} manifest files, ${planned.skippedCount} unchanged since they were recorded.`,
      );
      return planned;
    });
    const diagnostics = [...loaded.diagnostics, ...stage.diagnostics];
    const failed = reportDiagnostics(diagnostics, settings);
    setPlanOutputs(core, stage.plan);
    if (stage.plan) {
      for (const item of stage.plan.items)
        if (item.action !== "unchanged") core.info(escapeForLog(`${item.action}: ${item.name}`));
    }
    body = await renderPlanMarkdown(stage.plan, config, { diagnostics });
    result =
      failed || !stage.plan
        ? "invalid"
        : stage.plan.counts.create +
              stage.plan.counts.update +
              stage.plan.counts.blocked +
              stage.plan.counts.removed >
            0
          ? "changes"
          : "no-changes";
  }
  await core.summary.addRaw(body, true).write();

  const pull = context.pullRequest;
  if (pull && settings.comment) {
    const octokit = settings.githubToken
      ? createOctokit({
          token: settings.githubToken,
          logger: { debug: core.debug, info: core.info, warn: core.warning },
        })
      : null;
    const comment = await writeStickyComment(octokit, settings, context, pull.number, body);
    if (comment.status === "skipped")
      core.notice(`Plan comment skipped: ${comment.reason} The plan is in the job summary.`);
    else core.info(`Plan comment ${comment.status}: ${comment.url}`);
  }
  return result;
}
