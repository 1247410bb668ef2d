import {
  REFERENCE_FIELDS,
  REFERENCE_SYNTAX,
  SECRET_FIELDS,
  referencedVariable,
} from "../secrets.js";
import type { Finding, Request, Rule } from "./rule.js";

/** A value that was meant as a reference, such as `${KINIT_PASSWORD}` or `$env:X`, but is not one. */
const REFERENCE_ATTEMPT = /^\$\{?(env:)?([^}]*)\}?$/;

export const secretLiteral: Rule = {
  id: "secret-literal",
  description: `s3_secret_key and kinit_password are never written in git: give an environment variable reference, ${REFERENCE_SYNTAX}, that apply reads at submit time.`,
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const findings: Finding[] = [];
    for (const field of REFERENCE_FIELDS) {
      const value = request[field];
      if (typeof value !== "string" || referencedVariable(value) !== undefined) continue;
      const attempt = value.startsWith("$") ? REFERENCE_ATTEMPT.exec(value) : null;
      if (attempt) {
        // A malformed reference names a variable, not a secret, so it can be quoted.
        findings.push({
          path: [field],
          message: malformedReferenceMessage(field, value, attempt[2] ?? ""),
        });
        continue;
      }
      if (!(SECRET_FIELDS as readonly string[]).includes(field)) continue;
      // The message must not repeat the value: it may be a real secret.
      findings.push({
        path: [field],
        message: `${field} holds a literal value; write a reference to an environment variable instead, as in ${field}: "\${env:${field.toUpperCase()}}", and remove the secret from git history`,
      });
    }
    return findings;
  },
};

function malformedReferenceMessage(field: string, value: string, name: string): string {
  const valid = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
  const reason = !valid
    ? `the variable name ${JSON.stringify(name)} is not letters, digits and _ starting with a letter or _`
    : "references are written with `env:` inside braces";
  const fix = valid ? `"\${env:${name}}"` : REFERENCE_SYNTAX;
  return `${field} ${JSON.stringify(value)} is not a valid reference: ${reason}; write ${fix}`;
}
