// `npm run bench`: measures nx1-migrate at scale and prints the figures as
// Markdown for docs/benchmarks.md. It builds the tool, generates a corpus
// under .bench/ (10,000 manifests by default), and times, several runs each:
//   - `validate` of the whole corpus, next to ajv-cli on the same files;
//   - `plan` of the corpus with a few manifests changed since adoption;
//   - `apply` of changed manifests against the sandbox with latency;
//   - the action's cold start (dist/index.js, mode validate, one file),
//     next to `node -e ''`.
// Pairs that are compared run in turns (A, B, A, B, ...), so a change in the
// machine's load affects both sides alike. Run `node scripts/bench.mjs --help`.

import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { secretEnvironment } from "../bench/corpus.mjs";
import { buildBaseline } from "../bench/baseline.mjs";
import { hasGnuTime, loadAverage, measure, summarize } from "../bench/measure.mjs";
import { readRequestLog, startSandbox, submissionWindowMs } from "../bench/sandbox.mjs";
import {
  copyApplyTemplate,
  prepareApplyTemplate,
  prepareColdWorkspace,
  preparePlanCorpus,
  prepareValidateCorpus,
} from "../bench/workspaces.mjs";

const HELP = `Usage: node scripts/bench.mjs [options]

Options:
  --manifests N     manifests in the validate and plan corpus (default 10000)
  --changed N       manifests changed since adoption, for plan (default 10)
  --apply N         changed manifests that apply submits (default 1000)
  --latency MS      sandbox latency per request, for apply (default 20)
  --concurrency N   apply's requests in flight (default 16)
  --runs N          runs of each measurement (default 5)
  --cold-runs N     runs of each cold-start measurement (default 15)
  --only LIST       comma-separated subset of validate,plan,apply,cold
  --no-build        measure the dist/ that is there instead of building it
  --reuse           reuse the corpora under .bench/ from an earlier run
  --baseline REF    also measure the bundle built from git commit REF, in turns
                    with the current one (before and after a change)
  -h, --help        show this help

Writes .bench/results.json and prints a Markdown report.
`;

const { values } = parseArgs({
  options: {
    manifests: { type: "string", default: "10000" },
    changed: { type: "string", default: "10" },
    apply: { type: "string", default: "1000" },
    latency: { type: "string", default: "20" },
    concurrency: { type: "string", default: "16" },
    runs: { type: "string", default: "5" },
    "cold-runs": { type: "string", default: "15" },
    only: { type: "string", default: "validate,plan,apply,cold" },
    "no-build": { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    baseline: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function count(name) {
  const value = values[name];
  if (!/^[1-9][0-9]*$/.test(value)) {
    process.stderr.write(
      `bench: invalid --${name} ${JSON.stringify(value)}; write a whole number of 1 or more\n`,
    );
    process.exit(2);
  }
  return Number(value);
}

const settings = {
  manifests: count("manifests"),
  changed: count("changed"),
  apply: count("apply"),
  latency: count("latency"),
  concurrency: count("concurrency"),
  runs: count("runs"),
  coldRuns: count("cold-runs"),
};
const only = new Set(values.only.split(",").map((item) => item.trim()));
for (const item of only) {
  if (!["validate", "plan", "apply", "cold"].includes(item)) {
    process.stderr.write(
      `bench: invalid --only item ${JSON.stringify(item)}; write validate, plan, apply or cold\n`,
    );
    process.exit(2);
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, ".bench");
const scratch = join(benchDir, "scratch");
const logs = join(benchDir, "logs");
for (const dir of [benchDir, scratch, logs]) mkdirSync(dir, { recursive: true });

function note(text) {
  process.stderr.write(`bench: ${text}\n`);
}

// Other work on this checkout may rebuild dist/ while the benchmark runs,
// so the benchmark runs a snapshot of it.
const distCopy = join(benchDir, "dist");
if (!values["no-build"]) {
  note("building dist/");
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
}
rmSync(distCopy, { recursive: true, force: true });
cpSync(join(root, "dist"), distCopy, { recursive: true });
const cli = join(distCopy, "cli.js");
const action = join(distCopy, "index.js");
let baseCli;
let baseAction;
if (values.baseline) {
  note(`building the bundle of ${values.baseline}`);
  const baseDist = buildBaseline(root, values.baseline, join(benchDir, "baseline"));
  baseCli = join(baseDist, "cli.js");
  baseAction = join(baseDist, "index.js");
}
const ajvCli = join(root, "node_modules", "ajv-cli", "dist", "index.js");
const manifestSchema = join(root, "schemas", "manifest.schema.json");

const machine = {
  cpuModel: cpus()[0]?.model ?? "unknown",
  cores: availableParallelism(),
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  gnuTime: hasGnuTime,
  loadAtStart: loadAverage(),
  date: new Date().toISOString(),
};
note(
  `${machine.cores} cores (${machine.cpuModel}), Node ${machine.node}, load ${machine.loadAtStart}`,
);

const baseEnv = { ...process.env, NO_COLOR: "1" };
delete baseEnv.NODE_OPTIONS;
// Node reads and parses the certificate file named by NODE_EXTRA_CA_CERTS
// as it starts, whether or not the process opens a TLS connection: about
// 30 ms of CPU for a bundle of 144 certificates on the machine of
// docs/benchmarks.md. No command measured here opens one (the sandbox is
// plain HTTP on loopback), so the variable would only add that constant to
// every figure and shrink every ratio to `node -e ''`.
if (baseEnv.NODE_EXTRA_CA_CERTS !== undefined) {
  note("measuring without NODE_EXTRA_CA_CERTS, which slows every Node start");
  delete baseEnv.NODE_EXTRA_CA_CERTS;
}

/** Runs each command of `commands` `runs` times, in turns, and returns their summaries by key. */
async function compare(label, commands, runs) {
  const samples = Object.fromEntries(Object.keys(commands).map((key) => [key, []]));
  for (let run = 0; run < runs; run++) {
    for (const [key, spec] of Object.entries(commands)) {
      await spec.before?.(run);
      const sample = await measure({
        env: baseEnv,
        ...spec,
        stdoutFile: join(logs, `${label}-${key}.out`),
        stderrFile: join(logs, `${label}-${key}.err`),
        scratch,
      });
      if (spec.expectExit !== undefined && sample.exitCode !== spec.expectExit) {
        throw new Error(
          `${label}/${key} exited with ${sample.exitCode}, expected ${spec.expectExit}; see ${join(logs, `${label}-${key}.err`)}`,
        );
      }
      Object.assign(sample, await spec.after?.(sample));
      samples[key].push(sample);
      note(`${label}/${key} run ${run + 1}: ${sample.wallMs.toFixed(0)} ms, load ${sample.load}`);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([key, list]) => [key, summarize(list)]));
}

const results = { machine, settings: { ...settings, baseline: values.baseline }, benchmarks: {} };

/** Adds the `base` command, the same as `spec` run with the baseline bundle, when --baseline is given. */
function withBaseline(commands, key, makeSpec) {
  commands[key] = makeSpec(cli, action);
  if (baseCli) commands.base = makeSpec(baseCli, baseAction);
  return commands;
}

if (only.has("validate")) {
  const corpusDir = join(benchDir, `validate-${settings.manifests}`);
  let corpus = { dir: corpusDir };
  if (!values.reuse) {
    note(`generating ${settings.manifests} manifests to validate`);
    corpus = prepareValidateCorpus(benchDir, settings.manifests);
  }
  const commands = withBaseline({}, "nx1", (bundle) => ({
    command: process.execPath,
    args: [bundle, "validate"],
    cwd: corpus.dir,
    expectExit: 1,
  }));
  commands.ajv = {
    command: process.execPath,
    args: [
      ajvCli,
      "validate",
      "-s",
      manifestSchema,
      "-d",
      "migrations/**/*.{yaml,yml}",
      "--spec=draft2020",
      "--strict=true",
      "--all-errors",
      "--errors=line",
    ],
    cwd: corpus.dir,
    expectExit: 1,
  };
  results.benchmarks.validate = await compare("validate", commands, settings.runs);
  const summary = readFileSync(join(logs, "validate-nx1.out"), "utf8").trim().split("\n").at(-1);
  results.benchmarks.validate.nx1.summary = summary;
}

if (only.has("plan")) {
  const corpusDir = join(benchDir, `plan-${settings.manifests}`);
  if (!values.reuse) {
    note(`generating ${settings.manifests} manifests and adopting them, for plan`);
    preparePlanCorpus(benchDir, settings.manifests, cli, settings.changed);
  }
  const commands = withBaseline({}, "nx1", (bundle) => ({
    command: process.execPath,
    args: [bundle, "plan"],
    cwd: corpusDir,
    expectExit: 0,
  }));
  commands.node = { command: process.execPath, args: ["-e", ""], cwd: corpusDir, expectExit: 0 };
  results.benchmarks.plan = await compare("plan", commands, settings.runs);
  const planText = readFileSync(join(logs, "plan-nx1.out"), "utf8").trim().split("\n");
  results.benchmarks.plan.nx1.summary = planText.at(-1);
}

if (only.has("apply")) {
  let template = {
    dir: join(benchDir, `apply-${settings.apply}`),
  };
  if (!values.reuse) {
    note(`generating a repository of ${settings.apply} changed manifests, for apply`);
    template = prepareApplyTemplate(benchDir, settings.apply, cli);
  }
  const psk = `bench-${Math.random().toString(36).slice(2)}`;
  const sandboxLog = join(logs, "sandbox.log");
  const sandbox = await startSandbox({
    cli,
    psk,
    faults: [`latency=${settings.latency}`],
    logFile: sandboxLog,
  });
  let requestsBefore = 0;
  const copy = join(scratch, "apply-run");
  try {
    const commands = withBaseline({}, "nx1", (bundle) => ({
      command: process.execPath,
      args: [bundle, "apply", "--concurrency", String(settings.concurrency)],
      cwd: join(copy, "work"),
      env: { ...baseEnv, ...secretEnvironment(), NX1_API_URL: sandbox.url, NX1_API_KEY: psk },
      before: () => {
        copyApplyTemplate(template, copy);
        requestsBefore = readRequestLog(sandboxLog).length;
      },
      // The sandbox's log may reach its file a moment after apply exits.
      after: async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const requests = readRequestLog(sandboxLog).slice(requestsBefore);
        if (requests.length !== settings.apply)
          throw new Error(
            `the sandbox logged ${requests.length} requests, expected ${settings.apply}`,
          );
        return { submitMs: submissionWindowMs(requests) };
      },
      expectExit: 0,
    }));
    results.benchmarks.apply = await compare("apply", commands, settings.runs);
  } finally {
    await sandbox.stop();
    rmSync(copy, { recursive: true, force: true, maxRetries: 5 });
  }
  results.benchmarks.apply.idealMs = (settings.apply * settings.latency) / settings.concurrency;
}

if (only.has("cold")) {
  const cold = prepareColdWorkspace(benchDir);
  const commands = withBaseline({}, "action", (_bundle, entry) => ({
    command: process.execPath,
    args: [entry],
    cwd: cold.workspace,
    env: cold.env,
    before: () => {
      writeFileSync(cold.env.GITHUB_STEP_SUMMARY, "");
      writeFileSync(cold.env.GITHUB_OUTPUT, "");
    },
    expectExit: 0,
  }));
  // The same environment as the action, so both sides start Node alike.
  commands.node = {
    command: process.execPath,
    args: ["-e", ""],
    cwd: cold.workspace,
    env: cold.env,
    expectExit: 0,
  };
  results.benchmarks.cold = await compare("cold", commands, settings.coldRuns);
}

writeFileSync(join(benchDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(markdownReport(results));

function ms(value) {
  return value === undefined ? "n/a" : `${Math.round(value)} ms`;
}

function mb(value) {
  return value === undefined ? "n/a" : `${Math.round(value)} MB`;
}

function ratio(a, b) {
  return `${(a / b).toFixed(2)}×`;
}

function row(name, summary) {
  return `| ${name} | ${ms(summary.wallMs)} | ${ms(summary.minMs)} to ${ms(summary.maxMs)} | ${ms(summary.cpuMs)} | ${mb(summary.peakRssMb)} | ${summary.load ?? "n/a"} |`;
}

function markdownReport({ machine: m, settings: s, benchmarks: b }) {
  const lines = [
    `Machine: ${m.cores} cores, ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}; ${m.date}.`,
    `Runs: ${s.runs} of each measurement (${s.coldRuns} for cold start), medians; peak RSS is the maximum over the runs${m.gnuTime ? " (GNU time)" : " (process.resourceUsage)"}.`,
    "",
    "| command | median wall | min to max | median CPU (user+sys) | peak RSS | median load (1 min) |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  const verdicts = [];
  if (b.validate) {
    lines.push(row(`nx1-migrate validate, ${s.manifests} manifests`, b.validate.nx1));
    if (b.validate.base) lines.push(row(`the same, baseline ${s.baseline}`, b.validate.base));
    lines.push(row(`ajv-cli validate, same files and schema`, b.validate.ajv));
    verdicts.push(
      `validate / ajv-cli: ${ratio(b.validate.nx1.wallMs, b.validate.ajv.wallMs)} (target ≤ 0.5×); ${b.validate.nx1.summary}`,
    );
  }
  if (b.plan) {
    lines.push(row(`nx1-migrate plan, ${s.manifests} manifests, ${s.changed} changed`, b.plan.nx1));
    if (b.plan.base) lines.push(row(`the same, baseline ${s.baseline}`, b.plan.base));
    lines.push(row("node -e ''", b.plan.node));
    verdicts.push(
      `plan / node -e '': ${ratio(b.plan.nx1.wallMs, b.plan.node.wallMs)} (target ≤ 4×); ${b.plan.nx1.summary}`,
    );
  }
  if (b.apply) {
    lines.push(
      row(
        `nx1-migrate apply, ${s.apply} changed, ${s.latency} ms latency, concurrency ${s.concurrency}`,
        b.apply.nx1,
      ),
    );
    if (b.apply.base) lines.push(row(`the same, baseline ${s.baseline}`, b.apply.base));
    verdicts.push(
      `apply / ideal (${ms(b.apply.idealMs)}): ${ratio(b.apply.nx1.wallMs, b.apply.idealMs)} for the whole command; ${ratio(b.apply.nx1.submitMs, b.apply.idealMs)} for the submission window, first request to last response, median ${ms(b.apply.nx1.submitMs)} (target ≤ 1.5×)`,
    );
    if (b.apply.base)
      verdicts.push(
        `apply submission window of the baseline: median ${ms(b.apply.base.submitMs)}, ${ratio(b.apply.base.submitMs, b.apply.idealMs)} of the ideal`,
      );
  }
  if (b.cold) {
    lines.push(row("action cold start (dist/index.js, validate, 1 file)", b.cold.action));
    if (b.cold.base) lines.push(row(`the same, baseline ${s.baseline}`, b.cold.base));
    lines.push(row("node -e ''", b.cold.node));
    verdicts.push(
      `cold start / node -e '': ${ratio(b.cold.action.wallMs, b.cold.node.wallMs)} (target ≤ 2×)`,
    );
  }
  const ours = [b.validate?.nx1, b.plan?.nx1, b.apply?.nx1, b.cold?.action];
  const peak = Math.max(...ours.flatMap((summary) => summary?.peakRssMb ?? []));
  verdicts.push(`peak RSS of nx1-migrate: ${mb(peak)} (target ≤ 300 MB)`);
  return `${lines.join("\n")}\n\n${verdicts.map((line) => `- ${line}`).join("\n")}\n`;
}
