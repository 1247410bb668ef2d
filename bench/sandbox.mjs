// Starts the built sandbox (`nx1-migrate sandbox`) on a free loopback port
// with the given faults, for the apply benchmark.

import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";

const REQUEST_LINE = /^(\S+) POST \S+ \S+ run_id=\S+ (\d+)ms/;

/**
 * Returns the request lines of the sandbox log, in order, as
 * { end, durationMs }: the time the response ended (ms since the epoch,
 * from the line's ISO timestamp) and how long the sandbox held the request.
 */
export function readRequestLog(logFile) {
  const requests = [];
  for (const line of readFileSync(logFile, "utf8").split("\n")) {
    const match = REQUEST_LINE.exec(line);
    if (match) requests.push({ end: Date.parse(match[1]), durationMs: Number(match[2]) });
  }
  return requests;
}

/**
 * Returns the submission window of `requests`: from the arrival of the
 * first request to the end of the last response, in ms. The timestamps
 * have millisecond resolution.
 */
export function submissionWindowMs(requests) {
  if (requests.length === 0) return undefined;
  const first = Math.min(...requests.map((request) => request.end - request.durationMs));
  const last = Math.max(...requests.map((request) => request.end));
  return last - first;
}

/**
 * Resolves with { url, stop } once the sandbox listens. Its request log goes
 * to `logFile`. `stop()` sends SIGTERM to this child only and waits for it.
 */
export function startSandbox({ cli, psk, faults, logFile }) {
  const args = [cli, "sandbox", "--host", "127.0.0.1", "--port", "0", "--psk", psk];
  for (const fault of faults) args.push("--fault", fault);
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const log = createWriteStream(logFile);
  child.stderr.pipe(log);
  let exited = false;
  const exit = new Promise((resolve) =>
    child.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (!exited) child.kill("SIGTERM");
    await exit;
    log.end();
  };
  return new Promise((resolve, reject) => {
    let output = "";
    let started = false;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the sandbox did not start within 10 s:\n${output}`));
    }, 10_000);
    child.stdout.on("data", (chunk) => {
      log.write(chunk);
      if (started) return;
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        started = true;
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    });
    void exit.then(() => {
      clearTimeout(timer);
      if (!started) reject(new Error(`the sandbox exited before listening:\n${output}`));
    });
  });
}
