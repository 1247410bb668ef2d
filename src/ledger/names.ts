// Maps manifest names to status file names. Names are checked when a
// manifest is loaded, and this module checks them again, because a status
// file name that escaped the ledger folder could overwrite any file in the
// repository.

import { manifestNameProblem } from "../manifest/manifest-name.js";

export class LedgerNameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerNameError";
  }
}

/** Returns the status file name for a manifest name, such as `sales-orders.json`. */
export function statusFileName(name: string): string {
  const problem = manifestNameProblem(name);
  if (problem !== undefined) {
    throw new LedgerNameError(
      `manifest name ${JSON.stringify(name)} cannot name a status file: ${problem}`,
    );
  }
  return `${name}.json`;
}

/** Returns the manifest name a status file name stands for, or undefined for files that are not status files. */
export function nameOfStatusFile(fileName: string): string | undefined {
  if (!fileName.endsWith(".json")) return undefined;
  const name = fileName.slice(0, -".json".length);
  return manifestNameProblem(name) === undefined ? name : undefined;
}
