// One commit of exactly the given paths: new, changed and deleted files,
// and nothing else that happens to be staged.

import { lstat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";

import {
  BOT_IDENTITY,
  GitCommandError,
  checkIdentity,
  identityConfig,
  runGit,
  tryGit,
  type GitIdentity,
  type GitRepository,
} from "./git-process.js";
import { headSha } from "./inspect.js";

export interface CommitFilesOptions {
  /** Files or folders, relative to `repo.dir` or absolute inside it. */
  paths: readonly string[];
  message: string;
  /** Default: github-actions[bot]. The committer is always the repository's committer. */
  author?: GitIdentity;
}

/**
 * Stages `paths` (additions, changes and deletions), commits them and
 * returns the new commit's sha. Returns null, and commits nothing, when the
 * paths match HEAD. Other staged changes stay staged and out of the commit.
 *
 * Hooks and signing are skipped (--no-verify, --no-gpg-sign): a pre-commit
 * hook installed by a project's dev dependencies, or a signing key the
 * runner does not have, must not block or rewrite a bot commit of status
 * files.
 */
export async function commitFiles(
  repo: GitRepository,
  options: CommitFilesOptions,
): Promise<string | null> {
  const author = checkIdentity(options.author ?? BOT_IDENTITY, "author");
  if (options.message.trim() === "")
    throw new Error('commit message is empty; pass a message such as "Record Nx1 runs [skip ci]"');
  if (options.paths.length === 0) return null;

  const paths = [...new Set(options.paths.map((path) => toRepositoryPath(repo, path)))];
  const head = await headSha(repo);
  const { committable, stageable } = await classifyPaths(repo, paths, head);
  if (committable.length === 0) return null;

  // `:(literal)`: a status file named "a*.json" means that file, not a pattern.
  const literal = committable.map(literalPathspec);
  if (stageable.length > 0) {
    await runGit(repo, ["add", "--all", "--", ...stageable.map(literalPathspec)], "git add failed");
  }

  if (!(await hasStagedChanges(repo, head, literal))) return null;

  await runGit(
    repo,
    [
      ...identityConfig(repo.committer),
      "commit",
      "--no-verify",
      "--no-gpg-sign",
      `--author=${author.name} <${author.email}>`,
      "--message",
      options.message,
      // With paths, git commits only them (--only), from the working tree.
      "--only",
      "--",
      ...literal,
    ],
    "git commit failed",
  );
  const sha = await headSha(repo);
  if (!sha) throw new Error("git commit reported success but HEAD has no commit");
  return sha;
}

/** Checks whether the index differs from HEAD (or, with no HEAD yet, has any entry) under the pathspecs. */
async function hasStagedChanges(
  repo: GitRepository,
  head: string | null,
  pathspecs: string[],
): Promise<boolean> {
  if (!head) {
    const entries = await runGit(
      repo,
      ["ls-files", "--cached", "-z", "--", ...pathspecs],
      "git ls-files failed",
    );
    return entries !== "";
  }
  // `diff --quiet` exits with 1 when there are differences and above 1 on errors.
  const diff = await tryGit(repo, ["diff", "--cached", "--quiet", head, "--", ...pathspecs]);
  if (diff.exitCode > 1)
    throw new GitCommandError("git diff --cached failed", new Error(diff.stderr.trim()));
  return diff.exitCode === 1;
}

/** Turns a path into one relative to repo.dir with forward slashes; rejects paths outside it. */
function toRepositoryPath(repo: GitRepository, path: string): string {
  const absolute = resolve(repo.dir, path);
  const inside = relative(resolve(repo.dir), absolute);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    throw new Error(`path "${path}" is outside ${repo.dir}; pass a path inside the repository`);
  }
  return inside.split(sep).join("/");
}

/**
 * Sorts the paths by what git can do with them. `stageable` are on disk or
 * in the index, so `git add` accepts them. `committable` adds those only in
 * HEAD (a deletion already staged). A path in none of the three has nothing
 * to record, and naming it would make `git commit` fail.
 */
async function classifyPaths(
  repo: GitRepository,
  paths: string[],
  head: string | null,
): Promise<{ committable: string[]; stageable: string[] }> {
  const onDisk = new Set<string>();
  for (const path of paths) {
    if ((await lstat(resolve(repo.dir, path)).catch(() => undefined)) !== undefined)
      onDisk.add(path);
  }
  const missing = paths.filter((path) => !onDisk.has(path));
  let inIndex: string[] = [];
  let inHead: string[] = [];
  if (missing.length > 0) {
    const indexOutput = await runGit(
      repo,
      ["ls-files", "--cached", "-z", "--", ...missing.map(literalPathspec)],
      "git ls-files failed",
    );
    inIndex = indexOutput.split("\0").filter(Boolean);
    if (head) {
      const headOutput = await runGit(
        repo,
        ["ls-tree", "-r", "--name-only", "-z", head, "--", ...missing],
        "git ls-tree failed",
      );
      inHead = headOutput.split("\0").filter(Boolean);
    }
  }
  const covers = (entries: string[], path: string) =>
    entries.some((entry) => entry === path || entry.startsWith(`${path}/`));

  const stageable = paths.filter((path) => onDisk.has(path) || covers(inIndex, path));
  const committable = paths.filter((path) => stageable.includes(path) || covers(inHead, path));
  return { committable, stageable };
}

function literalPathspec(path: string): string {
  return `:(literal)${path}`;
}
