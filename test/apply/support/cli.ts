// Runs nx1-migrate the two ways the tests need: in-process through main()
// with captured streams, and as `node dist/cli.js` in a child process with
// a clean environment, as a GitHub runner runs the bundle.

import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface InProcessOptions {
  env?: NodeJS.ProcessEnv;
  /** Called with each piece of text written to stdout, while the command runs. */
  onStdout?: (text: string) => void;
}

/** Runs `nx1-migrate ARGV` in-process in `cwd`. Streams are captured and are not terminals. */
export async function runCli(
  cwd: string,
  argv: readonly string[],
  options: InProcessOptions = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: {
      write: (text: string) => {
        stdout += text;
        options.onStdout?.(text);
        return true;
      },
      isTTY: false,
    },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: { NO_COLOR: "1", ...options.env },
    cwd,
  });
  return { code, stdout, stderr };
}

export const BUNDLE = join(fileURLToPath(new URL("../../..", import.meta.url)), "dist", "cli.js");

/**
 * Runs `node dist/cli.js ARGV` in `cwd` with only PATH, HOME and `env`, and
 * resolves with its exit code and output. It runs asynchronously, so a
 * sandbox in this process keeps serving while the child waits for it.
 */
export function runBundle(
  cwd: string,
  argv: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BUNDLE, ...argv],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: cwd, NO_COLOR: "1", ...env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(error);
          return;
        }
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** Returns the output of a run, as the message of an assertion on its exit code. */
export function outputOf(result: CliResult): string {
  return `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
}
