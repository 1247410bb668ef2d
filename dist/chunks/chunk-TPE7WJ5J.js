import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  RULES,
  decodeSource,
  displayPath,
  readYamlSource
} from "./chunk-44LEY7PT.js";
import {
  validateConfig
} from "./chunk-6NYFVFWC.js";
import {
  locate,
  locateKey,
  schemaDiagnostics,
  suggest
} from "./chunk-PDKC3KT5.js";

// src/config/config.ts
var DEFAULT_AUTHOR = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
function defaultConfig(baseDir) {
  return {
    baseDir,
    manifests: ["migrations/**/*.yaml", "migrations/**/*.yml"],
    exclude: [],
    ledgerPath: ".nx1-migrate/status",
    reportsPath: ".nx1-migrate/reports",
    reportsEnabled: true,
    timeoutSeconds: 30,
    concurrency: 4,
    defaults: {},
    rules: {},
    templates: {},
    git: { remote: "origin", authorName: DEFAULT_AUTHOR.name, authorEmail: DEFAULT_AUTHOR.email },
    hash: ""
  };
}

// src/config/load-config.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, normalize, resolve } from "node:path";

// src/config/schema.ts
var CONFIG_FILE_NAME = ".nx1-migrate.yaml";

// src/config/load-config.ts
var CONFIGURABLE_RULE_IDS = [...RULES.map((rule) => rule.id), "yaml-version"];
async function loadConfig(workingDir, explicitFile) {
  const file = explicitFile ? resolve(workingDir, explicitFile) : resolve(workingDir, CONFIG_FILE_NAME);
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
          ruleId: "config-not-found"
        }
      ]
    };
  }
  const bytes = await readFile(file);
  const decoded = decodeSource(shown, bytes);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
  const parsed = readYamlSource(shown, decoded.text);
  if (!parsed.ok && parsed.diagnostics.every((item) => item.ruleId === "empty-file")) {
    const config2 = defaultConfig(dirname(file));
    return {
      ok: true,
      config: { ...config2, file, hash: createHash("sha256").update(decoded.text).digest("hex") },
      diagnostics: []
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
          ruleId: "config-type"
        }
      ]
    };
  }
  const diagnostics = [...parsed.diagnostics];
  if (!validateConfig(value))
    diagnostics.push(...schemaDiagnostics(source, validateConfig.errors ?? [], [], "the config"));
  const raw = value;
  const rules = {};
  for (const [id, severity] of Object.entries(raw.rules ?? {})) {
    if (!CONFIGURABLE_RULE_IDS.includes(id)) {
      const guess = suggest(id, CONFIGURABLE_RULE_IDS);
      diagnostics.push({
        file: shown,
        ...locateKey(source, ["rules", id]),
        severity: "error",
        message: `unknown rule id \`${id}\`${guess ? `; did you mean \`${guess}\`?` : `; known ids: ${CONFIGURABLE_RULE_IDS.join(", ")}`}`,
        ruleId: "config-unknown-rule"
      });
    } else if (id === "secret-literal" && severity !== "error") {
      diagnostics.push({
        file: shown,
        ...locate(source, ["rules", id]),
        severity: "error",
        message: "rule secret-literal cannot be relaxed, because a literal secret would be copied into status files, reports and comments; remove this line and use ${env:NAME} references",
        ruleId: "config-locked-rule"
      });
    }
    rules[id] = severity;
  }
  for (const [key, path] of [
    ["ledger", raw.ledger?.path],
    ["reports", raw.reports?.path]
  ]) {
    if (typeof path === "string" && !isInside(path)) {
      diagnostics.push({
        file: shown,
        ...locateKey(source, [key, "path"]),
        severity: "error",
        message: `${key}.path ${JSON.stringify(path)} leaves the repository; write a relative path inside it, such as .nx1-migrate/${key === "ledger" ? "status" : "reports"}`,
        ruleId: "config-path"
      });
    }
  }
  if (diagnostics.some((item) => item.severity === "error")) return { ok: false, diagnostics };
  const base = defaultConfig(dirname(file));
  const config = {
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
      authorEmail: raw.git?.author_email ?? base.git.authorEmail
    },
    hash: createHash("sha256").update(decoded.text).digest("hex"),
    source
  };
  return { ok: true, config, diagnostics };
}
function isInside(path) {
  const cleaned = normalize(path);
  return !isAbsolute(cleaned) && cleaned !== ".." && !cleaned.startsWith("../");
}

// src/config/find-config.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { dirname as dirname2, join, resolve as resolve2 } from "node:path";
function findConfig(start) {
  let dir = resolve2(start);
  if (existsSync2(dir) && !statSync(dir).isDirectory()) dir = dirname2(dir);
  for (; ; ) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync2(candidate)) return candidate;
    const parent = dirname2(dir);
    if (existsSync2(join(dir, ".git")) || parent === dir) return void 0;
    dir = parent;
  }
}

export {
  CONFIG_FILE_NAME,
  defaultConfig,
  loadConfig,
  findConfig
};
