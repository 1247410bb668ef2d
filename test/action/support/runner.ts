// Runs the installed action as the GitHub runner runs a node action: `node <runs.main>` with a
// clean environment. It contains an INPUT_* variable for every input of action.yml (its
// default when the step does not set it), the job's GITHUB_* and RUNNER_* variables, the
// step's own `env:`, and PATH and HOME. Output and summary files are fresh temp files.

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InstalledAction } from "./action-bundle.js";
import type { RunnerEvent } from "./events.js";
import { outputLines } from "./workflow-commands.js";

export interface RunActionOptions {
  action: InstalledAction;
  /** GITHUB_WORKSPACE: the checkout. */
  workspace: string;
  event: RunnerEvent;
  /** `owner/name` */
  repository: string;
  /** The local GitHub stand-in's URLs. */
  github: { apiUrl: string; serverUrl: string };
  /** The step's `with:`. Inputs left out get their action.yml default, as on the runner. */
  with?: Record<string, string>;
  /** The step's `env:`, such as the values of secret references. */
  env?: Record<string, string>;
  /** What `${{ github.token }}` evaluates to. */
  jobToken?: string;
  runId?: number;
  /** Folder for the event, output, summary and temp files of this run. */
  scratch: string;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string;
  /** The raw GITHUB_OUTPUT file, for checks of what was written at all. */
  outputFile: string;
}

let runCounter = 0;

/** Returns INPUT_* variables as the runner sets them; a default of `${{ github.token }}` is evaluated. */
export function inputEnvironment(
  action: InstalledAction,
  step: Record<string, string>,
  jobToken: string,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of Object.keys(step))
    if (!(name in action.metadata.inputs))
      throw new Error(
        `input ${name} is not declared in action.yml; the runner warns and passes it anyway`,
      );
  for (const [name, input] of Object.entries(action.metadata.inputs)) {
    const fallback = (input.default ?? "").replace(/\$\{\{\s*github\.token\s*\}\}/g, jobToken);
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = step[name] ?? fallback;
  }
  return env;
}

/** Parses the `name<<DELIMITER` blocks (and legacy `name=value` lines) of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (!heredoc) {
      const equals = line.indexOf("=");
      if (equals < 0) throw new Error(`invalid GITHUB_OUTPUT line ${JSON.stringify(line)}`);
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    const [, name, delimiter] = heredoc as unknown as [string, string, string];
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++)
      value.push(lines[index]!);
    if (index >= lines.length)
      throw new Error(`GITHUB_OUTPUT block ${name} has no closing delimiter ${delimiter}`);
    outputs[name] = value.join("\n");
  }
  return outputs;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  runCounter += 1;
  const runDir = mkdtempSync(join(options.scratch, `run-${runCounter}-`));
  const home = join(runDir, "home");
  const runnerTemp = join(runDir, "runner-temp");
  mkdirSync(home);
  mkdirSync(runnerTemp);
  const eventPath = join(runDir, "event.json");
  const outputPath = join(runDir, "output.txt");
  const summaryPath = join(runDir, "summary.md");
  writeFileSync(eventPath, JSON.stringify(options.event.payload, null, 2));
  for (const file of [outputPath, summaryPath]) writeFileSync(file, "");
  for (const file of ["env.txt", "path.txt", "state.txt"]) writeFileSync(join(runDir, file), "");

  const [owner] = options.repository.split("/");
  const event = options.event;
  const pull = /^refs\/pull\/(\d+)\//.exec(event.ref);
  const payloadPull = event.payload.pull_request as
    { head: { ref: string }; base: { ref: string } } | undefined;
  const jobToken = options.jobToken ?? "ghs_jobtoken0000000000000000000000000000";
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTION: "__nx1-migrate_nx1-migrate",
    GITHUB_ACTOR: "dana",
    GITHUB_WORKFLOW: "nx1-migrate",
    GITHUB_JOB: "nx1-migrate",
    GITHUB_RUN_ID: String(options.runId ?? 9_000 + runCounter),
    GITHUB_RUN_NUMBER: String(runCounter),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: owner!,
    GITHUB_SHA: event.sha,
    GITHUB_REF: event.ref,
    GITHUB_REF_NAME: pull ? `${pull[1]}/merge` : event.ref.replace(/^refs\/(heads|tags)\//, ""),
    GITHUB_REF_TYPE: event.ref.startsWith("refs/tags/") ? "tag" : "branch",
    GITHUB_HEAD_REF: payloadPull?.head.ref ?? "",
    GITHUB_BASE_REF: payloadPull?.base.ref ?? "",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_SERVER_URL: options.github.serverUrl,
    GITHUB_API_URL: options.github.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.github.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ENV: join(runDir, "env.txt"),
    GITHUB_PATH: join(runDir, "path.txt"),
    GITHUB_STATE: join(runDir, "state.txt"),
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(runDir, "tool-cache"),
    ...options.env,
    ...inputEnvironment(options.action, options.with ?? {}, jobToken),
  };

  const child = spawn(process.execPath, [options.action.entry], {
    cwd: options.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code));
  }).finally(() => clearTimeout(timer));

  const outputFile = readFileSync(outputPath, "utf8");
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(outputFile),
    summary: readFileSync(summaryPath, "utf8"),
    outputFile,
  };
}

/** Formats a run for a failed assertion: exit code, outputs and the last lines of the log. */
export function describeRun(run: ActionRun): string {
  const tail = (text: string) => outputLines(text).slice(-40).join("\n");
  return [
    `exit code ${run.exitCode}`,
    `outputs ${JSON.stringify(run.outputs)}`,
    `stdout:\n${tail(run.stdout)}`,
    `stderr:\n${tail(run.stderr)}`,
  ].join("\n");
}
