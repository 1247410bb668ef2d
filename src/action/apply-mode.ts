// Mode apply, for a push to the default branch or workflow_dispatch: submit
// what changed, record and publish it, then update the plan comment of the
// merged pull request with the run ids it started.

import * as core from "@actions/core";
import { clientOptionsFromEnv, createNx1Client, retryMessage } from "../api/index.js";
import { ApplyAbortedError } from "../apply/apply-stage.js";
import { runApply } from "../apply/run-apply.js";
import { publicOutcome } from "../apply/outcome-names.js";
import { defaultConfig } from "../config/config.js";
import { findConfig } from "../config/find-config.js";
import { loadConfig } from "../config/load-config.js";
import type { EventContext } from "../github/event.js";
import { findMergedPullRequest } from "../github/merged-pull.js";
import { createOctokit } from "../github/octokit.js";
import { escapeForLog } from "../github/safe-log.js";
import { renderApplyMarkdown } from "../report/render-apply.js";
import { renderPlanMarkdown } from "../report/render-plan.js";
import { reportDiagnostics } from "./diagnostics.js";
import type { ActionResult } from "./outputs.js";
import { setPlanOutputs } from "./outputs.js";
import type { ActionSettings } from "./settings.js";
import { writeStickyComment } from "./comment.js";
import { checkBranchInput, syncWithBranchTip } from "./apply-branch.js";

export async function runApplyMode(
  settings: ActionSettings,
  context: EventContext,
  env: NodeJS.ProcessEnv,
): Promise<ActionResult> {
  const workingDir = settings.workingDirectory;
  const eventBranch = context.ref.startsWith("refs/heads/")
    ? context.ref.slice("refs/heads/".length)
    : undefined;
  let loaded = await loadConfig(workingDir, settings.config ?? findConfig(workingDir));
  if (loaded.ok) {
    checkBranchInput(settings.branch, eventBranch, loaded.config);
    // The tip may have another config, so it is read again.
    if (await syncWithBranchTip(loaded.config, settings.branch, eventBranch, workingDir))
      loaded = await loadConfig(workingDir, settings.config ?? findConfig(workingDir));
  }
  if (!loaded.ok) {
    reportDiagnostics(loaded.diagnostics, settings);
    setPlanOutputs(core, undefined);
    const body = await renderPlanMarkdown(undefined, defaultConfig(workingDir), {
      diagnostics: loaded.diagnostics,
    });
    await core.summary.addRaw(body, true).write();
    return "invalid";
  }
  const { config } = loaded;
  const apiUrl = settings.apiUrl ?? (env.NX1_API_URL || undefined) ?? config.apiUrl;
  if (apiUrl === undefined)
    throw new ApplyAbortedError(
      "no API URL: set the api-url input, the NX1_API_URL variable, or api.url in .nx1-migrate.yaml",
    );
  const apiEnv = {
    ...env,
    NX1_API_KEY: settings.apiKey ?? env.NX1_API_KEY,
    NX1_TOKEN: settings.token ?? env.NX1_TOKEN,
  };
  if (!apiEnv.NX1_API_KEY && !apiEnv.NX1_TOKEN)
    throw new ApplyAbortedError(
      "no API credentials: set the api-key input (a PSK) or the token input (an OAuth2 bearer token) from a repository secret",
    );
  const branch = settings.branch ?? eventBranch;

  const outcome = await runApply({
    config,
    workingDir,
    env,
    commit: settings.commit,
    push: settings.commit && settings.push,
    branch,
    dryRun: false,
    concurrency: settings.concurrency ?? config.concurrency,
    workflowRunUrl: context.workflowRunUrl,
    createSubmitter: () =>
      createNx1Client(
        clientOptionsFromEnv(apiEnv, {
          baseUrl: apiUrl,
          timeoutMs: config.timeoutSeconds * 1000,
          onRetry: (event) => core.info(escapeForLog(retryMessage(event))),
        }),
      ),
    onSecrets: (secrets) => {
      for (const secret of secrets) core.setSecret(secret);
    },
    onPlan: (plan) => {
      for (const item of plan.items)
        if (item.action !== "unchanged") core.info(escapeForLog(`${item.action}: ${item.name}`));
    },
    onEvent: (event) => {
      if (event.type === "outcome") {
        const { result } = event;
        core.info(
          escapeForLog(
            `[${event.done}/${event.total}] ${result.outcome} ${result.name}${result.runId ? ` run ${result.runId}` : result.detail ? `: ${result.detail}` : ""}`,
          ),
        );
      } else if (event.type === "recorded-submitting") {
        core.info(
          `Recorded the batch as submitting${event.commit ? ` in ${event.commit.slice(0, 12)}` : ""}${event.pushed ? " and pushed it" : ""}.`,
        );
      }
    },
    onLog: (line) => core.info(escapeForLog(line)),
  });

  const failedInput = reportDiagnostics(outcome.diagnostics, settings);
  setPlanOutputs(core, outcome.plan);
  if (!outcome.plan || failedInput) {
    await core.summary
      .addRaw(
        await renderPlanMarkdown(outcome.plan, config, { diagnostics: outcome.diagnostics }),
        true,
      )
      .write();
    return "invalid";
  }
  const results = outcome.result?.results ?? [];
  core.setOutput(
    "run-ids",
    JSON.stringify(
      Object.fromEntries(
        results.filter((result) => result.runId).map((result) => [result.name, result.runId]),
      ),
    ),
  );
  core.setOutput(
    "outcomes",
    JSON.stringify(
      Object.fromEntries(results.map((result) => [result.name, publicOutcome(result)])),
    ),
  );
  core.setOutput("commit", outcome.result?.finalCommit?.commit ?? "");
  const body = await renderApplyMarkdown(results, outcome.plan, config, {
    commit: outcome.result?.finalCommit?.commit,
    workflowRunUrl: context.workflowRunUrl,
  });
  await core.summary.addRaw(body, true).write();
  if (outcome.result?.reportError)
    core.error(
      `The runs were recorded, but the reports failed: ${escapeForLog(outcome.result.reportError)}`,
    );

  if (settings.comment && results.length > 0) await commentOnMergedPull(settings, context, body);
  const failed =
    results.some((result) => result.outcome !== "created") ||
    outcome.result?.reportError !== undefined;
  if (failed) return "failed";
  return results.length > 0 ? "applied" : "no-changes";
}

async function commentOnMergedPull(
  settings: ActionSettings,
  context: EventContext,
  body: string,
): Promise<void> {
  if (!settings.githubToken || context.eventName !== "push" || !context.sha) return;
  const octokit = createOctokit({
    token: settings.githubToken,
    logger: { debug: core.debug, info: core.info, warn: core.warning },
  });
  try {
    const pull = await findMergedPullRequest(octokit, {
      owner: context.owner,
      repo: context.repo,
      sha: context.sha,
    });
    if (!pull) {
      core.info("No merged pull request found for this commit, so no comment was updated.");
      return;
    }
    const comment = await writeStickyComment(octokit, settings, context, pull.number, body);
    if (comment.status === "skipped")
      core.notice(`Comment on pull request #${pull.number} skipped: ${comment.reason}`);
    else core.info(`Updated the comment on pull request #${pull.number}: ${comment.url}`);
  } catch (error) {
    // The runs are recorded and pushed already; a failed comment must not fail the step.
    core.warning(
      `Could not update the merged pull request's comment: ${escapeForLog(error instanceof Error ? error.message : String(error))}`,
    );
  }
}
