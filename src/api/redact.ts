// Secret scrubbing for every string the client returns. A server may echo the
// request body or a header in its error text, so the client removes the
// secrets it sent before any outcome leaves this module.

import type { DataMigrationRunRequest } from "../generated/api-types.js";

export type Redactor = (text: string) => string;

export const REDACTED = "***";

/** Request body fields whose values are credentials and must never appear in an outcome. */
export const SECRET_REQUEST_FIELDS = ["s3_secret_key", "kinit_password", "s3_access_key"] as const;

/**
 * Creates a function that replaces every occurrence of each secret with `***`.
 * Longer secrets are replaced first, so a secret that contains a shorter one
 * is never left half visible.
 */
export function createRedactor(secrets: Iterable<string | null | undefined>): Redactor {
  const values = [...new Set([...secrets].filter((value): value is string => !!value))].sort(
    (a, b) => b.length - a.length,
  );
  if (values.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const value of values) result = result.split(value).join(REDACTED);
    return result;
  };
}

/** Lists the credential values of a request body, including their JSON-escaped forms. */
export function requestSecrets(body: DataMigrationRunRequest): string[] {
  const secrets: string[] = [];
  for (const field of SECRET_REQUEST_FIELDS) {
    const value = body[field];
    if (typeof value !== "string" || value === "") continue;
    secrets.push(value);
    // A server that echoes the body as JSON escapes quotes and backslashes.
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) secrets.push(escaped);
  }
  return secrets;
}

/** Removes `user:password@` from any URL inside a message. */
export function redactUrlCredentials(text: string): string {
  // Greedy up to the last `@` before the path, because a password may contain `@`.
  return text.replace(/\/\/[^\s/'"]*@/g, `//${REDACTED}@`);
}
