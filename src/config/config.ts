// The repository config, `.nx1-migrate.yaml`: where things live, API
// settings, defaults merged under every manifest, and rule severities.

import type { Severity } from "../manifest/diagnostic.js";
import type { YamlSource } from "../manifest/yaml-source.js";

export type RuleSeverity = Severity | "off";

export interface Config {
  /** The config file, or undefined when the built-in defaults apply. */
  file?: string;
  /** Folder that relative paths in the config are resolved against. */
  baseDir: string;
  manifests: string[];
  exclude: string[];
  ledgerPath: string;
  ledgerBranch?: string;
  reportsPath: string;
  reportsEnabled: boolean;
  apiUrl?: string;
  timeoutSeconds: number;
  concurrency: number;
  defaults: Record<string, unknown>;
  rules: Record<string, RuleSeverity>;
  templates: { plan?: string; report?: string; index?: string; apply?: string };
  git: { remote: string; authorName: string; authorEmail: string };
  /** SHA-256 of the config text, so a plan can tell whether defaults changed. Empty without a file. */
  hash: string;
  /** Parsed config, to locate diagnostics about `defaults`. */
  source?: YamlSource;
}

export const DEFAULT_AUTHOR = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

export function defaultConfig(baseDir: string): Config {
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
    hash: "",
  };
}
