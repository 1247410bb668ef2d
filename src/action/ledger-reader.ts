// Reads the ledger for validate and plan: the folder in the checkout, or
// the ledger branch when the config names one (fetched first, since a pull
// request checkout does not have it).

import type { Config } from "../config/config.js";
import type { Ledger } from "../ledger/ledger.js";
import { folderLedgerSource } from "../ledger/ledger-source.js";
import { branchLedgerSource } from "../ledger/branch-ledger-source.js";
import { findRepositoryRoot } from "../apply/run-apply.js";

export async function readLedger(config: Config, workingDir: string): Promise<Ledger> {
  if (!config.ledgerBranch) return folderLedgerSource(config).read();
  const repoDir = findRepositoryRoot(workingDir);
  if (repoDir === undefined)
    throw new Error(
      `ledger.branch is set to ${config.ledgerBranch}, but ${workingDir} is not inside a git repository`,
    );
  return branchLedgerSource(config, repoDir).read();
}
