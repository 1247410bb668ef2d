// Loads one manifest file: bytes to text, text to a YAML document, then
// the envelope and spec checked against the manifest schema.

import { basename, extname } from "node:path";
import { validateManifest } from "../generated/validators.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { NAME_PATTERN } from "./envelope.js";
import { locate } from "./locate.js";
import { manifestNameProblem } from "./manifest-name.js";
import type { Manifest } from "./manifest.js";
import { schemaDiagnostics } from "./schema-diagnostics.js";
import { decodeSource } from "./source-text.js";
import { readYamlSource } from "./yaml-source.js";

/**
 * A manifest is returned whenever the file contains a map, even with schema or
 * name errors, so that the rules and the name checks still run and one pass
 * reports every problem.
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
  const parsed = readYamlSource(file, decoded.text, undefined, yamlVersionSeverity);
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
  // The name is kept even when it is invalid, so that the rules still run.
  // The error below keeps the manifest out of the valid ones.
  const named = typeof metadata.name === "string";
  const name = named ? (metadata.name as string) : basename(file, extname(file));
  const problem = manifestNameProblem(name);
  if (problem !== undefined && named && NAME.test(name)) {
    // A name that fails the pattern has a schema-pattern diagnostic already.
    diagnostics.push({
      file,
      ...locate(source, ["metadata", "name"]),
      severity: "error",
      message: `metadata.name ${JSON.stringify(name)} cannot be a manifest name: ${problem}`,
      ruleId: "manifest-name",
    });
  } else if (problem !== undefined && !named) {
    diagnostics.push({
      file,
      ...locate(source, ["metadata"]),
      severity: "error",
      message: `the file name ${JSON.stringify(name)} is not a valid manifest name (${problem}); set metadata.name`,
      ruleId: "manifest-name",
    });
  }

  const spec = specOf(value);
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

/** Returns the `spec` map of a manifest's data, or an empty map when it is missing or not a map. */
export function specOf(value: unknown): Record<string, unknown> {
  const spec = (value as { spec?: unknown } | null)?.spec;
  return typeof spec === "object" && spec !== null && !Array.isArray(spec)
    ? (spec as Record<string, unknown>)
    : {};
}
