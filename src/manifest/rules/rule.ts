// The shape of a rule: a check that JSON Schema cannot express, run on the
// resolved request (repository defaults merged under the manifest's spec).

import type { Severity } from "../diagnostic.js";
import type { DataPath } from "../locate.js";

export type Request = Readonly<Record<string, unknown>>;

export interface Finding {
  /** Path inside the request, such as ["migration_tables", 2, "bucket"]. */
  path: DataPath;
  message: string;
  /** Point at the key rather than its value. Default "value". */
  target?: "key" | "value";
}

export interface Rule {
  id: string;
  /** One sentence for the manifest reference. */
  description: string;
  defaultSeverity: Severity;
  check(request: Request): Finding[];
}

/** Returns the list at `key` as an array of records, or an empty array when it is absent or null. */
export function rows(request: Request, key: string): Record<string, unknown>[] {
  const value = request[key];
  return Array.isArray(value)
    ? value.filter((row): row is Record<string, unknown> => typeof row === "object" && row !== null)
    : [];
}

export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}
