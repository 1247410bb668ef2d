// Picks where the CLI reads the ledger from.

import type { Config } from "../config/config.js";
import type { LedgerSource } from "../ledger/ledger-source.js";
import { folderLedgerSource } from "../ledger/ledger-source.js";
import type { Io } from "./io.js";

export async function openLedgerSource(config: Config, _io: Io): Promise<LedgerSource> {
  return folderLedgerSource(config);
}
