// Runs the built CLI and Action bundles as child processes, the way a user
// or the GitHub runner runs them. Each test file works on its own copy of
// dist/, taken once, so that another suite rebuilding dist/ in the middle of
// a run cannot swap the bundle under a test.

import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

let snapshot: string | undefined;

/** Returns the folder of a private copy of dist/, made on the first call and removed by `removeDistSnapshot`. */
export function distSnapshot(): string {
  if (snapshot !== undefined) return snapshot;
  const source = join(ROOT, "dist");
  if (!existsSync(join(source, "cli.js")))
    throw new Error(`${source}/cli.js is missing; run \`node scripts/build.mjs\` first`);
  const dir = mkdtempSync(join(tmpdir(), "nx1-guarantees-dist-"));
  cpSync(source, dir, { recursive: true });
  snapshot = dir;
  return dir;
}

export function removeDistSnapshot(): void {
  if (snapshot !== undefined) rmSync(snapshot, { recursive: true, force: true });
  snapshot = undefined;
}

/**
 * Returns the environment every child starts from: no proxy variables, no user or
 * system git config, no colour, and HOME in a temporary folder. Nothing of
 * the parent's environment leaks in except PATH.
 */
export function baseEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    LANG: "C.UTF-8",
    NO_COLOR: "1",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
  };
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface RunningChild {
  child: ChildProcess;
  /** Output so far; grows while the child runs. */
  output: { stdout: string; stderr: string };
  done: Promise<ChildResult>;
}

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Kills the child with SIGKILL after this many ms. Default 60000. */
  timeoutMs?: number;
  /** Called with each stdout chunk, so a test can react to a line as soon as it appears. */
  onStdout?: (chunk: string, child: ChildProcess) => void;
}

/** Starts `node <script> ...args` and collects its output. */
export function spawnNode(
  script: string,
  args: readonly string[],
  options: SpawnOptions,
): RunningChild {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { stdout: "", stderr: "" };
  child.stdout!.setEncoding("utf8");
  child.stderr!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    output.stdout += chunk;
    options.onStdout?.(chunk, child);
  });
  child.stderr!.on("data", (chunk: string) => (output.stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  const done = new Promise<ChildResult>((resolvePromise, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        code,
        signal,
        stdout: output.stdout,
        stderr: output.stderr,
        durationMs: performance.now() - started,
      });
    });
  });
  return { child, output, done };
}

/** Runs `node dist/cli.js ARGS` from the snapshot and waits for it to exit. */
export function runCli(args: readonly string[], options: SpawnOptions): Promise<ChildResult> {
  return spawnNode(join(distSnapshot(), "cli.js"), args, options).done;
}

/** Starts `node dist/cli.js ARGS` from the snapshot without waiting, for tests that kill it. */
export function startCli(args: readonly string[], options: SpawnOptions): RunningChild {
  return spawnNode(join(distSnapshot(), "cli.js"), args, options);
}

/** Runs the Action bundle, `node dist/index.js`, from the snapshot. */
export function runAction(options: SpawnOptions): Promise<ChildResult> {
  return spawnNode(join(distSnapshot(), "index.js"), [], options).done;
}

/** Matches a JavaScript stack frame, such as `    at loadManifest (file.js:10:5)`. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
