// Secret references. A manifest never contains a secret value: it names an
// environment variable, `${env:NAME}`, that apply reads at submit time.
// Everything before submission (fingerprint, ledger, reports, plan) sees
// only the reference, so rotating a secret starts no run.

/** Request fields whose values are secrets and must be references. */
export const SECRET_FIELDS = ["s3_secret_key", "kinit_password"] as const;

/** Request fields that may be references; the access key is not a secret but teams often keep it beside one. */
export const REFERENCE_FIELDS = [...SECRET_FIELDS, "s3_access_key"] as const;

export const REFERENCE_SYNTAX = "${env:VARIABLE_NAME}";

const REFERENCE = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** Returns the variable name of a `${env:NAME}` reference, or undefined for anything else. */
export function referencedVariable(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return REFERENCE.exec(value)?.[1];
}

export function isSecretField(name: string | number | undefined): boolean {
  return typeof name === "string" && (SECRET_FIELDS as readonly string[]).includes(name);
}
