import { runSandboxCommand } from "../../sandbox/command.js";
import type { Io } from "../io.js";

export async function sandboxCommand(argv: readonly string[], io: Io): Promise<number> {
  return runSandboxCommand(argv, { stdout: io.stdout, stderr: io.stderr, env: io.env });
}
