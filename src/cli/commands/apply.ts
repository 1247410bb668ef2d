import type { Io } from "../io.js";

export async function applyCommand(_argv: readonly string[], io: Io): Promise<number> {
  io.stderr.write("apply: in progress\n");
  return 1;
}
