// Fetching one branch into its remote-tracking ref, for reading the ledger
// branch on runs whose checkout does not have it.

import {
  checkNotOption,
  GitCommandError,
  runGit,
  tryGit,
  type GitRepository,
} from "./git-process.js";
import { redactCredentials } from "./redact.js";

/**
 * Fetches `refs/heads/<branch>` from `remote` into `refs/remotes/<remote>/<branch>`.
 * Returns false when the remote responds without such a branch (before the
 * first apply), and throws when the remote cannot be reached, so that an
 * unreachable remote never reads as an empty ledger.
 */
export async function fetchBranch(
  repo: GitRepository,
  options: { remote: string; branch: string },
): Promise<boolean> {
  const remote = checkNotOption(options.remote, "remote");
  const branch = checkNotOption(options.branch, "branch");
  const listed = await tryGit(repo, [
    "ls-remote",
    "--exit-code",
    "--heads",
    remote,
    `refs/heads/${branch}`,
  ]);
  if (listed.exitCode === 2) return false;
  if (listed.exitCode !== 0) {
    throw new GitCommandError(
      `git ls-remote of ${redactCredentials(remote)} ${branch} failed`,
      new Error(listed.stderr.trim()),
    );
  }
  await runGit(
    repo,
    ["fetch", "--no-tags", remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`],
    `git fetch of ${redactCredentials(remote)} ${branch} failed`,
  );
  return true;
}
