import { loadCommandConfig } from "../command-config.js";
import { createNx1Client, clientOptionsFromEnv, retryMessage } from "../../api/index.js";
import { ApplyAbortedError } from "../../apply/apply-stage.js";
import { RecordingFailedError } from "../../apply/recording-failed.js";
import { runApply } from "../../apply/run-apply.js";
import { renderPlanText } from "../../plan/render-text.js";
import { resultToJson } from "../../apply/outcome-names.js";
import { planToJson } from "../../plan/render-json.js";
import { choice, parseCommandArgs, positiveInteger, positiveNumber } from "../args.js";
import { countText, diagnosticsText } from "../diagnostics-output.js";
import type { Io } from "../io.js";
import { palette, useColor } from "../io.js";
import { progressPrinter, resultTable } from "../apply-output.js";
import { UsageError } from "../usage-error.js";

export const APPLY_HELP = `Usage: nx1-migrate apply [options]

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

export async function applyCommand(argv: readonly string[], io: Io): Promise<number> {
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
      help: { type: "boolean", short: "h" },
    },
    false,
  );
  if (values.help) {
    io.stdout.write(APPLY_HELP);
    return 0;
  }
  const format = choice("format", values.format, ["text", "json"] as const, "text");
  const colors = palette(useColor(io) && format === "text");
  const loaded = await loadCommandConfig(io, values.config, colors);
  if (!loaded) return 1;
  const { config } = loaded;
  const concurrency = positiveInteger("concurrency", values.concurrency, config.concurrency);
  const timeoutSeconds = positiveNumber("timeout", values.timeout, config.timeoutSeconds);
  const apiUrl = values["api-url"] ?? (io.env.NX1_API_URL || undefined) ?? config.apiUrl;
  if (apiUrl === undefined && !values["dry-run"]) {
    throw new UsageError(
      "no API URL: pass --api-url, set NX1_API_URL, or set api.url in .nx1-migrate.yaml",
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
    createSubmitter: () =>
      createNx1Client(
        clientOptionsFromEnv(io.env, {
          baseUrl: apiUrl!,
          timeoutMs: timeoutSeconds * 1000,
          onRetry: (event) => io.stderr.write(`${retryMessage(event)}\n`),
        }),
      ),
    onPlan: (plan) => {
      if (text) io.stdout.write(renderPlanText(plan, colors, { applying: !values["dry-run"] }));
    },
    onEvent: text ? progressPrinter(io, colors) : undefined,
    onLog: (line) => io.stderr.write(`${line}\n`),
  }).catch((error: unknown) => {
    if (error instanceof ApplyAbortedError) return { aborted: error.message } as const;
    if (error instanceof RecordingFailedError)
      return { aborted: error.message, results: error.results } as const;
    throw error;
  });

  if ("aborted" in outcome) {
    if (outcome.results && text) io.stdout.write(resultTable(outcome.results, colors));
    io.stderr.write(`nx1-migrate: ${outcome.aborted}\n`);
    return 1;
  }
  if (outcome.diagnostics.length > 0) io.stderr.write(diagnosticsText(outcome.diagnostics, colors));
  if (!outcome.plan) {
    io.stderr.write(
      `Apply stopped before submitting anything: ${countText(outcome.diagnostics)}.\n`,
    );
    return 1;
  }
  const results = outcome.result?.results ?? [];
  const failed = results.filter((result) => result.outcome !== "created");
  if (format === "json") {
    io.stdout.write(
      `${JSON.stringify({ format: 1, plan: planToJson(outcome.plan), results: results.map(resultToJson), commit: outcome.result?.finalCommit?.commit ?? null, pushed: outcome.result?.finalCommit?.pushed ?? false, report_error: outcome.result?.reportError ?? null }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(resultTable(results, colors));
    if (outcome.result?.finalCommit?.commit) {
      io.stdout.write(
        `\nRecorded in ${outcome.workspaceDescription}, commit ${outcome.result.finalCommit.commit.slice(0, 12)}${outcome.result.finalCommit.pushed ? ", pushed" : ""}.\n`,
      );
    } else if (results.length > 0) {
      io.stdout.write(`\nRecorded in ${outcome.workspaceDescription} (not committed).\n`);
    }
    if (values["dry-run"]) io.stdout.write("Dry run: nothing was submitted or written.\n");
  }
  if (outcome.result?.reportError)
    io.stderr.write(
      `nx1-migrate: the runs were recorded, but the reports failed: ${outcome.result.reportError}\n`,
    );
  if (outcome.plan.counts.blocked > 0)
    io.stderr.write(
      `${outcome.plan.counts.blocked} blocked ${outcome.plan.counts.blocked === 1 ? "manifest needs" : "manifests need"} \`nx1-migrate resolve\`; see the plan above.\n`,
    );
  return failed.length > 0 || outcome.result?.reportError ? 1 : 0;
}
