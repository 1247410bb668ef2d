// Reads the ledger from a dedicated branch without checking it out, for
// repositories whose default branch rejects bot pushes. Pull request runs
// read it too, so their plans compare against what apply recorded.

import { join, relative } from "node:path";
import type { Config } from "../config/config.js";
import { fetchBranch, openRepository, readFilesAtRef } from "../git/index.js";
import type { Ledger } from "./ledger.js";
import { parseLedger } from "./ledger.js";
import type { LedgerSource } from "./ledger-source.js";

export function branchLedgerSource(config: Config, repoDir: string): LedgerSource {
  const branch = config.ledgerBranch as string;
  const folder = relative(repoDir, join(config.baseDir, config.ledgerPath)).split("\\").join("/");
  return {
    description: `${config.ledgerPath} on branch ${branch}`,
    read: async (): Promise<Ledger> => {
      const repo = openRepository(repoDir);
      // The branch does not exist before the first apply: that is an empty ledger, not an error.
      const fetched = await fetchBranch(repo, { remote: config.git.remote, branch });
      const ref = fetched ? `refs/remotes/${config.git.remote}/${branch}` : `refs/heads/${branch}`;
      const files = await readFilesAtRef(repo, ref, folder);
      const byName = new Map<string, string>();
      for (const [path, text] of files) byName.set(path.slice(path.lastIndexOf("/") + 1), text);
      return parseLedger(byName, config.ledgerPath);
    },
  };
}
