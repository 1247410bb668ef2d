import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  openGitWorkspace
} from "./chunk-3QY33ORW.js";
import {
  writeStatusFile
} from "./chunk-Y3JAT7FU.js";
import {
  findRepositoryRoot
} from "./chunk-J7XBUMAP.js";

// src/cli/ledger-location.ts
import { join } from "node:path";
async function recordEntries(config, workingDir, entries, message, push) {
  if (!config.ledgerBranch) {
    for (const entry of entries)
      await writeStatusFile(join(config.baseDir, config.ledgerPath), entry);
    return `Written to ${config.ledgerPath}; commit ${entries.length === 1 ? "it" : "them"} in a pull request.`;
  }
  const repoDir = findRepositoryRoot(workingDir);
  if (repoDir === void 0)
    throw new Error(`ledger.branch is set, but ${workingDir} is not inside a git repository`);
  const workspace = await openGitWorkspace({ config, repoDir, commit: true, push });
  try {
    for (const entry of entries) await workspace.writeEntry(entry);
    const published = await workspace.publish(message);
    return published.commit ? `Committed to branch ${config.ledgerBranch} as ${published.commit.slice(0, 12)}${published.pushed ? " and pushed" : " (not pushed)"}.` : "Nothing changed in the ledger.";
  } finally {
    await workspace.dispose();
  }
}

export {
  recordEntries
};
