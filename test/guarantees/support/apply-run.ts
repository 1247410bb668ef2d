// Runs `nx1-migrate apply` from the built bundle against a sandbox, and
// kills it with SIGKILL at a chosen point: when a line appears on stdout, or
// after a delay. The kill goes to the pid of the child this module started,
// or to its process group when the git processes it spawned must die with it,
// as they do when a runner is cancelled or the machine goes away.

import { spawn } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { ChildResult } from "./cli.js";
import { baseEnv, distSnapshot } from "./cli.js";

export interface ApplyTarget {
  /** HOME of the child, a temporary folder. */
  home: string;
  sandboxUrl: string;
  psk: string;
  /** More environment variables for the child, such as NODE_OPTIONS. */
  env?: NodeJS.ProcessEnv;
}

export function applyEnv(target: ApplyTarget, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...baseEnv(target.home),
    NX1_API_URL: target.sandboxUrl,
    NX1_API_KEY: target.psk,
    ...target.env,
    ...extra,
  };
}

export interface KillPoint {
  /** Kill as soon as stdout matches this. */
  onOutput?: RegExp;
  /** Then wait this many ms before the kill. Without `onOutput`, counted from the start. Default 0. */
  delayMs?: number;
  /** Kill the process group (the CLI and the git processes it started), not only the CLI. */
  group?: boolean;
}

export interface ApplyRun extends ChildResult {
  /** True when the kill was sent before the process exited on its own. */
  killed: boolean;
}

/**
 * Runs apply in `work` with `args` (such as `--concurrency 4`) and resolves
 * once the process has exited. With a kill point, SIGKILL is sent when the
 * point is reached, unless the process has exited by then.
 */
export function runApplyProcess(
  work: string,
  target: ApplyTarget,
  args: readonly string[],
  kill?: KillPoint,
  timeoutMs = 120_000,
): Promise<ApplyRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(distSnapshot(), "cli.js"), "apply", ...args], {
    cwd: work,
    env: applyEnv(target),
    stdio: ["ignore", "pipe", "pipe"],
    // A group of its own, so that `group` kills reach the git children and nothing else.
    detached: kill?.group === true,
  });
  let stdout = "";
  let stderr = "";
  let exited = false;
  let killed = false;
  let armed = false;
  const pid = child.pid!;

  const sendKill = () => {
    if (exited || killed) return;
    killed = true;
    try {
      process.kill(kill?.group ? -pid : pid, "SIGKILL");
    } catch {
      // The process exited between the check and the kill.
    }
  };
  const arm = () => {
    if (armed) return;
    armed = true;
    const delay = kill?.delayMs ?? 0;
    if (delay === 0) sendKill();
    else setTimeout(sendKill, delay);
  };

  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    stdout += chunk;
    if (kill?.onOutput && kill.onOutput.test(stdout)) arm();
  });
  child.stderr.on("data", (chunk: string) => (stderr += chunk));
  if (kill && kill.onOutput === undefined) arm();
  const guard = setTimeout(() => {
    if (!exited) process.kill(kill?.group ? -pid : pid, "SIGKILL");
  }, timeoutMs);

  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      exited = true;
      clearTimeout(guard);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        durationMs: performance.now() - started,
        killed: killed && signal === "SIGKILL",
      });
    });
  });
}
