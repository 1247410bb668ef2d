import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  runCommandPlanStage
} from "./chunk-VJTOKM2S.js";
import "./chunk-ELJQL3U4.js";
import {
  renderPlanMarkdown
} from "./chunk-UJ5RC7OV.js";
import "./chunk-SAVYQBJW.js";
import "./chunk-3QY33ORW.js";
import "./chunk-YFRX5Q6W.js";
import "./chunk-Y3JAT7FU.js";
import {
  planToJson,
  renderPlanText
} from "./chunk-OFGLKKVC.js";
import "./chunk-BJ3XCCB4.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-M67JKKTL.js";
import {
  countText,
  diagnosticsText
} from "./chunk-6CJ7BYDP.js";
import {
  choice,
  parseCommandArgs
} from "./chunk-WTGXQXUI.js";
import "./chunk-IMTHH267.js";
import "./chunk-TPE7WJ5J.js";
import {
  palette,
  useColor
} from "./chunk-O4P2WUOQ.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-44LEY7PT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-PRLSM53E.js";
import "./chunk-RVDFPOOV.js";

// src/cli/commands/plan.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var PLAN_HELP = `Usage: nx1-migrate plan [options]

Compare every manifest with the ledger and show what apply would submit:
  + create     no run recorded for this manifest
  ~ update     the request changed since the last submission (with a diff)
  - removed    a ledger entry without a manifest (history is kept)
  ! blocked    an earlier outcome is unknown; settle it with \`nx1-migrate resolve\`
Unchanged manifests are counted, and listed with --show-unchanged.

Options:
  --config FILE                 repository config (default: the nearest .nx1-migrate.yaml)
  --format text|json|markdown   output format (default text); markdown is the PR comment
  --json                        same as --format json
  --out FILE                    also write the output to FILE
  --show-unchanged              list unchanged manifests too
  -h, --help                    show this help

Exit status: 0 planned (with or without changes), 1 invalid manifests or
ledger, 2 usage error.
`;
async function planCommand(argv, io) {
  const { values } = parseCommandArgs(
    "plan",
    argv,
    {
      config: { type: "string" },
      format: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      "show-unchanged": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout.write(PLAN_HELP);
    return 0;
  }
  const format = values.json ? "json" : choice("format", values.format, ["text", "json", "markdown"], "text");
  const colors = palette(useColor(io) && format === "text" && values.out === void 0);
  const planned = await runCommandPlanStage(io, values.config, colors);
  if (!planned) return 1;
  const { config, configDiagnostics, stage } = planned;
  const diagnostics = [...configDiagnostics, ...stage.diagnostics];
  if (!stage.plan) {
    if (format === "json")
      io.stdout.write(`${JSON.stringify({ format: 1, valid: false, diagnostics }, null, 2)}
`);
    io.stderr.write(diagnosticsText(diagnostics, colors));
    io.stderr.write(
      `Plan failed: ${countText(diagnostics)} in ${stage.fileCount} files. Fix them and run plan again.
`
    );
    return 1;
  }
  if (diagnostics.length > 0) io.stderr.write(diagnosticsText(diagnostics, colors));
  let output;
  if (format === "json") output = `${JSON.stringify(planToJson(stage.plan), null, 2)}
`;
  else if (format === "markdown")
    output = await renderPlanMarkdown(stage.plan, config, { diagnostics });
  else output = renderPlanText(stage.plan, colors, { showUnchanged: values["show-unchanged"] });
  io.stdout.write(output);
  if (values.out) await writeFile(resolve(io.cwd, values.out), output);
  return 0;
}
export {
  PLAN_HELP,
  planCommand
};
