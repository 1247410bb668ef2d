// Maps manifest names to status file names. Names are checked against the
// manifest schema's pattern before they get here; this module checks again,
// because a status file name that escaped the ledger folder could overwrite
// any file in the repository.

import { NAME_PATTERN } from "../manifest/envelope.js";

const NAME = new RegExp(NAME_PATTERN);
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export class LedgerNameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerNameError";
  }
}

/** Returns the status file name for a manifest name, such as `sales-orders.json`. */
export function statusFileName(name: string): string {
  if (!NAME.test(name) || name.includes("..")) {
    throw new LedgerNameError(
      `manifest name ${JSON.stringify(name)} cannot name a status file; use letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit`,
    );
  }
  if (RESERVED.test(name)) {
    throw new LedgerNameError(
      `manifest name ${JSON.stringify(name)} is a reserved device name on Windows; choose another name`,
    );
  }
  return `${name}.json`;
}

/** Returns the manifest name a status file name stands for, or undefined for files that are not status files. */
export function nameOfStatusFile(fileName: string): string | undefined {
  if (!fileName.endsWith(".json")) return undefined;
  const name = fileName.slice(0, -".json".length);
  return NAME.test(name) && !name.includes("..") ? name : undefined;
}
