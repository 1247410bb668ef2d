// Ledger sources: a folder of the working tree, or a
// dedicated branch for repositories whose default branch rejects bot pushes.

import { join } from "node:path";
import type { Config } from "../config/config.js";
import { readStatusFolder } from "./folder-store.js";
import type { Ledger } from "./ledger.js";
import { parseLedger } from "./ledger.js";

export interface LedgerSource {
  /** Location of the ledger, for messages: `.nx1-migrate/status` or `.nx1-migrate/status on branch nx1-ledger`. */
  description: string;
  read(): Promise<Ledger>;
}

export function folderLedgerSource(config: Config): LedgerSource {
  const dir = join(config.baseDir, config.ledgerPath);
  return {
    description: config.ledgerPath,
    read: async () => parseLedger(await readStatusFolder(dir), config.ledgerPath),
  };
}
