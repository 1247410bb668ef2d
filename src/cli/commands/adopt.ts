import { runCommandPlanStage } from "../command-plan.js";
import type { StatusFile } from "../../ledger/status-file.js";
import { adoptEntry } from "../../ledger/transitions.js";
import { fingerprint } from "../../plan/fingerprint.js";
import { parseCommandArgs } from "../args.js";
import { countText, diagnosticsText } from "../diagnostics-output.js";
import type { Io } from "../io.js";
import { palette, useColor } from "../io.js";
import { recordEntries } from "../ledger-location.js";
import { UsageError } from "../usage-error.js";
import { checkRunId } from "./resolve.js";

export const ADOPT_HELP = `Usage: nx1-migrate adopt [options]

Record the current manifests as already submitted, without calling the API,
so that a repository that ran its migrations before adopting nx1-migrate
does not start them all again on its first apply. Only manifests without a
ledger entry are recorded; the rest are left as they are. Commit the status
files it writes; with a ledger branch, adopt commits and pushes them there.

Options:
  --run-id NAME=ID    run id of a manifest, when known (repeatable)
  --config FILE       repository config (default: the nearest .nx1-migrate.yaml)
  --dry-run           show what would be recorded, write nothing
  --no-push           with a ledger branch: commit, but do not push
  -h, --help          show this help
`;

export async function adoptCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(
    "adopt",
    argv,
    {
      "run-id": { type: "string", multiple: true },
      config: { type: "string" },
      "dry-run": { type: "boolean" },
      "no-push": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    false,
  );
  if (values.help) {
    io.stdout.write(ADOPT_HELP);
    return 0;
  }
  const runIds = new Map<string, string>();
  for (const pair of values["run-id"] ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(pair);
    if (!match) throw new UsageError(`invalid --run-id ${JSON.stringify(pair)}; write NAME=RUN_ID`);
    checkRunId(match[2] as string, `--run-id ${pair}`);
    runIds.set(match[1] as string, match[2] as string);
  }
  const colors = palette(useColor(io));
  const planned = await runCommandPlanStage(io, values.config, colors);
  if (!planned) return 1;
  const { config, ledger, stage } = planned;
  if (!stage.plan) {
    io.stderr.write(diagnosticsText(stage.diagnostics, colors));
    io.stderr.write(`Adopt failed: ${countText(stage.diagnostics)}. Fix them first.\n`);
    return 1;
  }
  // A `create` item may still have a ledger entry, such as a discarded first attempt.
  // Adopt skips it, so that its history stays.
  const adoptable = stage.plan.items.flatMap((item) =>
    item.action === "create" && item.manifest && !ledger.entries.has(item.name)
      ? [item.manifest]
      : [],
  );
  const known = new Set(adoptable.map((manifest) => manifest.name));
  for (const name of runIds.keys()) {
    if (!known.has(name))
      throw new UsageError(
        `--run-id names ${JSON.stringify(name)}, which is not a manifest without a ledger entry`,
      );
  }
  const now = new Date().toISOString();
  const entries: StatusFile[] = [];
  for (const manifest of adoptable) {
    const runId = runIds.get(manifest.name);
    entries.push(
      adoptEntry(
        undefined,
        {
          name: manifest.name,
          fingerprint: fingerprint(manifest),
          request: manifest.request,
          source: stage.stamps.get(manifest.name),
          now,
        },
        runId,
      ),
    );
    io.stdout.write(
      `${colors.green(values["dry-run"] ? "would adopt" : "adopted")} ${manifest.name}${runId ? ` (run ${runId})` : ""}\n`,
    );
  }
  if (values["dry-run"] || entries.length === 0) {
    io.stdout.write(
      `${values["dry-run"] ? "Would record" : "Recorded"} ${entries.length} ${entries.length === 1 ? "manifest" : "manifests"} as submitted.\n`,
    );
    return 0;
  }
  const where = await recordEntries(
    config,
    io.cwd,
    entries,
    `nx1-migrate: adopt ${entries.length} ${entries.length === 1 ? "manifest" : "manifests"} [skip ci]\n\nRecorded as submitted without calling the API.\n`,
    !values["no-push"],
  );
  io.stdout.write(
    `Recorded ${entries.length} ${entries.length === 1 ? "manifest" : "manifests"} as submitted. ${where}\n`,
  );
  return 0;
}
