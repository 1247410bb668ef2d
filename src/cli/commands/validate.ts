import { PathNotFoundError } from "../../manifest/discover.js";
import { loadWorkspace } from "../../manifest/workspace.js";
import { choice, parseCommandArgs } from "../args.js";
import { countText, diagnosticsText, hasErrors } from "../diagnostics-output.js";
import type { Io } from "../io.js";
import { palette, useColor } from "../io.js";
import { UsageError } from "../usage-error.js";

export const VALIDATE_HELP = `Usage: nx1-migrate validate [PATH...] [options]

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

export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", argv, {
    config: { type: "string" },
    format: { type: "string" },
    "fail-on-warnings": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const format = choice("format", values.format, ["text", "json"] as const, "text");
  let result: Awaited<ReturnType<typeof loadWorkspace>>;
  try {
    result = await loadWorkspace({
      workingDir: io.cwd,
      configFile: values.config,
      paths: positionals,
    });
  } catch (error) {
    // A path that does not exist is a mistake in the command line, not an invalid manifest.
    if (error instanceof PathNotFoundError) throw new UsageError(error.message);
    throw error;
  }
  // Paths given on the command line that hold no manifest are a mistake too; without
  // paths, a repository may have no manifests yet, so that only gets a notice below.
  if (result.ok && result.workspace.fileCount === 0 && positionals.length > 0)
    throw new UsageError(
      `no manifest found in ${positionals.join(", ")}; give a .yaml or .yml file, or a folder that contains some`,
    );
  const diagnostics = result.ok ? result.workspace.diagnostics : result.diagnostics;
  const failed =
    hasErrors(diagnostics) || (values["fail-on-warnings"] === true && diagnostics.length > 0);
  if (format === "json") {
    const report = {
      valid: !failed,
      files: result.ok ? result.workspace.fileCount : 0,
      manifests: result.ok
        ? result.workspace.manifests.map((manifest) => ({
            name: manifest.name,
            file: manifest.file,
          }))
        : [],
      errors: diagnostics.filter((item) => item.severity === "error").length,
      warnings: diagnostics.filter((item) => item.severity === "warning").length,
      diagnostics,
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const colors = palette(useColor(io));
  io.stdout.write(diagnosticsText(diagnostics, colors));
  const fileCount = result.ok ? result.workspace.fileCount : 0;
  const summary = `${fileCount} ${fileCount === 1 ? "file" : "files"} checked: ${countText(diagnostics)}`;
  io.stdout.write(`${failed ? colors.red(summary) : colors.green(summary)}\n`);
  if (result.ok && fileCount === 0)
    io.stderr.write("No manifests found. Give a path, or set `manifests:` in .nx1-migrate.yaml.\n");
  return failed ? 1 : 0;
}
