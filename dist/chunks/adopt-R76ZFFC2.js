import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  checkRunId
} from "./chunk-MGOQZD25.js";
import {
  runCommandPlanStage
} from "./chunk-VJTOKM2S.js";
import {
  recordEntries
} from "./chunk-ELJQL3U4.js";
import {
  adoptEntry
} from "./chunk-MOL7OAST.js";
import "./chunk-SAVYQBJW.js";
import "./chunk-3QY33ORW.js";
import "./chunk-YFRX5Q6W.js";
import "./chunk-Y3JAT7FU.js";
import {
  fingerprint
} from "./chunk-BJ3XCCB4.js";
import "./chunk-J7XBUMAP.js";
import "./chunk-M67JKKTL.js";
import {
  countText,
  diagnosticsText
} from "./chunk-6CJ7BYDP.js";
import {
  parseCommandArgs
} from "./chunk-WTGXQXUI.js";
import "./chunk-IMTHH267.js";
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

// src/cli/commands/adopt.ts
var ADOPT_HELP = `Usage: nx1-migrate adopt [options]

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
async function adoptCommand(argv, io) {
  const { values } = parseCommandArgs(
    "adopt",
    argv,
    {
      "run-id": { type: "string", multiple: true },
      config: { type: "string" },
      "dry-run": { type: "boolean" },
      "no-push": { type: "boolean" },
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
  const planned = await runCommandPlanStage(io, values.config, colors);
  if (!planned) return 1;
  const { config, ledger, stage } = planned;
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
  const entries = [];
  for (const manifest of adoptable) {
    const runId = runIds.get(manifest.name);
    entries.push(
      adoptEntry(
        void 0,
        {
          name: manifest.name,
          fingerprint: fingerprint(manifest),
          request: manifest.request,
          source: stage.stamps.get(manifest.name),
          now
        },
        runId
      )
    );
    io.stdout.write(
      `${colors.green(values["dry-run"] ? "would adopt" : "adopted")} ${manifest.name}${runId ? ` (run ${runId})` : ""}
`
    );
  }
  if (values["dry-run"] || entries.length === 0) {
    io.stdout.write(
      `${values["dry-run"] ? "Would record" : "Recorded"} ${entries.length} ${entries.length === 1 ? "manifest" : "manifests"} as submitted.
`
    );
    return 0;
  }
  const where = await recordEntries(
    config,
    io.cwd,
    entries,
    `nx1-migrate: adopt ${entries.length} ${entries.length === 1 ? "manifest" : "manifests"} [skip ci]

Recorded as submitted without calling the API.
`,
    !values["no-push"]
  );
  io.stdout.write(
    `Recorded ${entries.length} ${entries.length === 1 ? "manifest" : "manifests"} as submitted. ${where}
`
  );
  return 0;
}
export {
  ADOPT_HELP,
  adoptCommand
};
