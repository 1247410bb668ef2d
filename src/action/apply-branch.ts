// The branch apply reads its ledger from and pushes to, and the fast-forward
// of the checkout to that branch's tip before anything is planned.

import * as core from "@actions/core";
import { ApplyAbortedError } from "../apply/apply-stage.js";
import { findRepositoryRoot } from "../apply/run-apply.js";
import type { Config } from "../config/config.js";
import { syncCheckout } from "./sync-checkout.js";

/**
 * Rejects a `branch` input other than the branch of the event when the ledger lives in the
 * checkout. Apply reads the ledger from the checkout, so the next apply would not see the
 * entries pushed to another branch: it would plan them again, and the push of their
 * `submitting` entries would conflict and fail that apply. The input is for a checkout on
 * no branch (a tag or a commit).
 */
export function checkBranchInput(
  branch: string | undefined,
  eventBranch: string | undefined,
  config: Config,
): void {
  if (branch === undefined || eventBranch === undefined || branch === eventBranch) return;
  if (config.ledgerBranch) {
    core.warning(
      `The branch input ${branch} is ignored, because ledger.branch in the config sends the ledger commits to ${config.ledgerBranch}.`,
    );
    return;
  }
  throw new ApplyAbortedError(
    `the branch input ${branch} differs from the branch of the event, ${eventBranch}. Apply reads the ledger from the checkout of ${eventBranch}, so the next apply would not see what this one pushes to ${branch}. Leave branch empty, or keep the ledger on a branch of its own with "ledger.branch: ${branch}" in .nx1-migrate.yaml`,
  );
}

/**
 * Fast-forwards the checkout to the tip of the branch whose ledger apply reads: the branch of
 * the event when the ledger lives on a ledger branch (the manifests' branch), else the branch
 * apply pushes to. Returns true when the checkout moved.
 */
export async function syncWithBranchTip(
  config: Config,
  branchInput: string | undefined,
  eventBranch: string | undefined,
  workingDir: string,
): Promise<boolean> {
  const branch = config.ledgerBranch ? eventBranch : (branchInput ?? eventBranch);
  const repoDir = findRepositoryRoot(workingDir);
  if (branch === undefined || repoDir === undefined) return false;
  const remote = config.git.remote;
  let sync;
  try {
    sync = await syncCheckout(repoDir, { remote, branch });
  } catch (error) {
    throw new ApplyAbortedError(
      `could not bring the checkout up to ${remote}/${branch}, so nothing was submitted: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (sync.kind === "fast-forwarded")
    core.info(
      `The checkout ${sync.from.slice(0, 12)} is behind ${remote}/${branch}; planning its tip ${sync.to.slice(0, 12)}, which has the latest ledger.`,
    );
  else if (sync.kind === "diverged")
    core.info(
      `The checkout ${sync.head.slice(0, 12)} has commits that ${remote}/${branch} ${sync.tip.slice(0, 12)} lacks; planning the checkout as it is.`,
    );
  return sync.kind === "fast-forwarded";
}
