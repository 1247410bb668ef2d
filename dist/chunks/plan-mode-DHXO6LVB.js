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
  escapeForLog,
  group,
  info,
  notice,
  summary,
  warning
} from "./chunk-P7MQIGDK.js";
import {
  renderPlanMarkdown
} from "./chunk-M3OLAYMA.js";
import {
  fetchBranch,
  findRepositoryRoot,
  openRepository,
  readFilesAtRef
} from "./chunk-HBNPU5AO.js";
import "./chunk-PIWTHBYT.js";
import {
  runPlanStage
} from "./chunk-GQ4KBIKT.js";
import "./chunk-VC4VDWGF.js";
import "./chunk-M67JKKTL.js";
import "./chunk-FQCY4IQI.js";
import {
  folderLedgerSource
} from "./chunk-O7WXVZ7D.js";
import "./chunk-OY2UHJAE.js";
import {
  parseLedger
} from "./chunk-ZVHKIQCU.js";
import {
  defaultConfig,
  findConfig,
  loadConfig
} from "./chunk-X2OCYIDF.js";
import "./chunk-Y6FB6GGR.js";
import "./chunk-RVDFPOOV.js";

// src/ledger/branch-ledger-source.ts
import { join, relative } from "node:path";
function branchLedgerSource(config, repoDir) {
  const branch = config.ledgerBranch;
  const folder = relative(repoDir, join(config.baseDir, config.ledgerPath)).split("\\").join("/");
  return {
    description: `${config.ledgerPath} on branch ${branch}`,
    read: async () => {
      const repo = openRepository(repoDir);
      const fetched = await fetchBranch(repo, { remote: config.git.remote, branch });
      const ref = fetched ? `refs/remotes/${config.git.remote}/${branch}` : `refs/heads/${branch}`;
      const files = await readFilesAtRef(repo, ref, folder);
      const byName = /* @__PURE__ */ new Map();
      for (const [path, text] of files) byName.set(path.slice(path.lastIndexOf("/") + 1), text);
      return parseLedger(byName, config.ledgerPath);
    }
  };
}

// src/action/ledger-reader.ts
async function readLedger(config, workingDir) {
  if (!config.ledgerBranch) return folderLedgerSource(config).read();
  const repoDir = findRepositoryRoot(workingDir);
  if (repoDir === void 0)
    throw new Error(
      `ledger.branch is set to ${config.ledgerBranch}, but ${workingDir} is not inside a git repository`
    );
  return branchLedgerSource(config, repoDir).read();
}

// src/action/plan-mode.ts
async function runPlanMode(settings, context) {
  const workingDir = settings.workingDirectory;
  const loaded = await loadConfig(workingDir, settings.config ?? findConfig(workingDir));
  let body;
  let result;
  if (!loaded.ok) {
    reportDiagnostics(loaded.diagnostics, settings);
    body = await renderPlanMarkdown(void 0, defaultConfig(workingDir), {
      diagnostics: loaded.diagnostics
    });
    result = "invalid";
    setPlanOutputs(core_exports, void 0);
  } else {
    const { config } = loaded;
    const ledger = await readLedger(config, workingDir);
    if (ledger.errors.length > 0)
      throw new Error(ledger.errors.map((error) => error.message).join("\n"));
    const stage = await group("Plan", async () => {
      const planned = await runPlanStage(config, ledger, workingDir);
      info(
        `${planned.fileCount} manifest files, ${planned.skippedCount} unchanged since they were recorded.`
      );
      return planned;
    });
    const diagnostics = [...loaded.diagnostics, ...stage.diagnostics];
    const failed = reportDiagnostics(diagnostics, settings);
    setPlanOutputs(core_exports, stage.plan);
    if (stage.plan) {
      for (const item of stage.plan.items)
        if (item.action !== "unchanged") info(escapeForLog(`${item.action}: ${item.name}`));
    }
    body = await renderPlanMarkdown(stage.plan, config, { diagnostics });
    result = failed || !stage.plan ? "invalid" : stage.plan.counts.create + stage.plan.counts.update + stage.plan.counts.blocked + stage.plan.counts.removed > 0 ? "changes" : "no-changes";
  }
  await summary.addRaw(body, true).write();
  const pull = context.pullRequest;
  if (pull && settings.comment) {
    const octokit = settings.githubToken ? createOctokit({
      token: settings.githubToken,
      logger: { debug, info, warn: warning }
    }) : null;
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
      notice(`Plan comment skipped: ${comment.reason} The plan is in the job summary.`);
    else info(`Plan comment ${comment.status}: ${comment.url}`);
  }
  return result;
}
export {
  runPlanMode
};
