import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  reportDiagnostics,
  setPlanOutputs
} from "./chunk-X3XGNUMF.js";
import {
  core_exports,
  group,
  info,
  summary
} from "./chunk-P7TFCAEB.js";
import {
  loadWorkspace
} from "./chunk-LOOINQJI.js";
import "./chunk-4HSDPOGC.js";
import {
  renderPlanMarkdown
} from "./chunk-UJ5RC7OV.js";
import "./chunk-OFGLKKVC.js";
import "./chunk-BJ3XCCB4.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-IMTHH267.js";
import {
  defaultConfig
} from "./chunk-TPE7WJ5J.js";
import "./chunk-44LEY7PT.js";
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
