import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  validateFiles
} from "./chunk-4HSDPOGC.js";
import {
  discoverManifests
} from "./chunk-IMTHH267.js";
import {
  findConfig,
  loadConfig
} from "./chunk-TPE7WJ5J.js";

// src/manifest/workspace.ts
import { resolve } from "node:path";
async function loadWorkspace(options) {
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
      diagnostics: [...loaded.diagnostics, ...result.diagnostics]
    }
  };
}

export {
  loadWorkspace
};
