import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  commitFiles,
  currentBranch,
  headSha,
  openBranchWorktree,
  openRepository,
  pushWithRetry,
  removeStatusFile,
  runGit,
  tryGit,
  writeStatusFile
} from "./chunk-Y3JAT7FU.js";

// src/apply/folder-workspace.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
function openFolderWorkspace(config) {
  return workspaceAt(
    config,
    config.baseDir,
    config.ledgerPath,
    async () => ({ pushed: false }),
    async () => {
    }
  );
}
function workspaceAt(config, rootDir, description, publish, dispose) {
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
    dispose
  };
}
async function writeFileAtomically(path, text) {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, text, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// src/apply/git-workspace.ts
import { join as join2, relative } from "node:path";
async function openGitWorkspace(options) {
  const { config, repoDir } = options;
  const repo = openRepository(repoDir);
  if (config.ledgerBranch) {
    await checkNoUnpushedCommits(repo, config.ledgerBranch, config.git.remote);
    const worktree = await openBranchWorktree(repo, {
      branch: config.ledgerBranch,
      remote: config.git.remote
    });
    const rootDir2 = join2(worktree.dir, relative(repoDir, config.baseDir));
    const worktreeRepo = worktree.repository;
    return workspaceAt(
      config,
      rootDir2,
      `${config.ledgerPath} on branch ${config.ledgerBranch}`,
      (message, publishOptions = {}) => commitAndPush(worktreeRepo, {
        ...options,
        paths: ledgerPaths(config, rootDir2, worktree.dir),
        message,
        branch: config.ledgerBranch,
        undoOnFailure: publishOptions.undoOnFailure === true
      }),
      () => worktree.dispose()
    );
  }
  const rootDir = config.baseDir;
  let branch = options.branch;
  if (options.commit && options.push && branch === void 0) {
    const current = await currentBranch(repo);
    if (current === null)
      throw new Error(
        "HEAD is detached, so apply does not know where to push; pass --branch NAME (the action passes the pushed branch)"
      );
    branch = current;
  }
  return workspaceAt(
    config,
    rootDir,
    config.ledgerPath,
    (message, publishOptions = {}) => commitAndPush(repo, {
      ...options,
      paths: ledgerPaths(config, rootDir, repoDir),
      message,
      branch,
      undoOnFailure: publishOptions.undoOnFailure === true
    }),
    async () => {
    }
  );
}
async function checkNoUnpushedCommits(repo, branch, remote) {
  const local = `refs/heads/${branch}`;
  const tracking = `refs/remotes/${remote}/${branch}`;
  for (const ref of [local, tracking]) {
    const exists = await tryGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    if (exists.exitCode !== 0) return;
  }
  const ahead = Number(
    (await runGit(repo, ["rev-list", "--count", `${tracking}..${local}`], "git rev-list failed")).trim()
  );
  if (ahead > 0)
    throw new Error(
      `the local branch ${branch} has ${ahead} ${ahead === 1 ? "commit" : "commits"} that ${remote}/${branch} does not have, such as the ledger of an apply with --no-push; push ${ahead === 1 ? "it" : "them"} first (git push ${remote} ${branch}), because apply resets the local ledger branch to the remote's and would lose the recorded runs. If those runs are recorded another way, delete the local branch instead (git branch -D ${branch})`
    );
}
async function commitAndPush(repo, options) {
  if (!options.commit) return { pushed: false };
  const { config } = options;
  const before = await headSha(repo);
  const commit = await commitFiles(repo, {
    paths: options.paths,
    message: options.message,
    author: { name: config.git.authorName, email: config.git.authorEmail }
  });
  if (!commit || !options.push) return { commit: commit ?? void 0, pushed: false };
  try {
    await pushWithRetry(repo, {
      remote: config.git.remote,
      branch: options.branch,
      onRetry: pushRetryLogger(options.onRetry)
    });
  } catch (error) {
    if (!options.undoOnFailure) throw error;
    const undo = before === null ? ["update-ref", "-d", "HEAD"] : ["reset", "--quiet", "--keep", before];
    try {
      await runGit(repo, undo, `undoing the unpushed commit ${commit.slice(0, 12)} failed`);
    } catch (undoError) {
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}; then ${undoError instanceof Error ? undoError.message : String(undoError)}`,
        { cause: undoError }
      );
    }
    throw error;
  }
  return { commit, pushed: true };
}
function pushRetryLogger(log) {
  if (!log) return void 0;
  return (event) => log(
    `push rejected (${event.kind}); fetched and rebased, retrying in ${event.delayMs} ms (attempt ${event.attempt})`
  );
}
function ledgerPaths(config, rootDir, repoDir) {
  return [join2(rootDir, config.ledgerPath), join2(rootDir, config.reportsPath)].map(
    (path) => relative(repoDir, path) || "."
  );
}

export {
  openFolderWorkspace,
  openGitWorkspace
};
