// Replaces `${env:NAME}` references with their values, only here, right
// before submission. The result goes to the HTTP client and nowhere else:
// the ledger, reports and plan keep the references.

import { REFERENCE_FIELDS, referencedVariable } from "../manifest/secrets.js";

export interface MissingVariable {
  manifest: string;
  field: string;
  variable: string;
}

export interface ResolvedBody {
  body: Record<string, unknown>;
  /** The values substituted, so callers can mask them in every log. */
  secrets: string[];
}

/** Resolves the references of one request; returns the missing variables instead when any is unset or empty. */
export function resolveSecrets(
  manifest: string,
  request: Readonly<Record<string, unknown>>,
  env: NodeJS.ProcessEnv,
): { ok: true; resolved: ResolvedBody } | { ok: false; missing: MissingVariable[] } {
  const body: Record<string, unknown> = { ...request };
  const secrets: string[] = [];
  const missing: MissingVariable[] = [];
  for (const field of REFERENCE_FIELDS) {
    const variable = referencedVariable(request[field]);
    if (variable === undefined) continue;
    const value = env[variable];
    if (value === undefined || value === "") {
      missing.push({ manifest, field, variable });
      continue;
    }
    body[field] = value;
    secrets.push(value);
  }
  return missing.length > 0 ? { ok: false, missing } : { ok: true, resolved: { body, secrets } };
}

export function missingVariablesMessage(missing: readonly MissingVariable[]): string {
  const lines = missing.map(
    (item) => `  ${item.manifest}: ${item.field} needs environment variable ${item.variable}`,
  );
  return `apply stopped before submitting anything: ${missing.length} secret ${missing.length === 1 ? "reference is" : "references are"} not set.\n${lines.join("\n")}\nSet each variable (in GitHub Actions, from a repository secret in the step's env:) and run apply again.`;
}
