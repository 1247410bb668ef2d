import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  createOctokit,
  writeStickyComment
} from "./chunk-ZFGS3LKH.js";
import {
  reportDiagnostics,
  setPlanOutputs
} from "./chunk-X3XGNUMF.js";
import "./chunk-CAK2LJPF.js";
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
} from "./chunk-P7TFCAEB.js";
import {
  renderPlanMarkdown
} from "./chunk-UJ5RC7OV.js";
import {
  ApplyAbortedError,
  clientOptionsFromEnv,
  createNx1Client,
  publicOutcome,
  retryMessage,
  runApply
} from "./chunk-QTZOYGZF.js";
import "./chunk-MOL7OAST.js";
import "./chunk-3QY33ORW.js";
import "./chunk-YFRX5Q6W.js";
import {
  fetchBranch,
  headSha,
  openRepository,
  runGit,
  tryGit
} from "./chunk-Y3JAT7FU.js";
import {
  loadTemplate
} from "./chunk-OFGLKKVC.js";
import "./chunk-BJ3XCCB4.js";
import {
  findRepositoryRoot
} from "./chunk-J7XBUMAP.js";
import "./chunk-M67JKKTL.js";
import "./chunk-IMTHH267.js";
import {
  defaultConfig,
  findConfig,
  loadConfig
} from "./chunk-TPE7WJ5J.js";
import "./chunk-44LEY7PT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-PRLSM53E.js";
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

// src/action/sync-checkout.ts
var CheckoutSyncError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CheckoutSyncError";
  }
};
async function syncCheckout(repoDir, options) {
  const repo = openRepository(repoDir);
  const head = await headSha(repo);
  if (!await fetchBranch(repo, options)) return { kind: "no-remote-branch", head };
  const tracking = `refs/remotes/${options.remote}/${options.branch}`;
  const tip = (await runGit(
    repo,
    ["rev-parse", "--verify", `${tracking}^{commit}`],
    `git rev-parse ${tracking} failed`
  )).trim();
  if (head === tip) return { kind: "up-to-date", head };
  if (head === null)
    throw new CheckoutSyncError(`the checkout in ${repoDir} has no commit to fast-forward from`);
  const ancestor = await tryGit(repo, ["merge-base", "--is-ancestor", head, tip]);
  if (ancestor.exitCode === 1) return { kind: "diverged", head, tip };
  if (ancestor.exitCode !== 0)
    throw new CheckoutSyncError(
      `git merge-base could not compare the checkout ${head} with ${options.remote}/${options.branch} ${tip}: ${ancestor.stderr.trim()}`
    );
  const merged = await tryGit(repo, ["merge", "--ff-only", "--quiet", tip]);
  if (merged.exitCode !== 0)
    throw new CheckoutSyncError(
      `the checkout ${head} is behind ${options.remote}/${options.branch} ${tip}, and fast-forwarding it failed: ${merged.stderr.trim()}. Run apply on a clean checkout of the branch.`
    );
  return { kind: "fast-forwarded", from: head, to: tip };
}

// src/action/apply-branch.ts
function checkBranchInput(branch, eventBranch, config) {
  if (branch === void 0 || eventBranch === void 0 || branch === eventBranch) return;
  if (config.ledgerBranch) {
    warning(
      `The branch input ${branch} is ignored, because ledger.branch in the config sends the ledger commits to ${config.ledgerBranch}.`
    );
    return;
  }
  throw new ApplyAbortedError(
    `the branch input ${branch} differs from the branch of the event, ${eventBranch}. Apply reads the ledger from the checkout of ${eventBranch}, so the next apply would not see what this one pushes to ${branch}. Leave branch empty, or keep the ledger on a branch of its own with "ledger.branch: ${branch}" in .nx1-migrate.yaml`
  );
}
async function syncWithBranchTip(config, branchInput, eventBranch, workingDir) {
  const branch = config.ledgerBranch ? eventBranch : branchInput ?? eventBranch;
  const repoDir = findRepositoryRoot(workingDir);
  if (branch === void 0 || repoDir === void 0) return false;
  const remote = config.git.remote;
  let sync;
  try {
    sync = await syncCheckout(repoDir, { remote, branch });
  } catch (error2) {
    throw new ApplyAbortedError(
      `could not bring the checkout up to ${remote}/${branch}, so nothing was submitted: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
  }
  if (sync.kind === "fast-forwarded")
    info(
      `The checkout ${sync.from.slice(0, 12)} is behind ${remote}/${branch}; planning its tip ${sync.to.slice(0, 12)}, which has the latest ledger.`
    );
  else if (sync.kind === "diverged")
    info(
      `The checkout ${sync.head.slice(0, 12)} has commits that ${remote}/${branch} ${sync.tip.slice(0, 12)} lacks; planning the checkout as it is.`
    );
  return sync.kind === "fast-forwarded";
}

// src/action/apply-mode.ts
async function runApplyMode(settings, context, env) {
  const workingDir = settings.workingDirectory;
  const eventBranch = context.ref.startsWith("refs/heads/") ? context.ref.slice("refs/heads/".length) : void 0;
  let loaded = await loadConfig(workingDir, settings.config ?? findConfig(workingDir));
  if (loaded.ok) {
    checkBranchInput(settings.branch, eventBranch, loaded.config);
    if (await syncWithBranchTip(loaded.config, settings.branch, eventBranch, workingDir))
      loaded = await loadConfig(workingDir, settings.config ?? findConfig(workingDir));
  }
  if (!loaded.ok) {
    reportDiagnostics(loaded.diagnostics, settings);
    setPlanOutputs(core_exports, void 0);
    const body2 = await renderPlanMarkdown(void 0, defaultConfig(workingDir), {
      diagnostics: loaded.diagnostics
    });
    await summary.addRaw(body2, true).write();
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
    createSubmitter: () => createNx1Client(
      clientOptionsFromEnv(apiEnv, {
        baseUrl: apiUrl,
        timeoutMs: config.timeoutSeconds * 1e3,
        onRetry: (event) => info(escapeForLog(retryMessage(event)))
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
    JSON.stringify(
      Object.fromEntries(results.map((result) => [result.name, publicOutcome(result)]))
    )
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
  if (failed) return "failed";
  return results.length > 0 ? "applied" : "no-changes";
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
    const comment = await writeStickyComment(octokit, settings, context, pull.number, body);
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
