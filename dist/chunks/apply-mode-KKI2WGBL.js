import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  createOctokit,
  upsertStickyComment
} from "./chunk-T664BFRS.js";
import {
  reportDiagnostics,
  setPlanOutputs
} from "./chunk-KY4ZPIQU.js";
import {
  core_exports,
  debug,
  error,
  escapeForLog,
  info,
  notice,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-P7MQIGDK.js";
import {
  renderPlanMarkdown
} from "./chunk-M3OLAYMA.js";
import {
  ApplyAbortedError,
  clientOptionsFromEnv,
  createNx1Client,
  runApply
} from "./chunk-6AFJIDVI.js";
import {
  loadTemplate
} from "./chunk-PIWTHBYT.js";
import "./chunk-GQ4KBIKT.js";
import "./chunk-VC4VDWGF.js";
import "./chunk-M67JKKTL.js";
import "./chunk-FQCY4IQI.js";
import "./chunk-WXM4A4OZ.js";
import "./chunk-TS2W3NLL.js";
import "./chunk-YCFIYKCQ.js";
import {
  findConfig,
  loadConfig
} from "./chunk-X2OCYIDF.js";
import "./chunk-Y6FB6GGR.js";
import "./chunk-RVDFPOOV.js";

// src/github/merged-pull.ts
async function findMergedPullRequest(octokit, { owner, repo, sha }) {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: sha,
    per_page: 100
  });
  const merged = data.filter((pull) => pull.merged_at !== null && pull.merged_at !== void 0);
  const chosen = merged.find((pull) => pull.merge_commit_sha === sha) ?? merged[0];
  if (!chosen) return null;
  return {
    number: chosen.number,
    title: chosen.title,
    htmlUrl: chosen.html_url,
    mergeCommitSha: chosen.merge_commit_sha ?? null,
    baseRef: chosen.base.ref,
    headRef: chosen.head.ref
  };
}

// src/report/render-apply.ts
var OUTCOME = {
  created: "submitted",
  rejected: "rejected",
  unknown: "unknown: the run may exist",
  "not-sent": "not sent"
};
async function renderApplyMarkdown(results, plan, config, extra = {}) {
  const template = await loadTemplate("apply", config);
  return template({
    created: results.filter((result) => result.outcome === "created").length,
    results: results.map((result) => ({
      name: result.name,
      outcome: OUTCOME[result.outcome],
      runId: result.runId ?? null,
      detail: result.detail ?? null
    })),
    blocked: (plan?.items ?? []).filter((item) => item.action === "blocked").map((item) => item.name),
    commit: extra.commit ? extra.commit.slice(0, 12) : null,
    workflowRunUrl: extra.workflowRunUrl ?? null
  });
}

// src/action/apply-mode.ts
async function runApplyMode(settings, context, env) {
  const workingDir = settings.workingDirectory;
  const loaded = await loadConfig(workingDir, settings.config ?? findConfig(workingDir));
  if (!loaded.ok) {
    reportDiagnostics(loaded.diagnostics, settings);
    setPlanOutputs(core_exports, void 0);
    return "invalid";
  }
  const { config } = loaded;
  const apiUrl = settings.apiUrl ?? (env.NX1_API_URL || void 0) ?? config.apiUrl;
  if (apiUrl === void 0)
    throw new ApplyAbortedError(
      "no API URL: set the api-url input, the NX1_API_URL variable, or api.url in .nx1-migrate.yaml"
    );
  const apiEnv = {
    ...env,
    NX1_API_KEY: settings.apiKey ?? env.NX1_API_KEY,
    NX1_TOKEN: settings.token ?? env.NX1_TOKEN
  };
  if (!apiEnv.NX1_API_KEY && !apiEnv.NX1_TOKEN)
    throw new ApplyAbortedError(
      "no API credentials: set the api-key input (a PSK) or the token input (an OAuth2 bearer token) from a repository secret"
    );
  const branch = settings.branch ?? (context.ref.startsWith("refs/heads/") ? context.ref.slice("refs/heads/".length) : void 0);
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
    createSubmitter: () => createNx1Client(
      clientOptionsFromEnv(apiEnv, {
        baseUrl: apiUrl,
        timeoutMs: config.timeoutSeconds * 1e3,
        onRetry: (event) => info(
          escapeForLog(
            `retrying in ${event.delayMs} ms after attempt ${event.attempt}: ${event.reason}`
          )
        )
      })
    ),
    onSecrets: (secrets) => {
      for (const secret of secrets) setSecret(secret);
    },
    onPlan: (plan) => {
      for (const item of plan.items)
        if (item.action !== "unchanged") info(escapeForLog(`${item.action}: ${item.name}`));
    },
    onEvent: (event) => {
      if (event.type === "outcome") {
        const { result } = event;
        info(
          escapeForLog(
            `[${event.done}/${event.total}] ${result.outcome} ${result.name}${result.runId ? ` run ${result.runId}` : result.detail ? `: ${result.detail}` : ""}`
          )
        );
      } else if (event.type === "recorded-submitting") {
        info(
          `Recorded the batch as submitting${event.commit ? ` in ${event.commit.slice(0, 12)}` : ""}${event.pushed ? " and pushed it" : ""}.`
        );
      }
    },
    onLog: (line) => info(escapeForLog(line))
  });
  const failedInput = reportDiagnostics(outcome.diagnostics, settings);
  setPlanOutputs(core_exports, outcome.plan);
  if (!outcome.plan || failedInput) {
    await summary.addRaw(
      await renderPlanMarkdown(outcome.plan, config, { diagnostics: outcome.diagnostics }),
      true
    ).write();
    return "invalid";
  }
  const results = outcome.result?.results ?? [];
  setOutput(
    "run-ids",
    JSON.stringify(
      Object.fromEntries(
        results.filter((result) => result.runId).map((result) => [result.name, result.runId])
      )
    )
  );
  setOutput(
    "outcomes",
    JSON.stringify(Object.fromEntries(results.map((result) => [result.name, result.outcome])))
  );
  setOutput("commit", outcome.result?.finalCommit?.commit ?? "");
  const body = await renderApplyMarkdown(results, outcome.plan, config, {
    commit: outcome.result?.finalCommit?.commit,
    workflowRunUrl: context.workflowRunUrl
  });
  await summary.addRaw(body, true).write();
  if (outcome.result?.reportError)
    error(
      `The runs were recorded, but the reports failed: ${escapeForLog(outcome.result.reportError)}`
    );
  if (settings.comment && results.length > 0) await commentOnMergedPull(settings, context, body);
  const failed = results.some((result) => result.outcome !== "created") || outcome.result?.reportError !== void 0;
  return failed ? "failed" : results.length > 0 ? "applied" : "no-changes";
}
async function commentOnMergedPull(settings, context, body) {
  if (!settings.githubToken || context.eventName !== "push" || !context.sha) return;
  const octokit = createOctokit({
    token: settings.githubToken,
    logger: { debug, info, warn: warning }
  });
  try {
    const pull = await findMergedPullRequest(octokit, {
      owner: context.owner,
      repo: context.repo,
      sha: context.sha
    });
    if (!pull) {
      info("No merged pull request found for this commit, so no comment was updated.");
      return;
    }
    const comment = await upsertStickyComment(
      octokit,
      {
        owner: context.owner,
        repo: context.repo,
        issueNumber: pull.number,
        key: settings.commentKey,
        moreAt: `the job summary of ${context.workflowRunUrl}`
      },
      body
    );
    if (comment.status === "skipped")
      notice(`Comment on pull request #${pull.number} skipped: ${comment.reason}`);
    else info(`Updated the comment on pull request #${pull.number}: ${comment.url}`);
  } catch (error2) {
    warning(
      `Could not update the merged pull request's comment: ${escapeForLog(error2 instanceof Error ? error2.message : String(error2))}`
    );
  }
}
export {
  runApplyMode
};
