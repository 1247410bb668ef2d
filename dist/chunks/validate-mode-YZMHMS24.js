import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  reportDiagnostics,
  setPlanOutputs
} from "./chunk-KY4ZPIQU.js";
import {
  core_exports,
  group,
  info,
  summary
} from "./chunk-P7MQIGDK.js";
import {
  loadWorkspace
} from "./chunk-LNOR3OYZ.js";
import {
  renderPlanMarkdown
} from "./chunk-M3OLAYMA.js";
import "./chunk-PIWTHBYT.js";
import "./chunk-VC4VDWGF.js";
import "./chunk-FQCY4IQI.js";
import {
  defaultConfig
} from "./chunk-X2OCYIDF.js";
import "./chunk-Y6FB6GGR.js";
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
