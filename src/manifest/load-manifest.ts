// Loads one manifest file: bytes to text, text to a YAML document, then
// the envelope and spec checked against the manifest schema.

import { basename, extname } from "node:path";
import { validateManifest } from "../generated/validators.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { NAME_PATTERN } from "./envelope.js";
import { locate } from "./locate.js";
import type { Manifest } from "./manifest.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";
import { decodeSource } from "./source-text.js";
import { parseYamlSource } from "./yaml-source.js";

/**
 * A manifest is returned whenever its name is known, even with schema
 * errors, so that the rules still run and one pass reports every problem.
 */
export type LoadResult = { manifest?: Manifest; diagnostics: Diagnostic[] };

const NAME = new RegExp(NAME_PATTERN);

export function loadManifest(
  file: string,
  absolutePath: string,
  bytes: Uint8Array,
  yamlVersionSeverity: Severity | "off" = "error",
): LoadResult {
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
  const parsed = parseYamlSource(file, decoded.text, undefined, yamlVersionSeverity);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const { source } = parsed;
  const diagnostics = [...parsed.diagnostics];
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    diagnostics.push({
      file,
      ...locate(source, []),
      severity: "error",
      message:
        "a manifest is a map with apiVersion, kind, metadata and spec; this file holds a single value or a list",
      ruleId: "manifest-type",
    });
    return { diagnostics };
  }
  if (!validateManifest(value))
    diagnostics.push(...schemaDiagnostics(source, validateManifest.errors ?? []));

  const data = value as { metadata?: unknown; spec?: unknown };
  const metadata = (
    typeof data.metadata === "object" && data.metadata !== null ? data.metadata : {}
  ) as Record<string, unknown>;
  let name = typeof metadata.name === "string" ? metadata.name : undefined;
  if (name === undefined) {
    const stem = basename(file, extname(file));
    if (NAME.test(stem)) {
      name = stem;
    } else {
      diagnostics.push({
        file,
        ...locate(source, ["metadata"]),
        severity: "error",
        message: `the file name ${JSON.stringify(stem)} is not a valid manifest name; set metadata.name to letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit`,
        ruleId: "manifest-name",
      });
    }
  }
  if (name === undefined) return { diagnostics };

  const spec = (
    typeof data.spec === "object" && data.spec !== null && !Array.isArray(data.spec)
      ? data.spec
      : {}
  ) as Record<string, unknown>;
  const manifest: Manifest = {
    file,
    absolutePath,
    name,
    description: typeof metadata.description === "string" ? metadata.description : undefined,
    revision: typeof metadata.revision === "number" ? metadata.revision : 0,
    labels: (metadata.labels ?? {}) as Record<string, string>,
    spec,
    request: spec,
    source,
  };
  return { manifest, diagnostics };
}
