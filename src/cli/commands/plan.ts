import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { runCommandPlanStage } from "../command-plan.js";
import { renderPlanMarkdown } from "../../report/render-plan.js";
import { planToJson } from "../../plan/render-json.js";
import { renderPlanText } from "../../plan/render-text.js";
import { choice, parseCommandArgs } from "../args.js";
import { countText, diagnosticsText } from "../diagnostics-output.js";
import type { Io } from "../io.js";
import { palette, useColor } from "../io.js";

export const PLAN_HELP = `Usage: nx1-migrate plan [options]

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

export async function planCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(
    "plan",
    argv,
    {
      config: { type: "string" },
      format: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      "show-unchanged": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    false,
  );
  if (values.help) {
    io.stdout.write(PLAN_HELP);
    return 0;
  }
  const format = values.json
    ? "json"
    : choice("format", values.format, ["text", "json", "markdown"] as const, "text");
  const colors = palette(useColor(io) && format === "text" && values.out === undefined);
  const planned = await runCommandPlanStage(io, values.config, colors);
  if (!planned) return 1;
  const { config, configDiagnostics, stage } = planned;
  const diagnostics = [...configDiagnostics, ...stage.diagnostics];
  if (!stage.plan) {
    // A script reading --json receives JSON either way: with no plan, the diagnostics.
    if (format === "json")
      io.stdout.write(`${JSON.stringify({ format: 1, valid: false, diagnostics }, null, 2)}\n`);
    io.stderr.write(diagnosticsText(diagnostics, colors));
    io.stderr.write(
      `Plan failed: ${countText(diagnostics)} in ${stage.fileCount} files. Fix them and run plan again.\n`,
    );
    return 1;
  }
  if (diagnostics.length > 0) io.stderr.write(diagnosticsText(diagnostics, colors));
  let output: string;
  if (format === "json") output = `${JSON.stringify(planToJson(stage.plan), null, 2)}\n`;
  else if (format === "markdown")
    output = await renderPlanMarkdown(stage.plan, config, { diagnostics });
  else output = renderPlanText(stage.plan, colors, { showUnchanged: values["show-unchanged"] });
  io.stdout.write(output);
  if (values.out) await writeFile(resolve(io.cwd, values.out), output);
  return 0;
}
