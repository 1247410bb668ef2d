// The plan stage as the plan and adopt commands run it: the repository
// config, then the ledger, then the manifests compared with it.

import type { Config } from "../config/config.js";
import type { Ledger } from "../ledger/ledger.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import { runPlanStage, type PlanStageResult } from "../plan/plan-stage.js";
import { loadCommandConfig } from "./command-config.js";
import type { Io, Palette } from "./io.js";
import { readLedger } from "./ledger-location.js";

export interface CommandPlanStage {
  config: Config;
  /** Warnings of the config, which the caller prints with the plan's. */
  configDiagnostics: Diagnostic[];
  ledger: Ledger;
  stage: PlanStageResult;
}

/**
 * Loads `--config FILE` and the ledger and runs the plan stage. Returns
 * undefined after printing the problem when the config or the ledger is invalid.
 */
export async function runCommandPlanStage(
  io: Io,
  configFile: string | undefined,
  colors: Palette,
): Promise<CommandPlanStage | undefined> {
  const loaded = await loadCommandConfig(io, configFile, colors);
  if (!loaded) return undefined;
  const { config } = loaded;
  const ledger = await readLedger(config, io.cwd);
  if (ledger.errors.length > 0) {
    for (const error of ledger.errors) io.stderr.write(`${error.message}\n`);
    return undefined;
  }
  const stage = await runPlanStage(config, ledger, io.cwd);
  return { config, configDiagnostics: loaded.diagnostics, ledger, stage };
}
