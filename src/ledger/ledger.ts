// The ledger: every status file, keyed by manifest name.

import { nameOfStatusFile } from "./names.js";
import { parseStatus, StatusFileError } from "./parse-status.js";
import type { StatusFile } from "./status-file.js";

export interface Ledger {
  entries: Map<string, StatusFile>;
  /** Corrupt files, colliding names and stray files; any of them stops plan and apply. */
  errors: StatusFileError[];
}

/**
 * Parses the files of a ledger folder, given as file name to text. Files
 * that are not `*.json` (a README, say) are ignored.
 */
export function parseLedger(files: ReadonlyMap<string, string>, folder: string): Ledger {
  const entries = new Map<string, StatusFile>();
  const errors: StatusFileError[] = [];
  const byLowerCase = new Map<string, string>();
  for (const fileName of [...files.keys()].sort()) {
    if (!fileName.endsWith(".json")) continue;
    const shown = `${folder}/${fileName}`;
    const name = nameOfStatusFile(fileName);
    if (name === undefined) {
      errors.push(new StatusFileError(shown, "the file name is not a valid manifest name"));
      continue;
    }
    const other = byLowerCase.get(name.toLowerCase());
    if (other !== undefined) {
      errors.push(
        new StatusFileError(
          shown,
          `its name differs only in case from ${folder}/${other}.json, and the two collide on case-insensitive file systems`,
        ),
      );
      continue;
    }
    byLowerCase.set(name.toLowerCase(), name);
    try {
      entries.set(name, parseStatus(shown, files.get(fileName) as string, name));
    } catch (error) {
      if (!(error instanceof StatusFileError)) throw error;
      errors.push(error);
    }
  }
  return { entries, errors };
}
