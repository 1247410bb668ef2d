import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  reportDiagnostics,
  setPlanOutputs
} from "./chunk-E2XOLBYH.js";
import {
  core_exports,
  group,
  info,
  summary
} from "./chunk-P7TFCAEB.js";
import {
  loadWorkspace
} from "./chunk-XJUEPQWK.js";
import "./chunk-7UFXNERQ.js";
import {
  renderPlanMarkdown
} from "./chunk-UJ5RC7OV.js";
import "./chunk-OFGLKKVC.js";
import "./chunk-2D3SY4YJ.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-T5RYVP2G.js";
import {
  defaultConfig
} from "./chunk-EGHSBOLL.js";
import "./chunk-52RR7UOO.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
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
