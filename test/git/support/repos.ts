// Real git repositories in a temp folder: a bare "remote", our clone, and a
// second clone that plays "someone else". Helpers run git directly, with
// the user's global and system config shut out.

import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const folders: string[] = [];

/** Removes every folder made since the last call. Use in afterEach. */
export function removeTempFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

export function tempFolder(prefix = "nx1-git-"): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

function helperEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.toUpperCase().startsWith("GIT_")) env[key] = value;
  }
  return {
    ...env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Someone Else",
    GIT_AUTHOR_EMAIL: "someone@example.com",
    GIT_COMMITTER_NAME: "Someone Else",
    GIT_COMMITTER_EMAIL: "someone@example.com",
    LC_ALL: "C",
  };
}

/** Runs git in `cwd` and returns trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    env: helperEnv(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

/** Writes a file, creating its folders. */
export function writeFile(root: string, path: string, content: string | Buffer): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

export interface RepositorySet {
  root: string;
  /** Bare repository that stands for GitHub. */
  remote: string;
  /** Our clone, on branch main. */
  work: string;
  /** A second clone, on branch main, for concurrent pushes. */
  other: string;
}

/** Creates a bare remote with one commit on main, and two clones of it. */
export function createRepositories(): RepositorySet {
  const root = tempFolder();
  const remote = join(root, "remote.git");
  git(root, "init", "--quiet", "--bare", "--initial-branch=main", remote);

  const seed = join(root, "seed");
  git(root, "clone", "--quiet", remote, seed);
  git(seed, "symbolic-ref", "HEAD", "refs/heads/main");
  writeFile(seed, "README.md", "# ledger test\n");
  writeFile(seed, "status/shared.json", '{"state":"initial"}\n');
  git(seed, "add", "--all");
  git(seed, "commit", "--quiet", "-m", "Initial commit");
  git(seed, "push", "--quiet", "origin", "main");

  const work = join(root, "work");
  const other = join(root, "other");
  git(root, "clone", "--quiet", remote, work);
  git(root, "clone", "--quiet", remote, other);
  return { root, remote, work, other };
}

/** Commits one file in `clone` as "someone else" and pushes it to main. */
export function pushFromOther(
  clone: string,
  path: string,
  content: string,
  message = `Change ${path}`,
): string {
  git(clone, "pull", "--quiet", "--rebase", "origin", "main");
  writeFile(clone, path, content);
  git(clone, "add", "--all");
  git(clone, "commit", "--quiet", "-m", message);
  git(clone, "push", "--quiet", "origin", "HEAD:refs/heads/main");
  return git(clone, "rev-parse", "HEAD");
}

/**
 * Installs a pre-receive hook in the bare remote that rejects the first
 * pushes, printing one message per rejection from `messages`, then accepts.
 */
export function rejectFirstPushes(remote: string, messages: string[]): void {
  const counter = join(remote, "push-count");
  writeFileSync(counter, "0");
  const cases = messages
    .map(
      (message, index) =>
        `  ${index}) echo ${JSON.stringify(message)} >&2; echo ${index + 1} > "$counter"; exit 1 ;;`,
    )
    .join("\n");
  const hook = `#!/bin/sh
counter=${JSON.stringify(counter)}
count=$(cat "$counter")
case "$count" in
${cases}
esac
exit 0
`;
  const path = join(remote, "hooks", "pre-receive");
  writeFileSync(path, hook);
  chmodSync(path, 0o755);
}

/** Subjects of the commits on a branch of the bare remote, newest first. */
export function remoteSubjects(remote: string, branch = "main"): string[] {
  return git(remote, "log", "--format=%s", branch).split("\n").filter(Boolean);
}
