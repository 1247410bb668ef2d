import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  reportDiagnostics,
  setPlanOutputs
} from "./chunk-GHWCUPEY.js";
import {
  core_exports,
  group,
  info,
  summary
} from "./chunk-P7TFCAEB.js";
import {
  loadWorkspace
} from "./chunk-W27JSDBC.js";
import "./chunk-Y7COZY6Q.js";
import {
  renderPlanMarkdown
} from "./chunk-UJ5RC7OV.js";
import "./chunk-OFGLKKVC.js";
import "./chunk-EVIFRMQ6.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-3Q2WI4HC.js";
import {
  defaultConfig
} from "./chunk-OX4IZVMW.js";
import "./chunk-INYBSYQT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-Y6MNB6HO.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-PRLSM53E.js";
import "./chunk-RVDFPOOV.js";

// src/action/validate-mode.ts
async function runValidateMode(settings) {
  const loaded = await group(
    "Validate manifests",
    () => loadWorkspace({ workingDir: settings.workingDirectory, configFile: settings.config })
  );
  const diagnostics = loaded.ok ? loaded.workspace.diagnostics : loaded.diagnostics;
  const failed = reportDiagnostics(diagnostics, settings);
  const config = loaded.ok ? loaded.workspace.config : defaultConfig(settings.workingDirectory);
  setPlanOutputs(core_exports, void 0);
  if (loaded.ok) info(`${loaded.workspace.fileCount} manifest files checked.`);
  await summary.addRaw(await renderPlanMarkdown(void 0, config, { diagnostics }), true).write();
  return failed ? "invalid" : "valid";
}
export {
  runValidateMode
};
