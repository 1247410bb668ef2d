import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE_NAME } from "./schema.js";

/**
 * Finds the config that applies to `start` (a file or folder): the nearest
 * `.nx1-migrate.yaml` in it or a parent folder, stopping at the repository
 * root (a folder with `.git`). Returns undefined when there is none.
 */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (existsSync(join(dir, ".git")) || parent === dir) return undefined;
    dir = parent;
  }
}
