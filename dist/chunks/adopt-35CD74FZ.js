import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  runPlanStage
} from "./chunk-GQ4KBIKT.js";
import {
  fingerprint
} from "./chunk-VC4VDWGF.js";
import "./chunk-M67JKKTL.js";
import "./chunk-FQCY4IQI.js";
import {
  checkRunId
} from "./chunk-5YK4ZRFL.js";
import {
  openLedgerSource
} from "./chunk-GOOMPL3D.js";
import "./chunk-O7WXVZ7D.js";
import {
  adoptEntry
} from "./chunk-OY2UHJAE.js";
import {
  writeStatusFile
} from "./chunk-ZVHKIQCU.js";
import {
  countText,
  diagnosticsText
} from "./chunk-IQCTCAWX.js";
import {
  findConfig,
  loadConfig
} from "./chunk-X2OCYIDF.js";
import "./chunk-Y6FB6GGR.js";
import {
  palette,
  useColor
} from "./chunk-O4P2WUOQ.js";
import {
  parseCommandArgs
} from "./chunk-Y6XXUIMQ.js";
import {
  UsageError
} from "./chunk-CFXFCYK2.js";
import "./chunk-RVDFPOOV.js";

// src/cli/commands/adopt.ts
import { join } from "node:path";
var ADOPT_HELP = `Usage: nx1-migrate adopt [options]

Record the current manifests as already submitted, without calling the API,
so that a repository that ran its migrations before adopting nx1-migrate
does not start them all again on its first apply. Only manifests without a
ledger entry are recorded; the rest are left as they are. Commit the status
files it writes.

Options:
  --run-id NAME=ID    run id of a manifest, when known (repeatable)
  --config FILE       repository config (default: the nearest .nx1-migrate.yaml)
  --dry-run           show what would be recorded, write nothing
  -h, --help          show this help
`;
async function adoptCommand(argv, io) {
  const { values } = parseCommandArgs(
    "adopt",
    argv,
    {
      "run-id": { type: "string", multiple: true },
      config: { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout.write(ADOPT_HELP);
    return 0;
  }
  const runIds = /* @__PURE__ */ new Map();
  for (const pair of values["run-id"] ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(pair);
    if (!match) throw new UsageError(`invalid --run-id ${JSON.stringify(pair)}; write NAME=RUN_ID`);
    checkRunId(match[2], `--run-id ${pair}`);
    runIds.set(match[1], match[2]);
  }
  const colors = palette(useColor(io));
  const loaded = await loadConfig(io.cwd, values.config ?? findConfig(io.cwd));
  if (!loaded.ok) {
    io.stderr.write(diagnosticsText(loaded.diagnostics, colors));
    return 1;
  }
  const { config } = loaded;
  const ledger = await (await openLedgerSource(config, io)).read();
  if (ledger.errors.length > 0) {
    for (const error of ledger.errors) io.stderr.write(`${error.message}
`);
    return 1;
  }
  const stage = await runPlanStage(config, ledger, io.cwd);
  if (!stage.plan) {
    io.stderr.write(diagnosticsText(stage.diagnostics, colors));
    io.stderr.write(`Adopt failed: ${countText(stage.diagnostics)}. Fix them first.
`);
    return 1;
  }
  const adoptable = stage.plan.items.flatMap(
    (item) => item.action === "create" && item.manifest && !ledger.entries.has(item.name) ? [item.manifest] : []
  );
  const known = new Set(adoptable.map((manifest) => manifest.name));
  for (const name of runIds.keys()) {
    if (!known.has(name))
      throw new UsageError(
        `--run-id names ${JSON.stringify(name)}, which is not a manifest without a ledger entry`
      );
  }
  const now = (/* @__PURE__ */ new Date()).toISOString();
  let adopted = 0;
  for (const manifest of adoptable) {
    const runId = runIds.get(manifest.name);
    const entry = adoptEntry(
      void 0,
      {
        name: manifest.name,
        fingerprint: fingerprint(manifest),
        request: manifest.request,
        source: stage.stamps.get(manifest.name),
        now
      },
      runId
    );
    if (!values["dry-run"]) await writeStatusFile(join(config.baseDir, config.ledgerPath), entry);
    io.stdout.write(
      `${colors.green(values["dry-run"] ? "would adopt" : "adopted")} ${manifest.name}${runId ? ` (run ${runId})` : ""}
`
    );
    adopted++;
  }
  const verb = values["dry-run"] ? "Would record" : "Recorded";
  io.stdout.write(
    `${verb} ${adopted} ${adopted === 1 ? "manifest" : "manifests"} as submitted in ${config.ledgerPath}${adopted > 0 && !values["dry-run"] ? "; commit the status files" : ""}.
`
  );
  return 0;
}
export {
  ADOPT_HELP,
  adoptCommand
};
