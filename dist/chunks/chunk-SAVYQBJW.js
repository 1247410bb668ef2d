import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  diagnosticsText
} from "./chunk-6CJ7BYDP.js";
import {
  findConfig,
  loadConfig
} from "./chunk-TPE7WJ5J.js";

// src/cli/command-config.ts
async function loadCommandConfig(io, configFile, colors) {
  const loaded = await loadConfig(io.cwd, configFile ?? findConfig(io.cwd));
  if (loaded.ok) return loaded;
  io.stderr.write(diagnosticsText(loaded.diagnostics, colors));
  return void 0;
}

export {
  loadCommandConfig
};
