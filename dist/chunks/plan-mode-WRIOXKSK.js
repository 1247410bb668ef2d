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
  escapeForLog,
  group,
  info,
  notice,
  summary,
  warning
} from "./chunk-P7TFCAEB.js";
import {
  renderPlanMarkdown
} from "./chunk-UJ5RC7OV.js";
import {
  runPlanStage
} from "./chunk-YFRX5Q6W.js";
import {
  readLedger
} from "./chunk-Y3JAT7FU.js";
import "./chunk-OFGLKKVC.js";
import "./chunk-BJ3XCCB4.js";
import "./chunk-J7XBUMAP.js";
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
    const comment = await writeStickyComment(octokit, settings, context, pull.number, body);
    if (comment.status === "skipped")
      notice(`Plan comment skipped: ${comment.reason} The plan is in the job summary.`);
    else info(`Plan comment ${comment.status}: ${comment.url}`);
  }
  return result;
}
export {
  runPlanMode
};
