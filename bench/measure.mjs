// Runs one command as a child process and measures it: wall time in the
// parent (from spawn to exit, so it includes Node's start-up), and the
// child's peak resident set size and CPU time from GNU time when
// /usr/bin/time exists. Without it, Node children report their own peak
// RSS from process.resourceUsage() through a preloaded module.

import { spawn } from "node:child_process";
import { existsSync, openSync, closeSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const GNU_TIME = "/usr/bin/time";
const RSS_REPORTER = join(dirname(fileURLToPath(import.meta.url)), "report-rss.mjs");

export const hasGnuTime = existsSync(GNU_TIME);

/** Returns the 1-minute load average, or undefined where /proc/loadavg does not exist. */
export function loadAverage() {
  try {
    return Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
  } catch {
    return undefined;
  }
}

/**
 * Runs `command args` in `cwd` with `env` and resolves with
 * { wallMs, rssKb, cpuMs, exitCode, load }. stdout and stderr go to the
 * files given (the last run's output stays for inspection). `rssKb` and
 * `cpuMs` are undefined when neither GNU time nor the Node preload could
 * measure them.
 */
export async function measure({ command, args, cwd, env, stdoutFile, stderrFile, scratch }) {
  const usageFile = join(scratch, `usage-${process.pid}-${Date.now()}.txt`);
  let file = command;
  let argv = args;
  let childEnv = env;
  if (hasGnuTime) {
    file = GNU_TIME;
    argv = ["-f", "%M %U %S", "-o", usageFile, command, ...args];
  } else {
    childEnv = {
      ...env,
      NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --import=${RSS_REPORTER}`.trim(),
      BENCH_RSS_FILE: usageFile,
    };
  }
  const out = openSync(stdoutFile, "w");
  const err = openSync(stderrFile, "w");
  const load = loadAverage();
  const started = process.hrtime.bigint();
  const exitCode = await new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd, env: childEnv, stdio: ["ignore", out, err] });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  closeSync(err);
  let rssKb;
  let cpuMs;
  if (existsSync(usageFile)) {
    const fields = readFileSync(usageFile, "utf8").trim().split("\n").at(-1).split(" ");
    rssKb = Number(fields[0]);
    if (fields.length >= 3) cpuMs = (Number(fields[1]) + Number(fields[2])) * 1000;
    rmSync(usageFile, { force: true });
  }
  return { wallMs, rssKb, cpuMs, exitCode, load };
}

export function median(values) {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Summarizes the samples of one command: medians, extremes and the peak RSS over all runs. */
export function summarize(samples) {
  const walls = samples.map((sample) => sample.wallMs);
  const rss = samples.map((sample) => sample.rssKb).filter((value) => value !== undefined);
  return {
    runs: samples.length,
    wallMs: median(walls),
    minMs: Math.min(...walls),
    maxMs: Math.max(...walls),
    cpuMs: median(samples.map((sample) => sample.cpuMs)),
    peakRssMb: rss.length > 0 ? Math.max(...rss) / 1024 : undefined,
    submitMs: median(samples.map((sample) => sample.submitMs)),
    load: median(samples.map((sample) => sample.load)),
    exitCodes: [...new Set(samples.map((sample) => sample.exitCode))],
  };
}
