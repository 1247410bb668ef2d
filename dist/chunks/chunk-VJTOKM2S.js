import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  loadCommandConfig
} from "./chunk-SAVYQBJW.js";
import {
  runPlanStage
} from "./chunk-YFRX5Q6W.js";
import {
  readLedger
} from "./chunk-Y3JAT7FU.js";

// src/cli/command-plan.ts
async function runCommandPlanStage(io, configFile, colors) {
  const loaded = await loadCommandConfig(io, configFile, colors);
  if (!loaded) return void 0;
  const { config } = loaded;
  const ledger = await readLedger(config, io.cwd);
  if (ledger.errors.length > 0) {
    for (const error of ledger.errors) io.stderr.write(`${error.message}
`);
    return void 0;
  }
  const stage = await runPlanStage(config, ledger, io.cwd);
  return { config, configDiagnostics: loaded.diagnostics, ledger, stage };
}

export {
  runCommandPlanStage
};
