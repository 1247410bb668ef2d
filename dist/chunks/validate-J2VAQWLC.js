import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  loadWorkspace
} from "./chunk-LOOINQJI.js";
import "./chunk-4HSDPOGC.js";
import {
  countText,
  diagnosticsText,
  hasErrors
} from "./chunk-6CJ7BYDP.js";
import {
  choice,
  parseCommandArgs
} from "./chunk-WTGXQXUI.js";
import {
  PathNotFoundError
} from "./chunk-IMTHH267.js";
import "./chunk-TPE7WJ5J.js";
import {
  palette,
  useColor
} from "./chunk-O4P2WUOQ.js";
import {
  UsageError
} from "./chunk-CFXFCYK2.js";
import "./chunk-44LEY7PT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";

// src/cli/commands/validate.ts
var VALIDATE_HELP = `Usage: nx1-migrate validate [PATH...] [options]

Check manifests against the schema and the rules, and print every problem
as FILE:LINE:COL: error|warning: MESSAGE [RULE-ID].

PATH is a manifest file or a folder searched for *.yaml and *.yml. Without
PATH, the globs of the repository config apply (default migrations/).

Options:
  --config FILE          repository config (default: the nearest .nx1-migrate.yaml)
  --format text|json     output format (default text)
  --fail-on-warnings     exit 1 on warnings too
  -h, --help             show this help

Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error, or a PATH
that does not exist or holds no manifest.
`;
async function validateCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("validate", argv, {
    config: { type: "string" },
    format: { type: "string" },
    "fail-on-warnings": { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const format = choice("format", values.format, ["text", "json"], "text");
  let result;
  try {
    result = await loadWorkspace({
      workingDir: io.cwd,
      configFile: values.config,
      paths: positionals
    });
  } catch (error) {
    if (error instanceof PathNotFoundError) throw new UsageError(error.message);
    throw error;
  }
  if (result.ok && result.workspace.fileCount === 0 && positionals.length > 0)
    throw new UsageError(
      `no manifest found in ${positionals.join(", ")}; give a .yaml or .yml file, or a folder that contains some`
    );
  const diagnostics = result.ok ? result.workspace.diagnostics : result.diagnostics;
  const failed = hasErrors(diagnostics) || values["fail-on-warnings"] === true && diagnostics.length > 0;
  if (format === "json") {
    const report = {
      valid: !failed,
      files: result.ok ? result.workspace.fileCount : 0,
      manifests: result.ok ? result.workspace.manifests.map((manifest) => ({
        name: manifest.name,
        file: manifest.file
      })) : [],
      errors: diagnostics.filter((item) => item.severity === "error").length,
      warnings: diagnostics.filter((item) => item.severity === "warning").length,
      diagnostics
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
    return failed ? 1 : 0;
  }
  const colors = palette(useColor(io));
  io.stdout.write(diagnosticsText(diagnostics, colors));
  const fileCount = result.ok ? result.workspace.fileCount : 0;
  const summary = `${fileCount} ${fileCount === 1 ? "file" : "files"} checked: ${countText(diagnostics)}`;
  io.stdout.write(`${failed ? colors.red(summary) : colors.green(summary)}
`);
  if (result.ok && fileCount === 0)
    io.stderr.write("No manifests found. Give a path, or set `manifests:` in .nx1-migrate.yaml.\n");
  return failed ? 1 : 0;
}
export {
  VALIDATE_HELP,
  validateCommand
};
