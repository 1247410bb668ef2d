import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);

// src/ledger/repository-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function findRepositoryRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (existsSync(join(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

export {
  findRepositoryRoot
};
