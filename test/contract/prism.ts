// Starts Stoplight Prism as a mock of the contract, as the reference for
// what schemas/nx1-openapi.yaml accepts. Start-up takes a few seconds, so
// each test file starts one instance in beforeAll and stops it by pid.

import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

export interface PrismMock {
  url: string;
  /** Sends SIGTERM to the Prism process and waits for it to exit (SIGKILL after 5 s). */
  stop(): Promise<void>;
}

/** Starts `prism mock --errors` on 127.0.0.1 and resolves once it logs that it listens. */
export async function startPrism(timeoutMs = 30_000): Promise<PrismMock> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, "node_modules/.bin/prism"),
      "mock",
      "--errors",
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      join(REPO_ROOT, "schemas/nx1-openapi.yaml"),
    ],
    { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );

  let output = "";
  const collect = (chunk: Buffer) => (output += chunk.toString("utf8"));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Prism did not listen within ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const onData = () => {
        if (output.includes("Prism is listening on")) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited with code ${code} before listening:\n${output}`));
      });
    });
  } catch (error) {
    await stopChild(child);
    throw error;
  }

  return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(child.pid, "SIGTERM");
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Asks the OS for a free port on 127.0.0.1. Another process could take it
 * before Prism binds it, and the start then fails with EADDRINUSE in the output.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
