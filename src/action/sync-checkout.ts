// Fast-forwards the checkout to the tip of the branch before apply plans.
//
// actions/checkout checks out GITHUB_SHA, which is behind the branch when a
// workflow run is re-run, or when a queued run starts after an earlier apply
// pushed its ledger commits. Planned from that commit, apply would read an
// old ledger and plan runs that are recorded already as creates. The push of
// their `submitting` entries then conflicts and nothing is sent, but the step
// fails and the runs that the later commits really need wait for the next
// apply. With a ledger branch, the manifests of an old commit would even be
// submitted again over newer ones. Planning the tip avoids both: the tip's
// manifests against the tip's ledger is what the newest run would plan.

import { fetchBranch, headSha, openRepository } from "../git/index.js";
import { runGit, tryGit } from "../git/git-process.js";

export type SyncResult =
  | { kind: "up-to-date" | "no-remote-branch"; head: string | null }
  | { kind: "fast-forwarded"; from: string; to: string }
  | { kind: "diverged"; head: string; tip: string };

export class CheckoutSyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckoutSyncError";
  }
}

/**
 * Fetches `branch` from `remote` and fast-forwards HEAD to it when HEAD is
 * an ancestor of the tip. A HEAD with commits the tip lacks is left alone,
 * because the push after apply rebases those anyway. Throws when the remote
 * cannot be reached or the fast-forward fails (say, over local changes), so
 * that apply never plans from a ledger it could not bring up to date.
 */
export async function syncCheckout(
  repoDir: string,
  options: { remote: string; branch: string },
): Promise<SyncResult> {
  const repo = openRepository(repoDir);
  const head = await headSha(repo);
  if (!(await fetchBranch(repo, options))) return { kind: "no-remote-branch", head };

  const tracking = `refs/remotes/${options.remote}/${options.branch}`;
  const tip = (
    await runGit(
      repo,
      ["rev-parse", "--verify", `${tracking}^{commit}`],
      `git rev-parse ${tracking} failed`,
    )
  ).trim();
  if (head === tip) return { kind: "up-to-date", head };
  if (head === null)
    throw new CheckoutSyncError(`the checkout in ${repoDir} has no commit to fast-forward from`);

  const ancestor = await tryGit(repo, ["merge-base", "--is-ancestor", head, tip]);
  if (ancestor.exitCode === 1) return { kind: "diverged", head, tip };
  if (ancestor.exitCode !== 0)
    throw new CheckoutSyncError(
      `git merge-base could not compare the checkout ${head} with ${options.remote}/${options.branch} ${tip}: ${ancestor.stderr.trim()}`,
    );

  const merged = await tryGit(repo, ["merge", "--ff-only", "--quiet", tip]);
  if (merged.exitCode !== 0)
    throw new CheckoutSyncError(
      `the checkout ${head} is behind ${options.remote}/${options.branch} ${tip}, and fast-forwarding it failed: ${merged.stderr.trim()}. Run apply on a clean checkout of the branch.`,
    );
  return { kind: "fast-forwarded", from: head, to: tip };
}
