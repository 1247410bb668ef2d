// Builds the bundle of an earlier commit, so the benchmark can run it next
// to the current one: `--baseline REF` measures "before" and "after" of a
// change in the same run, under the same load.

import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/**
 * Extracts commit `ref` of the repository at `root` into `target` (with
 * `git archive`, which leaves the work tree and the index alone), links the
 * current node_modules into it, builds it, and returns its dist folder.
 */
export function buildBaseline(root, ref, target) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const archive = execFileSync("git", ["archive", "--format=tar", ref], {
    cwd: root,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync("tar", ["-x", "-C", target], { input: archive });
  symlinkSync(join(root, "node_modules"), join(target, "node_modules"), "dir");
  execFileSync(process.execPath, [join(target, "scripts", "build.mjs")], {
    cwd: target,
    stdio: "inherit",
  });
  return join(target, "dist");
}
