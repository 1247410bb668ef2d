import { loadCommandConfig } from "../command-config.js";
import { discardAttempt, resolveWithRunId } from "../../ledger/transitions.js";
import { parseCommandArgs } from "../args.js";
import type { Io } from "../io.js";
import { palette, useColor } from "../io.js";
import { readLedger, recordEntries } from "../ledger-location.js";
import { UsageError } from "../usage-error.js";

export const RESOLVE_HELP = `Usage: nx1-migrate resolve NAME (--run-id ID | --discard) [options]

Settle a blocked manifest: one whose last submission has an unknown
outcome, or was left in \`submitting\` by an apply that stopped. Look the
run up on the Nx1 platform first.

  --run-id ID     the run exists: record it as submitted with this id
  --discard       no run was created: the next apply submits again
  --note TEXT     why, kept in the history
  --config FILE   repository config (default: the nearest .nx1-migrate.yaml)
  -h, --help      show this help

Commit the status file it changes; with a ledger branch, resolve commits and
pushes it there.
`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Throws a usage error unless `runId` is a UUID, the format of the API's
 * `run_id`. `argument` is the option as the user wrote it, for the message.
 */
export function checkRunId(runId: string, argument: string): void {
  if (!UUID.test(runId))
    throw new UsageError(
      `invalid run id ${JSON.stringify(runId)} given to ${argument}; Nx1 run ids are UUIDs such as 3f2c8a9e-6b1d-4c1e-9a57-0d6f1b2e4c11`,
    );
}

export async function resolveCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs("resolve", argv, {
    "run-id": { type: "string" },
    discard: { type: "boolean" },
    note: { type: "string" },
    config: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    io.stdout.write(RESOLVE_HELP);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name === undefined || extra.length > 0)
    throw new UsageError(
      "give exactly one manifest NAME, as in `nx1-migrate resolve sales-orders --run-id ID`",
    );
  const runId = values["run-id"];
  if ((runId === undefined) === (values.discard !== true))
    throw new UsageError("give either --run-id ID or --discard");
  if (runId !== undefined) checkRunId(runId, `--run-id ${runId}`);

  const colors = palette(useColor(io));
  const loaded = await loadCommandConfig(io, values.config, colors);
  if (!loaded) return 1;
  const { config } = loaded;
  const ledger = await readLedger(config, io.cwd);
  const broken = ledger.errors.find((error) => error.file.endsWith(`/${name}.json`));
  if (broken) {
    io.stderr.write(`${broken.message}\n`);
    return 1;
  }
  const entry = ledger.entries.get(name);
  if (!entry) {
    io.stderr.write(
      `nx1-migrate: no ledger entry named ${JSON.stringify(name)} in ${config.ledgerPath}; run \`nx1-migrate plan\` to see the blocked manifests\n`,
    );
    return 1;
  }
  if (entry.state !== "unknown" && entry.state !== "submitting") {
    io.stderr.write(
      `nx1-migrate: ${name} is ${entry.state}, not blocked; resolve settles only unknown or submitting entries\n`,
    );
    return 1;
  }
  const now = new Date().toISOString();
  const next =
    runId !== undefined
      ? resolveWithRunId(entry, runId, { now, note: values.note })
      : discardAttempt(entry, { now, note: values.note });
  const message =
    runId !== undefined
      ? `nx1-migrate: resolve ${name} with run ${runId} [skip ci]\n`
      : `nx1-migrate: discard the last attempt of ${name} [skip ci]\n`;
  const where = await recordEntries(config, io.cwd, [next], message, true);
  io.stdout.write(
    runId !== undefined
      ? `Recorded ${name} as submitted with run ${runId}. ${where}\n`
      : `Discarded the last attempt of ${name}; the next apply submits it again. ${where}\n`,
  );
  return 0;
}
