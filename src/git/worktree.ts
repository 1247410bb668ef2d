// A temporary worktree on the ledger branch, for teams whose default branch
// is protected against bot pushes: status files live on their own branch,
// and apply commits there without touching the main checkout.

import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { fetchBranch } from "./fetch-branch.js";
import { checkNotOption, runGit, tryGit, type GitRepository } from "./git-process.js";
import { redactCredentials } from "./redact.js";

export interface BranchWorktreeOptions {
  branch: string;
  /** Remote name. Default "origin". */
  remote?: string;
}

export interface BranchWorktree {
  /** Root of the temporary worktree. */
  dir: string;
  /** True when the branch did not exist on the remote, so the worktree contains a new orphan branch. */
  created: boolean;
  /** The worktree, opened with the same environment and committer as `repo`. */
  repository: GitRepository;
  /** Removes the worktree and its folder. Safe to call twice. */
  dispose(): Promise<void>;
}

/**
 * Checks the ledger branch out in a new temporary worktree.
 *
 * When the remote has the branch, the worktree starts detached at
 * `<remote>/<branch>` and then checks out a local branch of the same name
 * that tracks it (reset to the remote's commit if it already existed).
 * When the remote has no such branch, the worktree gets an orphan branch
 * with an empty index and no files, so the first commit starts its history
 * and the first push creates it.
 */
export async function openBranchWorktree(
  repo: GitRepository,
  options: BranchWorktreeOptions,
): Promise<BranchWorktree> {
  const remote = checkNotOption(options.remote ?? "origin", "remote");
  const { branch } = options;
  const format = await tryGit(repo, ["check-ref-format", `refs/heads/${branch}`]);
  if (branch.startsWith("-") || format.exitCode !== 0) {
    throw new Error(
      `ledger branch "${branch}" is not a valid branch name; use a name such as "nx1-ledger"`,
    );
  }
  const tracking = `refs/remotes/${remote}/${branch}`;
  const exists = await fetchBranch(repo, { remote, branch });
  const config = await relativeUrlConfig(repo, remote);

  // A run that crashed may have left a registered worktree whose folder is
  // gone; pruning it frees the branch for this checkout.
  await tryGit(repo, ["worktree", "prune"]);
  const dir = await realpath(await mkdtemp(join(tmpdir(), "nx1-ledger-")));
  let added = false;
  const dispose = async () => {
    if (added) {
      await tryGit(repo, ["worktree", "remove", "--force", dir]);
      added = false;
    }
    await rm(dir, { recursive: true, force: true });
    await tryGit(repo, ["worktree", "prune"]);
  };

  try {
    if (exists) {
      await runGit(repo, ["worktree", "add", "--detach", dir, tracking], "git worktree add failed");
      added = true;
      await runGit(
        repo.reopen(dir, config),
        ["checkout", "-B", branch, "--track", tracking],
        `git checkout of ${branch} failed`,
      );
    } else {
      const local = await tryGit(repo, [
        "rev-parse",
        "--verify",
        "--quiet",
        `refs/heads/${branch}`,
      ]);
      if (local.exitCode === 0) {
        throw new Error(
          `branch ${branch} exists locally but not on ${redactCredentials(remote)}; push it (git push ${redactCredentials(remote)} ${branch}) or delete it (git branch -D ${branch}) first`,
        );
      }
      await runGit(
        repo,
        ["worktree", "add", "--detach", "--no-checkout", dir],
        "git worktree add failed",
      );
      added = true;
      // With --no-checkout the worktree has no files and an empty index, and
      // pointing HEAD at the unborn branch keeps it that way. `checkout
      // --orphan` would write the start commit's files first.
      await runGit(
        repo.reopen(dir, config),
        ["symbolic-ref", "HEAD", `refs/heads/${branch}`],
        "git symbolic-ref failed",
      );
    }
  } catch (error) {
    await dispose();
    throw error;
  }

  return { dir, created: !exists, repository: repo.reopen(dir, config), dispose };
}

/**
 * Returns the settings that let the worktree reach a remote whose URL is a
 * relative path, such as `../origin.git`. Git resolves such a URL from the
 * top of the working tree it runs in, and the worktree lives in a temporary
 * folder, so `url.<absolute>.insteadOf` maps it to the path the main checkout
 * means. Returns no settings for any other URL.
 */
async function relativeUrlConfig(repo: GitRepository, remote: string): Promise<string[]> {
  const url = (await tryGit(repo, ["config", "--get", `remote.${remote}.url`])).stdout.trim();
  if (!/^\.\.?[\\/]/.test(url)) return [];
  const top = (await runGit(repo, ["rev-parse", "--show-toplevel"], "git rev-parse failed")).trim();
  return [`url.${resolve(top, url)}.insteadOf=${url}`];
}
