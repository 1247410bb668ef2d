// Ledger reads and writes of the CLI outside apply: adopt and
// resolve write status files in the checkout for a reviewed commit, or, with
// a ledger branch, commit and push them to that branch.

import { join } from "node:path";
import type { Config } from "../config/config.js";
import { openGitWorkspace } from "../apply/git-workspace.js";
import { writeStatusFile } from "../ledger/folder-store.js";
import { findRepositoryRoot } from "../ledger/read-ledger.js";
import type { StatusFile } from "../ledger/status-file.js";

export { readLedger } from "../ledger/read-ledger.js";

/**
 * Writes status files. Without a ledger branch they are written in the
 * checkout and left for the user to commit; with one, they are committed and
 * pushed to it (unless `push` is false), since nobody edits that branch by hand.
 * Returns a sentence that describes where they went.
 */
export async function recordEntries(
  config: Config,
  workingDir: string,
  entries: readonly StatusFile[],
  message: string,
  push: boolean,
): Promise<string> {
  if (!config.ledgerBranch) {
    for (const entry of entries)
      await writeStatusFile(join(config.baseDir, config.ledgerPath), entry);
    return `Written to ${config.ledgerPath}; commit ${entries.length === 1 ? "it" : "them"} in a pull request.`;
  }
  const repoDir = findRepositoryRoot(workingDir);
  if (repoDir === undefined)
    throw new Error(`ledger.branch is set, but ${workingDir} is not inside a git repository`);
  const workspace = await openGitWorkspace({ config, repoDir, commit: true, push });
  try {
    for (const entry of entries) await workspace.writeEntry(entry);
    const published = await workspace.publish(message);
    return published.commit
      ? `Committed to branch ${config.ledgerBranch} as ${published.commit.slice(0, 12)}${published.pushed ? " and pushed" : " (not pushed)"}.`
      : "Nothing changed in the ledger.";
  } finally {
    await workspace.dispose();
  }
}
