import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  ApplyAbortedError,
  RecordingFailedError,
  clientOptionsFromEnv,
  createNx1Client,
  resultToJson,
  retryMessage,
  runApply
} from "./chunk-QTZOYGZF.js";
import "./chunk-MOL7OAST.js";
import {
  loadCommandConfig
} from "./chunk-SAVYQBJW.js";
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
  parseCommandArgs,
  positiveInteger,
  positiveNumber
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
import "./chunk-PRLSM53E.js";
import "./chunk-RVDFPOOV.js";

// src/cli/apply-output.ts
var OUTCOME_TEXT = {
  created: "submitted",
  rejected: "rejected",
  unknown: "unknown",
  "not-sent": "not sent"
};
function outcomeText(result) {
  return OUTCOME_TEXT[result.outcome];
}
function progressPrinter(io, colors) {
  const bar = io.stderr.isTTY === true;
  let barShown = false;
  const clearBar = () => {
    if (barShown) io.stderr.write("\r\x1B[2K");
    barShown = false;
  };
  return (event) => {
    if (event.type === "start") {
      io.stdout.write(
        colors.dim("Recording the batch as submitting before the first request...\n")
      );
    } else if (event.type === "recorded-submitting") {
      io.stdout.write(
        colors.dim(
          `Recorded as submitting${event.commit ? ` in ${event.commit.slice(0, 12)}` : ""}${event.pushed ? " and pushed" : ""}.
`
        )
      );
    } else if (event.type === "outcome") {
      clearBar();
      const { result, done, total } = event;
      const colour = result.outcome === "created" ? colors.green : colors.red;
      const detail = result.runId ? `run ${result.runId}` : result.detail ?? "";
      io.stdout.write(
        `[${String(done).padStart(String(total).length)}/${total}] ${colour(outcomeText(result).padEnd(9))} ${result.name}  ${colors.dim(detail)}
`
      );
      if (bar && done < total) {
        const width = 30;
        const filled = Math.round(done / total * width);
        io.stderr.write(`[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
        barShown = true;
      }
    } else if (event.type === "published") {
      clearBar();
    }
  };
}
function resultTable(results, colors) {
  if (results.length === 0) return "";
  const nameWidth = Math.max(4, ...results.map((result) => result.name.length));
  const header = `${"NAME".padEnd(nameWidth)}  ${"OUTCOME".padEnd(9)}  RUN ID`;
  const rows = results.map((result) => {
    const colour = result.outcome === "created" ? colors.green : colors.red;
    return `${result.name.padEnd(nameWidth)}  ${colour(outcomeText(result).padEnd(9))}  ${result.runId ?? "-"}`;
  });
  return `
${header}
${rows.join("\n")}
`;
}

// src/cli/commands/apply.ts
var APPLY_HELP = `Usage: nx1-migrate apply [options]

Submit every manifest that plan shows as create or update to the Nx1 API,
at most once per change, record the outcomes as status files, render the
reports, and commit and push them in one commit.

Options:
  --config FILE        repository config (default: the nearest .nx1-migrate.yaml)
  --api-url URL        Nx1 API base URL (default: NX1_API_URL, then api.url in the config)
  --concurrency N      requests in flight at once (default: api.concurrency, else 4)
  --timeout SECONDS    timeout of one request (default: api.timeout_seconds, else 30)
  --branch NAME        branch to push to (required with a detached HEAD)
  --no-commit          write status files and reports, but do not commit
                       (not with ledger.branch: use --no-push there)
  --no-push            commit, but do not push
  --dry-run            show the plan and stop; nothing is submitted or written
  --allow-dirty        submit manifests with uncommitted changes (refused by default,
                       because no commit would hold what was sent)
  --format text|json   output format (default text)
  -h, --help           show this help

Credentials come from the environment: NX1_API_KEY (sent as the
Authorization-PSK header) or NX1_TOKEN (a bearer token). Secret references
in manifests, \${env:NAME}, are read from the environment at submit time.

Exit status: 0 when every run was submitted (or nothing changed), 1 when a
run was rejected, has an unknown outcome or was not sent, or on invalid
input, 2 on a usage error.
`;
async function applyCommand(argv, io) {
  const { values } = parseCommandArgs(
    "apply",
    argv,
    {
      config: { type: "string" },
      "api-url": { type: "string" },
      concurrency: { type: "string" },
      timeout: { type: "string" },
      branch: { type: "string" },
      "no-commit": { type: "boolean" },
      "no-push": { type: "boolean" },
      "dry-run": { type: "boolean" },
      "allow-dirty": { type: "boolean" },
      format: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    false
  );
  if (values.help) {
    io.stdout.write(APPLY_HELP);
    return 0;
  }
  const format = choice("format", values.format, ["text", "json"], "text");
  const colors = palette(useColor(io) && format === "text");
  const loaded = await loadCommandConfig(io, values.config, colors);
  if (!loaded) return 1;
  const { config } = loaded;
  const concurrency = positiveInteger("concurrency", values.concurrency, config.concurrency);
  const timeoutSeconds = positiveNumber("timeout", values.timeout, config.timeoutSeconds);
  const apiUrl = values["api-url"] ?? (io.env.NX1_API_URL || void 0) ?? config.apiUrl;
  if (apiUrl === void 0 && !values["dry-run"]) {
    throw new UsageError(
      "no API URL: pass --api-url, set NX1_API_URL, or set api.url in .nx1-migrate.yaml"
    );
  }
  const text = format === "text";
  const outcome = await runApply({
    config,
    workingDir: io.cwd,
    env: io.env,
    commit: !values["no-commit"],
    push: !values["no-commit"] && !values["no-push"],
    branch: values.branch,
    dryRun: values["dry-run"] === true,
    allowDirty: values["allow-dirty"] === true,
    concurrency,
    createSubmitter: () => createNx1Client(
      clientOptionsFromEnv(io.env, {
        baseUrl: apiUrl,
        timeoutMs: timeoutSeconds * 1e3,
        onRetry: (event) => io.stderr.write(`${retryMessage(event)}
`)
      })
    ),
    onPlan: (plan) => {
      if (text) io.stdout.write(renderPlanText(plan, colors, { applying: !values["dry-run"] }));
    },
    onEvent: text ? progressPrinter(io, colors) : void 0,
    onLog: (line) => io.stderr.write(`${line}
`)
  }).catch((error) => {
    if (error instanceof ApplyAbortedError) return { aborted: error.message };
    if (error instanceof RecordingFailedError)
      return { aborted: error.message, results: error.results };
    throw error;
  });
  if ("aborted" in outcome) {
    if (outcome.results && text) io.stdout.write(resultTable(outcome.results, colors));
    io.stderr.write(`nx1-migrate: ${outcome.aborted}
`);
    return 1;
  }
  if (outcome.diagnostics.length > 0) io.stderr.write(diagnosticsText(outcome.diagnostics, colors));
  if (!outcome.plan) {
    io.stderr.write(
      `Apply stopped before submitting anything: ${countText(outcome.diagnostics)}.
`
    );
    return 1;
  }
  const results = outcome.result?.results ?? [];
  const failed = results.filter((result) => result.outcome !== "created");
  if (format === "json") {
    io.stdout.write(
      `${JSON.stringify({ format: 1, plan: planToJson(outcome.plan), results: results.map(resultToJson), commit: outcome.result?.finalCommit?.commit ?? null, pushed: outcome.result?.finalCommit?.pushed ?? false, report_error: outcome.result?.reportError ?? null }, null, 2)}
`
    );
  } else {
    io.stdout.write(resultTable(results, colors));
    if (outcome.result?.finalCommit?.commit) {
      io.stdout.write(
        `
Recorded in ${outcome.workspaceDescription}, commit ${outcome.result.finalCommit.commit.slice(0, 12)}${outcome.result.finalCommit.pushed ? ", pushed" : ""}.
`
      );
    } else if (results.length > 0) {
      io.stdout.write(`
Recorded in ${outcome.workspaceDescription} (not committed).
`);
    }
    if (values["dry-run"]) io.stdout.write("Dry run: nothing was submitted or written.\n");
  }
  if (outcome.result?.reportError)
    io.stderr.write(
      `nx1-migrate: the runs were recorded, but the reports failed: ${outcome.result.reportError}
`
    );
  if (outcome.plan.counts.blocked > 0)
    io.stderr.write(
      `${outcome.plan.counts.blocked} blocked ${outcome.plan.counts.blocked === 1 ? "manifest needs" : "manifests need"} \`nx1-migrate resolve\`; see the plan above.
`
    );
  return failed.length > 0 || outcome.result?.reportError ? 1 : 0;
}
export {
  APPLY_HELP,
  applyCommand
};
