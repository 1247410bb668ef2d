import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  recordEntries
} from "./chunk-ELJQL3U4.js";
import {
  discardAttempt,
  resolveWithRunId
} from "./chunk-MOL7OAST.js";
import {
  loadCommandConfig
} from "./chunk-SAVYQBJW.js";
import {
  readLedger
} from "./chunk-Y3JAT7FU.js";
import {
  parseCommandArgs
} from "./chunk-WTGXQXUI.js";
import {
  palette,
  useColor
} from "./chunk-O4P2WUOQ.js";
import {
  UsageError
} from "./chunk-CFXFCYK2.js";

// src/cli/commands/resolve.ts
var RESOLVE_HELP = `Usage: nx1-migrate resolve NAME (--run-id ID | --discard) [options]

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
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function checkRunId(runId, argument) {
  if (!UUID.test(runId))
    throw new UsageError(
      `invalid run id ${JSON.stringify(runId)} given to ${argument}; Nx1 run ids are UUIDs such as 3f2c8a9e-6b1d-4c1e-9a57-0d6f1b2e4c11`
    );
}
async function resolveCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("resolve", argv, {
    "run-id": { type: "string" },
    discard: { type: "boolean" },
    note: { type: "string" },
    config: { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    io.stdout.write(RESOLVE_HELP);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (name === void 0 || extra.length > 0)
    throw new UsageError(
      "give exactly one manifest NAME, as in `nx1-migrate resolve sales-orders --run-id ID`"
    );
  const runId = values["run-id"];
  if (runId === void 0 === (values.discard !== true))
    throw new UsageError("give either --run-id ID or --discard");
  if (runId !== void 0) checkRunId(runId, `--run-id ${runId}`);
  const colors = palette(useColor(io));
  const loaded = await loadCommandConfig(io, values.config, colors);
  if (!loaded) return 1;
  const { config } = loaded;
  const ledger = await readLedger(config, io.cwd);
  const broken = ledger.errors.find((error) => error.file.endsWith(`/${name}.json`));
  if (broken) {
    io.stderr.write(`${broken.message}
`);
    return 1;
  }
  const entry = ledger.entries.get(name);
  if (!entry) {
    io.stderr.write(
      `nx1-migrate: no ledger entry named ${JSON.stringify(name)} in ${config.ledgerPath}; run \`nx1-migrate plan\` to see the blocked manifests
`
    );
    return 1;
  }
  if (entry.state !== "unknown" && entry.state !== "submitting") {
    io.stderr.write(
      `nx1-migrate: ${name} is ${entry.state}, not blocked; resolve settles only unknown or submitting entries
`
    );
    return 1;
  }
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const next = runId !== void 0 ? resolveWithRunId(entry, runId, { now, note: values.note }) : discardAttempt(entry, { now, note: values.note });
  const message = runId !== void 0 ? `nx1-migrate: resolve ${name} with run ${runId} [skip ci]
` : `nx1-migrate: discard the last attempt of ${name} [skip ci]
`;
  const where = await recordEntries(config, io.cwd, [next], message, true);
  io.stdout.write(
    runId !== void 0 ? `Recorded ${name} as submitted with run ${runId}. ${where}
` : `Discarded the last attempt of ${name}; the next apply submits it again. ${where}
`
  );
  return 0;
}

export {
  RESOLVE_HELP,
  checkRunId,
  resolveCommand
};
