// Reads and checks `.nx1-migrate.yaml`. A broken config is reported with
// file:line:col like a broken manifest, and nothing runs with it.

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, normalize, resolve } from "node:path";
import { validateConfig } from "../generated/validators.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import { locate, locateKey } from "../manifest/locate.js";
import { RULES } from "../manifest/rules/index.js";
import { schemaDiagnostics, suggest } from "../manifest/schema-diagnostics.js";
import { decodeSource } from "../manifest/source-text.js";
import { readYamlSource } from "../manifest/yaml-source.js";
import { displayPath } from "../manifest/display-path.js";
import type { Config, RuleSeverity } from "./config.js";
import { defaultConfig } from "./config.js";
import { CONFIG_FILE_NAME } from "./schema.js";

/** The config as parsed, after the schema check passed. */
interface RawConfig {
  manifests?: string[];
  exclude?: string[];
  ledger?: { path?: string; branch?: string };
  reports?: { path?: string; enabled?: boolean };
  api?: { url?: string; timeout_seconds?: number; concurrency?: number };
  defaults?: Record<string, unknown>;
  rules?: Record<string, RuleSeverity>;
  templates?: Config["templates"];
  git?: { remote?: string; author_name?: string; author_email?: string };
}

export type ConfigResult =
  | { ok: true; config: Config; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Ids that a config may set a severity for: every rule, plus the loader checks that are allowed to be relaxed. */
export const CONFIGURABLE_RULE_IDS = [...RULES.map((rule) => rule.id), "yaml-version"];

/**
 * Loads the config named by `explicitFile`, or `.nx1-migrate.yaml` in
 * `workingDir` when present; without either, the defaults apply.
 */
export async function loadConfig(workingDir: string, explicitFile?: string): Promise<ConfigResult> {
  const file = explicitFile
    ? resolve(workingDir, explicitFile)
    : resolve(workingDir, CONFIG_FILE_NAME);
  const shown = displayPath(file, workingDir);
  if (!existsSync(file)) {
    if (!explicitFile) return { ok: true, config: defaultConfig(workingDir), diagnostics: [] };
    return {
      ok: false,
      diagnostics: [
        {
          file: shown,
          line: 1,
          column: 1,
          severity: "error",
          message: `config file not found: ${explicitFile}; check the --config path`,
          ruleId: "config-not-found",
        },
      ],
    };
  }
  const bytes = await readFile(file);
  const decoded = decodeSource(shown, bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
  const parsed = readYamlSource(shown, decoded.text);
  if (!parsed.ok && parsed.diagnostics.every((item) => item.ruleId === "empty-file")) {
    // Every key is optional, so an empty config (or one with only comments) means the defaults.
    const config = defaultConfig(dirname(file));
    return {
      ok: true,
      config: { ...config, file, hash: createHash("sha256").update(decoded.text).digest("hex") },
      diagnostics: [],
    };
  }
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
  const { source } = parsed;
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      diagnostics: [
        {
          file: shown,
          line: 1,
          column: 1,
          severity: "error",
          message: "the config must be a map of settings, such as `manifests:` and `defaults:`",
          ruleId: "config-type",
        },
      ],
    };
  }
  const diagnostics = [...parsed.diagnostics];
  if (!validateConfig(value))
    diagnostics.push(...schemaDiagnostics(source, validateConfig.errors ?? [], [], "the config"));
  const raw = value as RawConfig;
  const rules: Record<string, RuleSeverity> = {};
  for (const [id, severity] of Object.entries((raw.rules ?? {}) as Record<string, RuleSeverity>)) {
    if (!CONFIGURABLE_RULE_IDS.includes(id)) {
      const guess = suggest(id, CONFIGURABLE_RULE_IDS);
      diagnostics.push({
        file: shown,
        ...locateKey(source, ["rules", id]),
        severity: "error",
        message: `unknown rule id \`${id}\`${guess ? `; did you mean \`${guess}\`?` : `; known ids: ${CONFIGURABLE_RULE_IDS.join(", ")}`}`,
        ruleId: "config-unknown-rule",
      });
    } else if (id === "secret-literal" && severity !== "error") {
      // Relaxing it would let a literal secret reach status files, reports and the plan comment.
      diagnostics.push({
        file: shown,
        ...locate(source, ["rules", id]),
        severity: "error",
        message:
          "rule secret-literal cannot be relaxed, because a literal secret would be copied into status files, reports and comments; remove this line and use ${env:NAME} references",
        ruleId: "config-locked-rule",
      });
    }
    rules[id] = severity;
  }
  for (const [key, path] of [
    ["ledger", raw.ledger?.path],
    ["reports", raw.reports?.path],
  ] as const) {
    if (typeof path === "string" && !isInside(path)) {
      diagnostics.push({
        file: shown,
        ...locateKey(source, [key, "path"]),
        severity: "error",
        message: `${key}.path ${JSON.stringify(path)} leaves the repository; write a relative path inside it, such as .nx1-migrate/${key === "ledger" ? "status" : "reports"}`,
        ruleId: "config-path",
      });
    }
  }
  if (diagnostics.some((item) => item.severity === "error")) return { ok: false, diagnostics };

  const base = defaultConfig(dirname(file));
  const config: Config = {
    ...base,
    file,
    manifests: raw.manifests ?? base.manifests,
    exclude: raw.exclude ?? base.exclude,
    ledgerPath: normalize(raw.ledger?.path ?? base.ledgerPath),
    ledgerBranch: raw.ledger?.branch,
    reportsPath: normalize(raw.reports?.path ?? base.reportsPath),
    reportsEnabled: raw.reports?.enabled ?? base.reportsEnabled,
    apiUrl: raw.api?.url,
    timeoutSeconds: raw.api?.timeout_seconds ?? base.timeoutSeconds,
    concurrency: raw.api?.concurrency ?? base.concurrency,
    defaults: raw.defaults ?? {},
    rules,
    templates: raw.templates ?? {},
    git: {
      remote: raw.git?.remote ?? base.git.remote,
      authorName: raw.git?.author_name ?? base.git.authorName,
      authorEmail: raw.git?.author_email ?? base.git.authorEmail,
    },
    hash: createHash("sha256").update(decoded.text).digest("hex"),
    source,
  };
  return { ok: true, config, diagnostics };
}

function isInside(path: string): boolean {
  const cleaned = normalize(path);
  return !isAbsolute(cleaned) && cleaned !== ".." && !cleaned.startsWith("../");
}
