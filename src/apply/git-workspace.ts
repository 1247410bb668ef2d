// The ledger workspace backed by git: status files and reports are written
// in the checkout (or in a temporary worktree of the ledger branch), then
// committed together and pushed with rebase-and-retry, never forced.

import { join, relative } from "node:path";
import { writeFileAtomically } from "./folder-workspace.js";
import type { Config } from "../config/config.js";
import {
  commitFiles,
  currentBranch,
  openBranchWorktree,
  openRepository,
  pushWithRetry,
} from "../git/index.js";
import type { PushRetryEvent } from "../git/index.js";
import { removeStatusFile, writeStatusFile } from "../ledger/folder-store.js";
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
  /** Folder that holds config.ledgerPath and config.reportsPath for this workspace. */
  rootDir: string;
  dispose(): Promise<void>;
}

export async function openGitWorkspace(options: GitWorkspaceOptions): Promise<OpenedWorkspace> {
  const { config, repoDir } = options;
  const repo = openRepository(repoDir);
  const author = { name: config.git.authorName, email: config.git.authorEmail };
  const remote = config.git.remote;
  if (config.ledgerBranch) {
    const worktree = await openBranchWorktree(repo, { branch: config.ledgerBranch, remote });
    // In the worktree, the ledger keeps the same path relative to the repository root as in the checkout.
    const rootDir = join(worktree.dir, relative(repoDir, config.baseDir));
    const worktreeRepo = worktree.repository;
    return build(
      config,
      rootDir,
      `${config.ledgerPath} on branch ${config.ledgerBranch}`,
      async (message) => {
        if (!options.commit) return { pushed: false };
        const commit = await commitFiles(worktreeRepo, {
          paths: ledgerPaths(config, rootDir, worktree.dir),
          message,
          author,
        });
        if (!commit || !options.push) return { commit: commit ?? undefined, pushed: false };
        await pushWithRetry(worktreeRepo, {
          remote,
          branch: config.ledgerBranch!,
          onRetry: pushRetryLogger(options.onRetry),
        });
        return { commit, pushed: true };
      },
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
  return build(
    config,
    rootDir,
    config.ledgerPath,
    async (message) => {
      if (!options.commit) return { pushed: false };
      const commit = await commitFiles(repo, {
        paths: ledgerPaths(config, rootDir, repoDir),
        message,
        author,
      });
      if (!commit || !options.push) return { commit: commit ?? undefined, pushed: false };
      await pushWithRetry(repo, {
        remote,
        branch: branch!,
        onRetry: pushRetryLogger(options.onRetry),
      });
      return { commit, pushed: true };
    },
    async () => {},
  );
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

function build(
  config: Config,
  rootDir: string,
  description: string,
  publish: (message: string) => Promise<PublishResult>,
  dispose: () => Promise<void>,
): OpenedWorkspace {
  const ledgerDir = join(rootDir, config.ledgerPath);
  const reportsDir = join(rootDir, config.reportsPath);
  return {
    rootDir,
    description,
    writeEntry: async (entry) => {
      await writeStatusFile(ledgerDir, entry);
    },
    removeEntry: (name) => removeStatusFile(ledgerDir, name),
    writeReports: async (reports) => {
      for (const report of reports)
        await writeFileAtomically(join(reportsDir, report.path), report.text);
    },
    publish,
    dispose,
  };
}
