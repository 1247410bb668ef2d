// The repository config as every command after validate loads it.

import type { Config } from "../config/config.js";
import { findConfig } from "../config/find-config.js";
import { loadConfig } from "../config/load-config.js";
import type { Diagnostic } from "../manifest/diagnostic.js";
import { diagnosticsText } from "./diagnostics-output.js";
import type { Io, Palette } from "./io.js";

/**
 * Loads `--config FILE`, or the nearest `.nx1-migrate.yaml` to the working
 * directory. Returns undefined after printing the diagnostics when it is invalid.
 */
export async function loadCommandConfig(
  io: Io,
  configFile: string | undefined,
  colors: Palette,
): Promise<{ config: Config; diagnostics: Diagnostic[] } | undefined> {
  const loaded = await loadConfig(io.cwd, configFile ?? findConfig(io.cwd));
  if (loaded.ok) return loaded;
  io.stderr.write(diagnosticsText(loaded.diagnostics, colors));
  return undefined;
}
