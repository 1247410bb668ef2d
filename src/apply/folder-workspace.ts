// A ledger workspace without git, for `apply --no-commit` outside a
// repository: files are written and nothing is published.

import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import type { Config } from "../config/config.js";
import { removeStatusFile, writeStatusFile } from "../ledger/folder-store.js";
import type { OpenedWorkspace } from "./git-workspace.js";
import type { LedgerWorkspace } from "./ledger-workspace.js";

export function openFolderWorkspace(config: Config): OpenedWorkspace {
  return workspaceAt(
    config,
    config.baseDir,
    config.ledgerPath,
    async () => ({ pushed: false }),
    async () => {},
  );
}

/** Returns a workspace that writes the ledger and reports folders under `rootDir` and publishes with `publish`. */
export function workspaceAt(
  config: Config,
  rootDir: string,
  description: string,
  publish: LedgerWorkspace["publish"],
  dispose: () => Promise<void>,
): OpenedWorkspace {
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
    dispose,
  };
}

/** Writes a file through a temporary sibling and a rename, so readers never see half of it. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
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
