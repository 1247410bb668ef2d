// Read-only questions about a working tree: where HEAD is, and what git
// would store for a file.

import { lstat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";

import { runGit, tryGit, type GitRepository } from "./git-process.js";

/** Returns the commit HEAD points to, or null on a branch with no commits yet. */
export async function headSha(repo: GitRepository): Promise<string | null> {
  const result = await tryGit(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  return result.exitCode === 0 ? result.stdout.trim() : null;
}

/** Returns the checked-out branch name, or null when HEAD is detached. */
export async function currentBranch(repo: GitRepository): Promise<string | null> {
  const result = await tryGit(repo, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  return result.exitCode === 0 ? result.stdout.trim() : null;
}

/** Paths given to one `git hash-object` call, to stay far below the OS argument limit. */
const HASH_BATCH = 200;

/**
 * Computes the blob hash git would store for each file of the working tree
 * (`git hash-object`, with the repository's attributes and filters applied).
 * Paths are relative to `repo.dir` or absolute. A path that does not exist
 * or is not a regular file is left out of the map: hash-object would follow
 * a symlink and hash its target, which is not what git stores for a link.
 */
export async function blobHashes(
  repo: GitRepository,
  paths: readonly string[],
): Promise<Map<string, string>> {
  const present: string[] = [];
  for (const path of paths) {
    const stats = await lstat(resolve(repo.dir, path)).catch(() => undefined);
    if (stats?.isFile()) present.push(path);
  }

  const hashes = new Map<string, string>();
  for (let start = 0; start < present.length; start += HASH_BATCH) {
    const batch = present.slice(start, start + HASH_BATCH);
    const relativePaths = batch.map((path) => (isAbsolute(path) ? relative(repo.dir, path) : path));
    const output = await runGit(
      repo,
      ["hash-object", "--", ...relativePaths],
      "git hash-object failed",
    );
    const lines = output.trim().split("\n");
    batch.forEach((path, index) => {
      const hash = lines[index];
      if (hash) hashes.set(path, hash);
    });
  }
  return hashes;
}

/**
 * Returns the paths under `paths` (files or folders, relative to `repo.dir`)
 * whose working-tree or index content differs from HEAD, untracked files
 * included, relative to the repository root.
 */
export async function uncommittedPaths(
  repo: GitRepository,
  paths: readonly string[],
): Promise<string[]> {
  if (paths.length === 0) return [];
  const output = await runGit(
    repo,
    [
      "status",
      "--porcelain=v1",
      "-z",
      "--untracked-files=all",
      "--",
      ...paths.map((path) => `:(literal)${path}`),
    ],
    "git status failed",
  );
  const changed: string[] = [];
  const records = output.split("\0");
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as string;
    if (record.length < 4) continue;
    changed.push(record.slice(3));
    // A rename or copy record is followed by its source path.
    if (record[0] === "R" || record[0] === "C") index++;
  }
  return changed;
}
