// Merges the repository defaults under a manifest's spec and checks the
// result: required fields (which defaults may supply) and the rules.

import type { Config, RuleSeverity } from "../config/config.js";
import { validateRequest } from "../generated/validators.js";
import type { Diagnostic } from "./diagnostic.js";
import { locate, locateKey } from "./locate.js";
import type { Manifest } from "./manifest.js";
import { RULES } from "./rules/index.js";
import type { Finding } from "./rules/index.js";

/** Returns the request body: the config's defaults with the manifest's own spec fields over them. */
export function resolveRequest(
  spec: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  return { ...defaults, ...spec };
}

/** Resolves the manifest's request in place and returns the diagnostics of the resolved request. */
export function checkResolvedRequest(manifest: Manifest, config: Config): Diagnostic[] {
  manifest.request = resolveRequest(manifest.spec, config.defaults);
  const diagnostics: Diagnostic[] = [];
  // Without a `spec` key the schema already reported "missing required key spec"; listing each missing field again adds noise.
  const hasSpec = "spec" in (manifest.source.value as object);
  if (hasSpec && !validateRequest(manifest.request)) {
    for (const error of validateRequest.errors ?? []) {
      // Types, enums and unknown keys were reported for the manifest and the config already.
      if (error.keyword !== "required" || error.instancePath !== "") continue;
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const where =
        "spec" in (manifest.source.value as object)
          ? locateKey(manifest.source, ["spec"])
          : locate(manifest.source, []);
      diagnostics.push({
        file: manifest.file,
        ...where,
        severity: "error",
        message: `missing required key \`${missing}\` in spec; add it here or under \`defaults\` in the repository config`,
        ruleId: "schema-required",
      });
    }
  }
  for (const rule of RULES) {
    const severity: RuleSeverity = config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    for (const finding of rule.check(manifest.request)) {
      diagnostics.push({
        ...placeFinding(manifest, config, finding),
        severity,
        message: finding.message,
        ruleId: rule.id,
      });
    }
  }
  return diagnostics;
}

/** Points a finding at the manifest line it came from, or at the config's `defaults` when the value was inherited. */
function placeFinding(
  manifest: Manifest,
  config: Config,
  finding: Finding,
): Pick<Diagnostic, "file" | "line" | "column" | "endLine" | "endColumn"> {
  const top = finding.path[0];
  const fromDefaults =
    typeof top === "string" &&
    !(top in manifest.spec) &&
    top in config.defaults &&
    config.source !== undefined;
  const source = fromDefaults && config.source ? config.source : manifest.source;
  const path = [fromDefaults ? "defaults" : "spec", ...finding.path];
  const range = finding.target === "key" ? locateKey(source, path) : locate(source, path);
  return { file: source.file, ...range };
}
