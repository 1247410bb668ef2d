// Apply from start to end, shared by the CLI and the GitHub Action: open
// the ledger workspace, plan against it, submit, record and publish.

import { join, relative } from "node:path";
import { findRepositoryRoot } from "../ledger/read-ledger.js";
import type { Config } from "../config/config.js";
import { headSha, openRepository, uncommittedPaths } from "../git/index.js";
import { parseLedger } from "../ledger/ledger.js";
import { readStatusFolder } from "../ledger/folder-store.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import type { Plan } from "../plan/plan.js";
import { runPlanStage } from "../plan/plan-stage.js";
import type { ApplyEvent, ApplyResult, Submitter } from "./apply-stage.js";
import { ApplyAbortedError, runApplyStage } from "./apply-stage.js";
import { openGitWorkspace } from "./git-workspace.js";
import type { OpenedWorkspace } from "./git-workspace.js";
import { openFolderWorkspace } from "./folder-workspace.js";

export { findRepositoryRoot };

export interface RunApplyOptions {
  /** Submit manifests with uncommitted changes. Off by default: the ledger records the commit each request came from. */
  allowDirty?: boolean;
  config: Config;
  workingDir: string;
  env: NodeJS.ProcessEnv;
  commit: boolean;
  push: boolean;
  branch?: string;
  dryRun: boolean;
  concurrency: number;
  createSubmitter: () => Submitter & { close(): Promise<void> };
  /** The workflow run, kept in the history. Default: read from the GITHUB_* variables of `env`. */
  workflowRunUrl?: string;
  onPlan?: (plan: Plan) => void;
  onEvent?: (event: ApplyEvent) => void;
  onSecrets?: (secrets: readonly string[]) => void;
  onLog?: (line: string) => void;
}

export interface RunApplyOutcome {
  plan?: Plan;
  diagnostics: Diagnostic[];
  result?: ApplyResult;
  workspaceDescription: string;
}

export async function runApply(options: RunApplyOptions): Promise<RunApplyOutcome> {
  const { config, workingDir } = options;
  const repoDir = findRepositoryRoot(workingDir);
  if (!options.commit && !options.dryRun && config.ledgerBranch) {
    // The ledger branch is written in a temporary worktree that is removed at the end, so
    // uncommitted outcomes would vanish and the next apply would submit the same runs again.
    throw new ApplyAbortedError(
      `apply without committing (--no-commit, or the action's commit: false) cannot record runs on ledger.branch ${config.ledgerBranch}, because the status files would be removed with the temporary worktree of that branch; use --no-push to commit without pushing, or --dry-run to see the plan`,
    );
  }
  const commit = options.commit && !options.dryRun;
  // A dry run writes nothing, so it needs git only to read a ledger branch.
  const useGit = commit || config.ledgerBranch !== undefined;
  if (repoDir === undefined && useGit) {
    throw new ApplyAbortedError(
      `${workingDir} is not inside a git repository; run apply in a clone, or pass --no-commit to only write the files`,
    );
  }
  const workspace: OpenedWorkspace = useGit
    ? await openGitWorkspace({
        config,
        repoDir: repoDir!,
        commit,
        push: options.push,
        branch: options.branch,
        onRetry: options.onLog,
      })
    : openFolderWorkspace(config);
  try {
    const ledger = parseLedger(
      await readStatusFolder(join(workspace.rootDir, config.ledgerPath)),
      config.ledgerPath,
    );
    if (ledger.errors.length > 0)
      throw new ApplyAbortedError(ledger.errors.map((error) => error.message).join("\n"));
    const stage = await runPlanStage(config, ledger, workingDir);
    const outcome: RunApplyOutcome = {
      plan: stage.plan,
      diagnostics: stage.diagnostics,
      workspaceDescription: workspace.description,
    };
    if (!stage.plan) return outcome;
    options.onPlan?.(stage.plan);
    if (options.dryRun) return outcome;
    const targets = stage.plan.counts.create + stage.plan.counts.update;
    if (targets === 0) return { ...outcome, result: { results: [] } };
    if (commit && repoDir && !options.allowDirty)
      await rejectUncommittedInput(stage.plan, config, repoDir);

    const submitter = options.createSubmitter();
    try {
      const result = await runApplyStage({
        plan: stage.plan,
        ledger,
        config,
        stamps: stage.stamps,
        workspace,
        submitter,
        env: options.env,
        concurrency: options.concurrency,
        trail: {
          commit: repoDir
            ? ((await headSha(openRepository(repoDir)).catch(() => null)) ?? undefined)
            : undefined,
          workflowRunUrl: options.workflowRunUrl ?? workflowRunUrl(options.env),
        },
        reportContext: {
          files: new Map(stage.manifests.map((manifest) => [manifest.name, manifest.file])),
          descriptions: new Map(
            stage.manifests.flatMap((manifest) =>
              manifest.description ? [[manifest.name, manifest.description] as const] : [],
            ),
          ),
          labels: new Map(stage.manifests.map((manifest) => [manifest.name, manifest.labels])),
        },
        onSecrets: options.onSecrets,
        onEvent: options.onEvent,
      });
      return { ...outcome, result };
    } finally {
      await submitter.close();
    }
  } finally {
    await workspace.dispose();
  }
}

/** Returns the URL of the GitHub Actions run this process belongs to, or undefined outside Actions. */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
  if (!GITHUB_SERVER_URL || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
  return `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== "1" ? `/attempts/${GITHUB_RUN_ATTEMPT}` : ""}`;
}

/**
 * Stops apply when a manifest it would submit, or the config, differs from
 * HEAD: the ledger records the commit each request came from, and no commit
 * would hold what was sent, so nobody could review it.
 */
async function rejectUncommittedInput(plan: Plan, config: Config, repoDir: string): Promise<void> {
  const files = plan.items.flatMap((item) =>
    item.manifest && (item.action === "create" || item.action === "update")
      ? [item.manifest.absolutePath]
      : [],
  );
  if (config.file) files.push(config.file);
  const paths = files.map((file) => relative(repoDir, file));
  const changed = await uncommittedPaths(openRepository(repoDir), paths);
  if (changed.length === 0) return;
  throw new ApplyAbortedError(
    `nothing was submitted: ${changed.length === 1 ? "this file has" : "these files have"} uncommitted changes, so no commit would hold the request that apply sends:\n${changed.map((path) => `  ${path}`).join("\n")}\nCommit them first, or pass --allow-dirty to submit them anyway.`,
  );
}
