// The ledger workspace backed by git: status files and reports are written
// in the checkout (or in a temporary worktree of the ledger branch), then
// committed together and pushed with rebase-and-retry, never forced.

import { join, relative } from "node:path";
import { workspaceAt } from "./folder-workspace.js";
import type { Config } from "../config/config.js";
import {
  commitFiles,
  currentBranch,
  headSha,
  openBranchWorktree,
  openRepository,
  pushWithRetry,
} from "../git/index.js";
import type { GitRepository, PushRetryEvent } from "../git/index.js";
import { runGit, tryGit } from "../git/git-process.js";
import type { LedgerWorkspace, PublishResult } from "./ledger-workspace.js";

export interface GitWorkspaceOptions {
  config: Config;
  /** Root of the git checkout. */
  repoDir: string;
  /** Commit the changes. False for `--no-commit`: files are only written. */
  commit: boolean;
  /** Push after committing. False for `--no-push`. */
  push: boolean;
  /** Branch to push to; required with a detached HEAD. Default: the current branch. */
  branch?: string;
  onRetry?: (message: string) => void;
}

export interface OpenedWorkspace extends LedgerWorkspace {
  /** Folder that contains config.ledgerPath and config.reportsPath for this workspace. */
  rootDir: string;
  dispose(): Promise<void>;
}

export async function openGitWorkspace(options: GitWorkspaceOptions): Promise<OpenedWorkspace> {
  const { config, repoDir } = options;
  const repo = openRepository(repoDir);
  if (config.ledgerBranch) {
    await checkNoUnpushedCommits(repo, config.ledgerBranch, config.git.remote);
    const worktree = await openBranchWorktree(repo, {
      branch: config.ledgerBranch,
      remote: config.git.remote,
    });
    // In the worktree, the ledger keeps the same path relative to the repository root as in the checkout.
    const rootDir = join(worktree.dir, relative(repoDir, config.baseDir));
    const worktreeRepo = worktree.repository;
    return workspaceAt(
      config,
      rootDir,
      `${config.ledgerPath} on branch ${config.ledgerBranch}`,
      (message, publishOptions = {}) =>
        commitAndPush(worktreeRepo, {
          ...options,
          paths: ledgerPaths(config, rootDir, worktree.dir),
          message,
          branch: config.ledgerBranch!,
          undoOnFailure: publishOptions.undoOnFailure === true,
        }),
      () => worktree.dispose(),
    );
  }
  const rootDir = config.baseDir;
  let branch = options.branch;
  if (options.commit && options.push && branch === undefined) {
    const current = await currentBranch(repo);
    if (current === null)
      throw new Error(
        "HEAD is detached, so apply does not know where to push; pass --branch NAME (the action passes the pushed branch)",
      );
    branch = current;
  }
  return workspaceAt(
    config,
    rootDir,
    config.ledgerPath,
    (message, publishOptions = {}) =>
      commitAndPush(repo, {
        ...options,
        paths: ledgerPaths(config, rootDir, repoDir),
        message,
        branch: branch!,
        undoOnFailure: publishOptions.undoOnFailure === true,
      }),
    async () => {},
  );
}

/**
 * Throws when the local ledger branch has commits that the remote-tracking
 * branch lacks, such as those of an `apply --no-push`. Opening the worktree
 * resets the local branch to the remote's, which would drop them, and with
 * them the only record of runs that were submitted: the next apply would
 * submit those runs again.
 */
async function checkNoUnpushedCommits(
  repo: GitRepository,
  branch: string,
  remote: string,
): Promise<void> {
  const local = `refs/heads/${branch}`;
  const tracking = `refs/remotes/${remote}/${branch}`;
  for (const ref of [local, tracking]) {
    const exists = await tryGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    // Without both refs there is nothing to compare; openBranchWorktree handles a branch that exists only locally.
    if (exists.exitCode !== 0) return;
  }
  const ahead = Number(
    (
      await runGit(repo, ["rev-list", "--count", `${tracking}..${local}`], "git rev-list failed")
    ).trim(),
  );
  if (ahead > 0)
    throw new Error(
      `the local branch ${branch} has ${ahead} ${ahead === 1 ? "commit" : "commits"} that ${remote}/${branch} does not have, such as the ledger of an apply with --no-push; push ${ahead === 1 ? "it" : "them"} first (git push ${remote} ${branch}), because apply resets the local ledger branch to the remote's and would lose the recorded runs. If those runs are recorded another way, delete the local branch instead (git branch -D ${branch})`,
    );
}

/**
 * Commits the paths and pushes the commit. With `undoOnFailure`, a failed
 * push resets the branch to the commit it had before. `git reset --keep`
 * also restores the committed files and drops what a rebase onto the remote
 * brought in. When the commit was the first of its branch, as on a new
 * ledger branch, the branch that HEAD names is deleted instead.
 */
async function commitAndPush(
  repo: GitRepository,
  options: GitWorkspaceOptions & {
    paths: string[];
    message: string;
    branch: string;
    undoOnFailure: boolean;
  },
): Promise<PublishResult> {
  if (!options.commit) return { pushed: false };
  const { config } = options;
  const before = await headSha(repo);
  const commit = await commitFiles(repo, {
    paths: options.paths,
    message: options.message,
    author: { name: config.git.authorName, email: config.git.authorEmail },
  });
  if (!commit || !options.push) return { commit: commit ?? undefined, pushed: false };
  try {
    await pushWithRetry(repo, {
      remote: config.git.remote,
      branch: options.branch,
      onRetry: pushRetryLogger(options.onRetry),
    });
  } catch (error) {
    if (!options.undoOnFailure) throw error;
    const undo =
      before === null ? ["update-ref", "-d", "HEAD"] : ["reset", "--quiet", "--keep", before];
    try {
      await runGit(repo, undo, `undoing the unpushed commit ${commit.slice(0, 12)} failed`);
    } catch (undoError) {
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}; then ${undoError instanceof Error ? undoError.message : String(undoError)}`,
        { cause: undoError },
      );
    }
    throw error;
  }
  return { commit, pushed: true };
}

function pushRetryLogger(
  log: ((message: string) => void) | undefined,
): ((event: PushRetryEvent) => void) | undefined {
  if (!log) return undefined;
  return (event) =>
    log(
      `push rejected (${event.kind}); fetched and rebased, retrying in ${event.delayMs} ms (attempt ${event.attempt})`,
    );
}

function ledgerPaths(config: Config, rootDir: string, repoDir: string): string[] {
  return [join(rootDir, config.ledgerPath), join(rootDir, config.reportsPath)].map(
    (path) => relative(repoDir, path) || ".",
  );
}
