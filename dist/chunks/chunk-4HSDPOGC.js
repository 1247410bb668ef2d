import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  NAME_PATTERN,
  RULES,
  compareText,
  decodeSource,
  displayPath,
  manifestNameProblem,
  readYamlSource,
  sortDiagnostics
} from "./chunk-44LEY7PT.js";
import {
  validateManifest,
  validateRequest
} from "./chunk-6NYFVFWC.js";
import {
  locate,
  locateKey,
  schemaDiagnostics
} from "./chunk-PDKC3KT5.js";

// src/manifest/load-manifest.ts
import { basename, extname } from "node:path";
var NAME = new RegExp(NAME_PATTERN);
function loadManifest(file, absolutePath, bytes, yamlVersionSeverity = "error") {
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) return { diagnostics: [decoded.diagnostic] };
  const parsed = readYamlSource(file, decoded.text, void 0, yamlVersionSeverity);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const { source } = parsed;
  const diagnostics = [...parsed.diagnostics];
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    diagnostics.push({
      file,
      ...locate(source, []),
      severity: "error",
      message: "a manifest is a map with apiVersion, kind, metadata and spec; this file holds a single value or a list",
      ruleId: "manifest-type"
    });
    return { diagnostics };
  }
  if (!validateManifest(value))
    diagnostics.push(...schemaDiagnostics(source, validateManifest.errors ?? []));
  const data = value;
  const metadata = typeof data.metadata === "object" && data.metadata !== null ? data.metadata : {};
  const named = typeof metadata.name === "string";
  const name = named ? metadata.name : basename(file, extname(file));
  const problem = manifestNameProblem(name);
  if (problem !== void 0 && named && NAME.test(name)) {
    diagnostics.push({
      file,
      ...locate(source, ["metadata", "name"]),
      severity: "error",
      message: `metadata.name ${JSON.stringify(name)} cannot be a manifest name: ${problem}`,
      ruleId: "manifest-name"
    });
  } else if (problem !== void 0 && !named) {
    diagnostics.push({
      file,
      ...locate(source, ["metadata"]),
      severity: "error",
      message: `the file name ${JSON.stringify(name)} is not a valid manifest name (${problem}); set metadata.name`,
      ruleId: "manifest-name"
    });
  }
  const spec = specOf(value);
  const manifest = {
    file,
    absolutePath,
    name,
    description: typeof metadata.description === "string" ? metadata.description : void 0,
    revision: typeof metadata.revision === "number" ? metadata.revision : 0,
    labels: metadata.labels ?? {},
    spec,
    request: spec,
    source
  };
  return { manifest, diagnostics };
}
function specOf(value) {
  const spec = value?.spec;
  return typeof spec === "object" && spec !== null && !Array.isArray(spec) ? spec : {};
}

// src/manifest/resolve.ts
function resolveRequest(spec, defaults) {
  return { ...defaults, ...spec };
}
function checkResolvedRequest(manifest, config) {
  manifest.request = resolveRequest(manifest.spec, config.defaults);
  const diagnostics = [];
  const hasSpec = "spec" in manifest.source.value;
  if (hasSpec && !validateRequest(manifest.request)) {
    for (const error of validateRequest.errors ?? []) {
      if (error.keyword !== "required" || error.instancePath !== "") continue;
      const missing = String(error.params.missingProperty);
      const where = "spec" in manifest.source.value ? locateKey(manifest.source, ["spec"]) : locate(manifest.source, []);
      diagnostics.push({
        file: manifest.file,
        ...where,
        severity: "error",
        message: `missing required key \`${missing}\` in spec; add it here or under \`defaults\` in the repository config`,
        ruleId: "schema-required"
      });
    }
  }
  for (const rule of RULES) {
    const severity = config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === "off") continue;
    for (const finding of rule.check(manifest.request)) {
      diagnostics.push({
        ...placeFinding(manifest, config, finding),
        severity,
        message: finding.message,
        ruleId: rule.id
      });
    }
  }
  return diagnostics;
}
function placeFinding(manifest, config, finding) {
  const top = finding.path[0];
  const fromDefaults = typeof top === "string" && !(top in manifest.spec) && top in config.defaults && config.source !== void 0;
  const source = fromDefaults && config.source ? config.source : manifest.source;
  const path = [fromDefaults ? "defaults" : "spec", ...finding.path];
  const range = finding.target === "key" ? locateKey(source, path) : locate(source, path);
  return { file: source.file, ...range };
}

// src/manifest/validate.ts
async function validateFiles(files, config, workingDir) {
  const contents = files.map((path) => ({ path }));
  const { validateContentsInThreads } = await import("./parallel-validate-7LDVHEDT.js");
  return validateContentsInThreads(contents, config, workingDir);
}
function validateFileContent(path, bytes, config, workingDir) {
  const yamlVersion = config.rules["yaml-version"] ?? "error";
  const result = loadManifest(displayPath(path, workingDir), path, bytes, yamlVersion);
  if (!result.manifest) return { diagnostics: result.diagnostics, valid: false };
  const resolved = checkResolvedRequest(result.manifest, config);
  const diagnostics = [...result.diagnostics, ...resolved];
  return {
    manifest: result.manifest,
    diagnostics,
    valid: !diagnostics.some((item) => item.severity === "error")
  };
}
function combineFileResults(results) {
  const diagnostics = [];
  const loaded = [];
  const valid = /* @__PURE__ */ new Set();
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    if (!result.manifest) continue;
    loaded.push(result.manifest);
    if (result.valid) valid.add(result.manifest);
  }
  const { unique, collisions } = checkNames(loaded);
  diagnostics.push(...collisions);
  return {
    manifests: unique.filter((manifest) => valid.has(manifest)).sort((a, b) => compareText(a.name, b.name)),
    diagnostics: sortDiagnostics(diagnostics),
    fileCount: results.length
  };
}
function checkNames(manifests) {
  const byKey = /* @__PURE__ */ new Map();
  const collisions = [];
  const rejected = /* @__PURE__ */ new Set();
  const ordered = [...manifests].sort((a, b) => compareText(a.file, b.file));
  for (const manifest of ordered) {
    const key = manifest.name.toLowerCase();
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, manifest);
      continue;
    }
    const same = first.name === manifest.name;
    const where = "name" in (manifest.source.value.metadata ?? {}) ? ["metadata", "name"] : [];
    collisions.push({
      file: manifest.file,
      ...locate(manifest.source, where),
      severity: "error",
      message: same ? `manifest name ${JSON.stringify(manifest.name)} is already used by ${first.file}; give each migration its own metadata.name` : `manifest name ${JSON.stringify(manifest.name)} differs only in case from ${JSON.stringify(first.name)} in ${first.file}; status files would collide on case-insensitive file systems, so rename one`,
      ruleId: same ? "duplicate-name" : "name-case-collision"
    });
    rejected.add(manifest);
    rejected.add(first);
  }
  return { unique: manifests.filter((manifest) => !rejected.has(manifest)), collisions };
}

export {
  specOf,
  resolveRequest,
  validateFiles,
  validateFileContent,
  combineFileResults
};
