import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  discoverManifests,
  validateFiles
} from "./chunk-FQCY4IQI.js";
import {
  findConfig,
  loadConfig
} from "./chunk-X2OCYIDF.js";

// src/manifest/workspace.ts
async function loadWorkspace(options) {
  const { workingDir, paths = [] } = options;
  const configFile = options.configFile ?? findConfig(paths[0] ?? workingDir);
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
