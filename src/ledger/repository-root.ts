import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Returns the nearest folder at or above `start` that contains `.git` (a folder, or a file in a linked worktree). */
export function findRepositoryRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
