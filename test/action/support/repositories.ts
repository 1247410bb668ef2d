// Git repositories in a temp folder that play GitHub's side of a workflow run: a bare origin,
// a developer clone that opens and merges pull requests, and runner workspaces. A workspace
// is checked out as actions/checkout@v4 does it, by a shallow fetch of one commit.

import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

export interface Origin {
  /** The bare repository that stands for GitHub. */
  bare: string;
  /** Its file:// URL, which lets `git fetch --depth` work as it does over https. */
  url: string;
  /** The developer's clone that pushes branches and merges. */
  developer: string;
}

export interface PullRequestRefs {
  /** Tip of the pull request branch. */
  headSha: string;
  /** Tip of main the pull request targets. */
  baseSha: string;
  /** The test merge commit, pushed as refs/pull/N/merge: GITHUB_SHA of a pull_request run. */
  mergeSha: string;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: "Dana Developer",
  GIT_AUTHOR_EMAIL: "dana@example.com",
  GIT_COMMITTER_NAME: "Dana Developer",
  GIT_COMMITTER_EMAIL: "dana@example.com",
};

/** Runs git with a fixed identity and neither user nor system config, and returns trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_TERMINAL_PROMPT: "0",
      LC_ALL: "C",
      ...IDENTITY,
    },
  }).trim();
}

/** Writes `files` (path relative to `dir`, to text) and removes the paths mapped to null. */
export function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    if (text === null) {
      rmSync(full, { force: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/** Creates a bare origin whose main contains `files` in one commit. */
export function createOrigin(root: string, files: Record<string, string>): Origin {
  const bare = join(root, "origin.git");
  const developer = join(root, "developer");
  git(root, "init", "--quiet", "--bare", "-b", "main", bare);
  git(root, "clone", "--quiet", bare, developer);
  git(developer, "checkout", "--quiet", "-B", "main");
  writeFiles(developer, files);
  git(developer, "add", "--all");
  git(developer, "commit", "--quiet", "-m", "Add migration manifests");
  git(developer, "push", "--quiet", "origin", "main");
  return { bare, url: pathToFileURL(bare).href, developer };
}

/** Commits `files` on `branch` (created from origin's main when new) and pushes it. Returns the commit. */
export function commitOnBranch(
  origin: Origin,
  branch: string,
  files: Record<string, string | null>,
  message: string,
): string {
  const dev = origin.developer;
  git(dev, "fetch", "--quiet", "--prune", "origin");
  const exists = git(dev, "ls-remote", "--heads", "origin", branch) !== "";
  git(dev, "checkout", "--quiet", "-B", branch, exists ? `origin/${branch}` : "origin/main");
  writeFiles(dev, files);
  git(dev, "add", "--all");
  git(dev, "commit", "--quiet", "-m", message);
  git(dev, "push", "--quiet", "origin", branch);
  return git(dev, "rev-parse", "HEAD");
}

/** Makes the test merge commit of pull request `number` and pushes refs/pull/N/head and /merge. */
export function preparePullRequest(
  origin: Origin,
  number: number,
  branch: string,
): PullRequestRefs {
  const dev = origin.developer;
  git(dev, "fetch", "--quiet", "origin");
  const baseSha = git(dev, "rev-parse", "origin/main");
  const headSha = git(dev, "rev-parse", `origin/${branch}`);
  git(dev, "checkout", "--quiet", "--detach", baseSha);
  git(dev, "merge", "--quiet", "--no-ff", "-m", `Merge ${headSha} into ${baseSha}`, headSha);
  const mergeSha = git(dev, "rev-parse", "HEAD");
  git(
    dev,
    "push",
    "--quiet",
    "--force",
    "origin",
    `${headSha}:refs/pull/${number}/head`,
    `${mergeSha}:refs/pull/${number}/merge`,
  );
  return { headSha, baseSha, mergeSha };
}

/** Merges `branch` into origin's main with a merge commit, as the merge button does. Returns it. */
export function mergePullRequest(origin: Origin, number: number, branch: string): string {
  const dev = origin.developer;
  git(dev, "fetch", "--quiet", "origin");
  git(dev, "checkout", "--quiet", "--detach", "origin/main");
  git(
    dev,
    "merge",
    "--quiet",
    "--no-ff",
    "-m",
    `Merge pull request #${number} from ${branch}`,
    `origin/${branch}`,
  );
  git(dev, "push", "--quiet", "origin", "HEAD:refs/heads/main");
  return git(dev, "rev-parse", "HEAD");
}

/**
 * Creates a runner workspace in `dir` as actions/checkout@v4 does with its defaults: a shallow
 * fetch of `sha` only, then `checkout -B BRANCH` for a branch ref or a detached checkout for a
 * pull request's merge ref.
 */
export function checkoutWorkspace(dir: string, origin: Origin, ref: string, sha: string): string {
  mkdirSync(dir, { recursive: true });
  git(dir, "init", "--quiet", "-b", "main");
  git(dir, "remote", "add", "origin", origin.url);
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  const tracking = branch
    ? `refs/remotes/origin/${branch}`
    : ref.replace(/^refs\//, "refs/remotes/");
  git(dir, "fetch", "--quiet", "--no-tags", "--depth=1", "origin", `+${sha}:${tracking}`);
  if (branch) git(dir, "checkout", "--quiet", "--force", "-B", branch, tracking);
  else git(dir, "checkout", "--quiet", "--force", tracking);
  return dir;
}

export interface LoggedCommit {
  sha: string;
  subject: string;
  body: string;
}

/** Returns the commits of `branch` on the origin, newest first. */
export function originLog(origin: Origin, branch = "main"): LoggedCommit[] {
  const text = git(origin.bare, "log", "--format=%H%x1f%s%x1f%b%x1e", branch);
  return text
    .split("\x1e")
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [sha = "", subject = "", body = ""] = record.split("\x1f");
      return { sha, subject, body: body.trim() };
    });
}

/** Returns the text of `path` on the origin's `branch`, or undefined when it is not there. */
export function originFile(origin: Origin, path: string, branch = "main"): string | undefined {
  try {
    return git(origin.bare, "show", `${branch}:${path}`);
  } catch {
    return undefined;
  }
}

/** Lists the files under `folder` on the origin's `branch`. */
export function originFiles(origin: Origin, folder: string, branch = "main"): string[] {
  const text = git(origin.bare, "ls-tree", "-r", "--name-only", branch, "--", folder);
  return text === "" ? [] : text.split("\n");
}
