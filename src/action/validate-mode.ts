// Mode validate: check every manifest, annotate, summarize.

import * as core from "@actions/core";
import { loadWorkspace } from "../manifest/workspace.js";
import { renderPlanMarkdown } from "../report/render-plan.js";
import { defaultConfig } from "../config/config.js";
import type { ActionSettings } from "./settings.js";
import type { ActionResult } from "./outputs.js";
import { setPlanOutputs } from "./outputs.js";
import { reportDiagnostics } from "./diagnostics.js";

export async function runValidateMode(settings: ActionSettings): Promise<ActionResult> {
  const loaded = await core.group("Validate manifests", () =>
    loadWorkspace({ workingDir: settings.workingDirectory, configFile: settings.config }),
  );
  const diagnostics = loaded.ok ? loaded.workspace.diagnostics : loaded.diagnostics;
  const failed = reportDiagnostics(diagnostics, settings);
  const config = loaded.ok ? loaded.workspace.config : defaultConfig(settings.workingDirectory);
  setPlanOutputs(core, undefined);
  if (loaded.ok) core.info(`${loaded.workspace.fileCount} manifest files checked.`);
  await core.summary
    .addRaw(await renderPlanMarkdown(undefined, config, { diagnostics }), true)
    .write();
  return failed ? "invalid" : "valid";
}
