import {
  REFERENCE_FIELDS,
  REFERENCE_SYNTAX,
  SECRET_FIELDS,
  referencedVariable,
} from "../secrets.js";
import type { Finding, Request, Rule } from "./rule.js";

export const secretLiteral: Rule = {
  id: "secret-literal",
  description: `s3_secret_key and kinit_password are never written in git: give an environment variable reference, ${REFERENCE_SYNTAX}, that apply reads at submit time.`,
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const findings: Finding[] = [];
    for (const field of SECRET_FIELDS) {
      const value = request[field];
      if (typeof value !== "string" || referencedVariable(value) !== undefined) continue;
      // The message must not repeat the value: it may be a real secret.
      const variable = field.toUpperCase();
      findings.push({
        path: [field],
        message: `${field} holds a literal value; write a reference to an environment variable instead, as in ${field}: "\${env:${variable}}", and remove the secret from git history`,
      });
    }
    for (const field of REFERENCE_FIELDS) {
      const value = request[field];
      if (
        typeof value === "string" &&
        value.startsWith("${") &&
        referencedVariable(value) === undefined
      ) {
        findings.push({
          path: [field],
          message: `${field} is not a valid reference; write ${REFERENCE_SYNTAX} with a variable name of letters, digits and _`,
        });
      }
    }
    return findings;
  },
};
