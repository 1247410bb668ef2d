// Temporary git repositories for the apply tests: a bare origin, a clone
// seeded with manifests, and helpers that read back what apply pushed.
// Every folder is made under os.tmpdir() and removed by removeTemporaryFolders.

import { execFile, execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { StatusFile } from "../../../src/ledger/status-file.js";

const execFileAsync = promisify(execFile);
const temporaryFolders: string[] = [];

/** Environment of every git command the tests run themselves: a fixed identity, no user or system config. */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: "Other Engineer",
    GIT_AUTHOR_EMAIL: "other@example.com",
    GIT_COMMITTER_NAME: "Other Engineer",
    GIT_COMMITTER_EMAIL: "other@example.com",
  };
}

/** Runs git in `dir` and returns its standard output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: gitEnv(dir),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs git without blocking the event loop, for commands that overlap a running apply. */
export async function gitAsync(dir: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync("git", args, { cwd: dir, env: gitEnv(dir) });
  return stdout;
}

export function makeTemporaryFolder(prefix = "nx1-apply-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryFolders.push(dir);
  return dir;
}

export function removeTemporaryFolders(): void {
  for (const dir of temporaryFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface Repositories {
  /** The bare remote, `origin` of the clone. */
  origin: string;
  /** The clone that apply runs in, on branch main. */
  clone: string;
  /** The temporary folder that contains both, for more clones. */
  root: string;
}

/** Creates a bare origin and a clone whose first commit, pushed to main, contains `files`. */
export function createRepositories(files: Record<string, string>): Repositories {
  const root = makeTemporaryFolder();
  const origin = join(root, "origin.git");
  const clone = join(root, "clone");
  git(root, "init", "--quiet", "--bare", "-b", "main", origin);
  git(root, "clone", "--quiet", origin, clone);
  git(clone, "checkout", "--quiet", "-B", "main");
  writeFiles(clone, files);
  git(clone, "add", "--all");
  git(clone, "commit", "--quiet", "-m", "Add migration manifests");
  git(clone, "push", "--quiet", "origin", "main");
  return { origin, clone, root };
}

/** Writes `files` in `dir`, commits them and pushes to origin main, as a reviewed pull request would land. */
export function commitAndPush(dir: string, files: Record<string, string>, message: string): string {
  writeFiles(dir, files);
  git(dir, "add", "--all");
  git(dir, "commit", "--quiet", "-m", message);
  git(dir, "push", "--quiet", "origin", "HEAD:main");
  return git(dir, "rev-parse", "HEAD").trim();
}

export interface CommitInfo {
  sha: string;
  subject: string;
  body: string;
  author: string;
  /** Paths the commit added, changed or deleted. */
  files: string[];
}

/** Lists the commits of `ref` in `repo`, newest first. */
export function commitLog(repo: string, ref = "main"): CommitInfo[] {
  const shas = git(repo, "rev-list", ref).trim().split("\n").filter(Boolean);
  return shas.map((sha) => {
    const [subject = "", author = "", ...bodyLines] = git(
      repo,
      "show",
      "--no-patch",
      "--format=%s%n%an%n%b",
      sha,
    ).split("\n");
    const files = git(repo, "show", "--name-only", "--format=", "-m", "--first-parent", sha)
      .split("\n")
      .filter(Boolean);
    return { sha, subject, body: bodyLines.join("\n").trim(), author, files };
  });
}

/** Reads a file of `ref` in `repo`, or undefined when the ref has no such file. */
export function fileAt(repo: string, ref: string, path: string): string | undefined {
  try {
    return execFileSync("git", ["show", `${ref}:${path}`], {
      cwd: repo,
      encoding: "utf8",
      env: gitEnv(repo),
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return undefined;
  }
}

export const STATUS_DIR = ".nx1-migrate/status";
export const REPORTS_DIR = ".nx1-migrate/reports";

/** Reads the status file of `name` from a ref of the remote, or from the working tree when `ref` is omitted. */
export function statusOf(repo: string, name: string, ref?: string): StatusFile | undefined {
  const path = `${STATUS_DIR}/${name}.json`;
  if (ref === undefined) {
    const file = join(repo, path);
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StatusFile) : undefined;
  }
  const text = fileAt(repo, ref, path);
  return text === undefined ? undefined : (JSON.parse(text) as StatusFile);
}

/**
 * Installs a pre-receive hook in the bare `origin` that rejects the first
 * `rejections` pushes with `message` on stderr, then accepts every push.
 * The count is kept in a file beside the hook.
 */
export function rejectFirstPushes(origin: string, rejections: number, message: string): void {
  const counter = join(origin, "rejected-pushes");
  const hook = join(origin, "hooks", "pre-receive");
  writeFileSync(
    hook,
    [
      "#!/bin/sh",
      `count=$(cat '${counter}' 2>/dev/null || echo 0)`,
      `if [ "$count" -lt ${rejections} ]; then`,
      `  echo $((count + 1)) > '${counter}'`,
      `  echo '${message}' >&2`,
      "  exit 1",
      "fi",
      "exit 0",
      "",
    ].join("\n"),
  );
  chmodSync(hook, 0o755);
}

/** Returns how many pushes the hook of rejectFirstPushes has rejected. */
export function rejectedPushes(origin: string): number {
  const counter = join(origin, "rejected-pushes");
  return existsSync(counter) ? Number(readFileSync(counter, "utf8").trim()) : 0;
}
