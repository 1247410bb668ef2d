// Field-by-field difference between the last submitted request and the
// current one, for the `update` lines of a plan.

import { sortKeys } from "./canonical.js";

export interface FieldChange {
  /** Dotted path such as `migration_tables[1].partition_filter`. */
  path: string;
  kind: "add" | "remove" | "change";
  before?: unknown;
  after?: unknown;
}

export function diffRequests(before: unknown, after: unknown, path = ""): FieldChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      const child = path === "" ? key : `${path}.${key}`;
      if (!(key in before)) return [{ path: child, kind: "add" as const, after: after[key] }];
      if (!(key in after)) return [{ path: child, kind: "remove" as const, before: before[key] }];
      return diffRequests(before[key], after[key], child);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const child = `${path}[${index}]`;
      if (index >= before.length) changes.push({ path: child, kind: "add", after: after[index] });
      else if (index >= after.length)
        changes.push({ path: child, kind: "remove", before: before[index] });
      else changes.push(...diffRequests(before[index], after[index], child));
    }
    return changes;
  }
  if (JSON.stringify(sortKeys(before)) === JSON.stringify(sortKeys(after))) return [];
  return [{ path, kind: "change", before, after }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
