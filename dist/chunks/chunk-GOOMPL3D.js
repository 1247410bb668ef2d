import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  folderLedgerSource
} from "./chunk-O7WXVZ7D.js";

// src/cli/ledger-location.ts
async function openLedgerSource(config, _io) {
  return folderLedgerSource(config);
}

export {
  openLedgerSource
};
