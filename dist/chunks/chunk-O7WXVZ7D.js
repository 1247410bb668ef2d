import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  parseLedger,
  readStatusFolder
} from "./chunk-ZVHKIQCU.js";

// src/ledger/ledger-source.ts
import { join } from "node:path";
function folderLedgerSource(config) {
  const dir = join(config.baseDir, config.ledgerPath);
  return {
    description: config.ledgerPath,
    read: async () => parseLedger(await readStatusFolder(dir), config.ledgerPath)
  };
}

export {
  folderLedgerSource
};
