// Canonical JSON: object keys sorted at every level, no whitespace. Two
// values that mean the same request serialize to the same text whatever
// their key order, quoting style or comments in YAML.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** Returns a copy of `value` with the keys of every object in code-point order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) sorted[key] = sortKeys(item);
  }
  return sorted;
}
