import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  commitFiles,
  currentBranch,
  openBranchWorktree,
  openRepository,
  pushWithRetry,
  removeStatusFile,
  writeStatusFile
} from "./chunk-YCFIYKCQ.js";

// src/apply/folder-workspace.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
function openFolderWorkspace(config) {
  const rootDir = config.baseDir;
  const ledgerDir = join(rootDir, config.ledgerPath);
  const reportsDir = join(rootDir, config.reportsPath);
  return {
    rootDir,
    description: config.ledgerPath,
    writeEntry: async (entry) => {
      await writeStatusFile(ledgerDir, entry);
    },
    removeEntry: (name) => removeStatusFile(ledgerDir, name),
    writeReports: async (reports) => {
      for (const report of reports)
        await writeFileAtomically(join(reportsDir, report.path), report.text);
    },
    publish: async () => ({ pushed: false }),
    dispose: async () => {
    }
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
  const author = { name: config.git.authorName, email: config.git.authorEmail };
  const remote = config.git.remote;
  if (config.ledgerBranch) {
    const worktree = await openBranchWorktree(repo, { branch: config.ledgerBranch, remote });
    const rootDir2 = join2(worktree.dir, relative(repoDir, config.baseDir));
    const worktreeRepo = worktree.repository;
    return build(
      config,
      rootDir2,
      `${config.ledgerPath} on branch ${config.ledgerBranch}`,
      async (message) => {
        if (!options.commit) return { pushed: false };
        const commit = await commitFiles(worktreeRepo, {
          paths: ledgerPaths(config, rootDir2, worktree.dir),
          message,
          author
        });
        if (!commit || !options.push) return { commit: commit ?? void 0, pushed: false };
        await pushWithRetry(worktreeRepo, {
          remote,
          branch: config.ledgerBranch,
          onRetry: pushRetryLogger(options.onRetry)
        });
        return { commit, pushed: true };
      },
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
  return build(
    config,
    rootDir,
    config.ledgerPath,
    async (message) => {
      if (!options.commit) return { pushed: false };
      const commit = await commitFiles(repo, {
        paths: ledgerPaths(config, rootDir, repoDir),
        message,
        author
      });
      if (!commit || !options.push) return { commit: commit ?? void 0, pushed: false };
      await pushWithRetry(repo, {
        remote,
        branch,
        onRetry: pushRetryLogger(options.onRetry)
      });
      return { commit, pushed: true };
    },
    async () => {
    }
  );
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
function build(config, rootDir, description, publish, dispose) {
  const ledgerDir = join2(rootDir, config.ledgerPath);
  const reportsDir = join2(rootDir, config.reportsPath);
  return {
    rootDir,
    description,
    writeEntry: async (entry) => {
      await writeStatusFile(ledgerDir, entry);
    },
    removeEntry: (name) => removeStatusFile(ledgerDir, name),
    writeReports: async (reports) => {
      for (const report of reports)
        await writeFileAtomically(join2(reportsDir, report.path), report.text);
    },
    publish,
    dispose
  };
}

export {
  openFolderWorkspace,
  openGitWorkspace
};
