// Discover, load and validate in one call: the front of every command.

import { resolve } from "node:path";
import { loadConfig } from "../config/load-config.js";
import { findConfig } from "../config/find-config.js";
import type { Config } from "../config/config.js";
import type { Diagnostic } from "./diagnostic.js";
import { discoverManifests } from "./discover.js";
import type { ValidationResult } from "./validate.js";
import { validateFiles } from "./validate.js";

export interface WorkspaceOptions {
  workingDir: string;
  /** --config; otherwise the nearest .nx1-migrate.yaml to the first path or the working directory. */
  configFile?: string;
  /** Files or folders given on the command line; otherwise the config's globs. */
  paths?: readonly string[];
}

export type Workspace = { config: Config; files: string[] } & ValidationResult;

export type WorkspaceResult =
  { ok: true; workspace: Workspace } | { ok: false; diagnostics: Diagnostic[] };

export async function loadWorkspace(options: WorkspaceOptions): Promise<WorkspaceResult> {
  const { workingDir, paths = [] } = options;
  const configFile = options.configFile ?? findConfig(resolve(workingDir, paths[0] ?? "."));
  const loaded = await loadConfig(workingDir, configFile);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
  const files = await discoverManifests(loaded.config, workingDir, paths);
  const result = await validateFiles(files, loaded.config, workingDir);
  return {
    ok: true,
    workspace: {
      config: loaded.config,
      files,
      ...result,
      diagnostics: [...loaded.diagnostics, ...result.diagnostics],
    },
  };
}
