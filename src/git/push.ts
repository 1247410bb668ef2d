// Push with fetch, rebase and retry. Never forced: a rejected push is
// rebased onto what the remote has and tried again, so commits pushed by
// someone else in between always survive.

import { setTimeout as delay } from "node:timers/promises";

import {
  GitCommandError,
  checkNotOption,
  identityConfig,
  runGit,
  tryGit,
  type GitRepository,
} from "./git-process.js";
import { currentBranch, headSha } from "./inspect.js";
import { redactCredentials } from "./redact.js";

export type PushRejectionKind = "fetch-first" | "non-fast-forward" | "stale-info" | "ref-lock";

export interface PushRetryEvent {
  /** The attempt that was rejected, starting at 1. */
  attempt: number;
  kind: PushRejectionKind;
  /** git's output for the rejected push, without credentials. */
  message: string;
  /** Wait before the next attempt, in ms. */
  delayMs: number;
}

export interface PushOptions {
  /** Remote name or URL. Default "origin". */
  remote?: string;
  /** Branch to update on the remote. Default: the checked-out branch; required when HEAD is detached. */
  branch?: string;
  /** Maximum number of push attempts. Default 5. */
  attempts?: number;
  /** Delay before the first retry, in ms, doubled for each later one. Default 1000. */
  baseDelayMs?: number;
  /** Upper bound of one delay, in ms. Default 10000. */
  maxDelayMs?: number;
  onRetry?: (event: PushRetryEvent) => void;
}

/**
 * Rejections that a fetch and rebase can resolve, matched in git's output
 * (including `remote:` lines, where servers and hooks report lock
 * failures). Any other failure, such as a protected branch or missing
 * permission, fails at once, because retrying cannot change it.
 */
const RETRYABLE_REJECTIONS: ReadonlyArray<{ kind: PushRejectionKind; pattern: RegExp }> = [
  { kind: "fetch-first", pattern: /\(fetch first\)/ },
  { kind: "non-fast-forward", pattern: /\(non-fast-forward\)/ },
  { kind: "stale-info", pattern: /\(stale info\)/ },
  {
    kind: "ref-lock",
    pattern:
      /cannot lock ref|failed to lock|unable to lock|incorrect old value provided|failed to update ref/i,
  },
];

/** Returns the kind of a rejection worth retrying, or undefined for any other failure. */
export function classifyPushRejection(output: string): PushRejectionKind | undefined {
  return RETRYABLE_REJECTIONS.find(({ pattern }) => pattern.test(output))?.kind;
}

/**
 * Pushes HEAD to refs/heads/<branch> on the remote and returns the sha that
 * was pushed. On a retryable rejection it fetches the branch, rebases HEAD
 * onto it and tries again, up to `attempts` times with exponential backoff.
 * A rebase conflict aborts the rebase, so the repository is as before the
 * call, and throws an error naming the conflicting files.
 */
export async function pushWithRetry(
  repo: GitRepository,
  options: PushOptions = {},
): Promise<string> {
  const remote = checkNotOption(options.remote ?? "origin", "remote");
  const branch = await targetBranch(repo, options.branch);
  const attempts = options.attempts ?? 5;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new Error(`attempts must be a whole number of at least 1, not ${attempts}`);
  }
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const where = `${redactCredentials(remote)} ${branch}`;

  for (let attempt = 1; ; attempt++) {
    const result = await tryGit(repo, ["push", "--no-verify", remote, `HEAD:refs/heads/${branch}`]);
    if (result.exitCode === 0) {
      const sha = await headSha(repo);
      if (!sha) throw new Error(`pushed to ${where}, but HEAD has no commit`);
      return sha;
    }

    const output = redactCredentials(`${result.stderr}\n${result.stdout}`.trim());
    const kind = classifyPushRejection(output);
    if (!kind) throw new GitCommandError(`git push to ${where} failed`, new Error(output));
    if (attempt >= attempts) {
      throw new GitCommandError(
        `git push to ${where} was rejected ${attempts} times (${kind})`,
        new Error(output),
      );
    }

    const step = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    const delayMs = Math.round(step / 2 + Math.random() * (step / 2));
    options.onRetry?.({ attempt, kind, message: output, delayMs });
    await delay(delayMs);
    await rebaseOntoRemote(repo, remote, branch);
  }
}

async function targetBranch(repo: GitRepository, branch: string | undefined): Promise<string> {
  if (branch === undefined) {
    const current = await currentBranch(repo);
    if (current === null) {
      throw new Error(
        `HEAD is detached in ${repo.dir}; pass { branch: "<name>" } to pushWithRetry to say which remote branch to update`,
      );
    }
    return current;
  }
  const valid = await tryGit(repo, ["check-ref-format", `refs/heads/${branch}`]);
  if (branch.startsWith("-") || valid.exitCode !== 0) {
    throw new Error(
      `branch "${branch}" is not a valid branch name; use a name such as "nx1-ledger"`,
    );
  }
  return branch;
}

/**
 * Fetches the remote branch and rebases HEAD onto it. A branch that does not
 * exist on the remote yet (the first push of a ledger branch) needs no
 * rebase. On a conflict the rebase is aborted before the error is thrown.
 */
async function rebaseOntoRemote(
  repo: GitRepository,
  remote: string,
  branch: string,
): Promise<void> {
  const where = `${redactCredentials(remote)} ${branch}`;
  const fetched = await tryGit(repo, ["fetch", "--no-tags", remote, `refs/heads/${branch}`]);
  if (fetched.exitCode !== 0) {
    if (/couldn't find remote ref/i.test(fetched.stderr)) return;
    throw new GitCommandError(`git fetch of ${where} failed`, new Error(fetched.stderr.trim()));
  }
  const upstream = (
    await runGit(
      repo,
      ["rev-parse", "--verify", "FETCH_HEAD^{commit}"],
      "git rev-parse FETCH_HEAD failed",
    )
  ).trim();

  const rebased = await tryGit(repo, [
    ...identityConfig(repo.committer),
    "rebase",
    "--no-verify",
    "--no-gpg-sign",
    "--no-autostash",
    upstream,
  ]);
  if (rebased.exitCode === 0) return;

  const conflicts = await tryGit(repo, ["diff", "--name-only", "--diff-filter=U", "-z"]);
  const files = conflicts.stdout.split("\0").filter(Boolean);
  await tryGit(repo, ["rebase", "--abort"]);
  if (files.length > 0) {
    throw new GitCommandError(
      `rebase onto ${where} stopped on conflicts in ${files.join(", ")}; the rebase was aborted and nothing was pushed. ` +
        "Someone else changed the same files: rerun after their change is in, or merge by hand",
    );
  }
  throw new GitCommandError(
    `rebase onto ${where} failed and was aborted; nothing was pushed`,
    new Error(`${rebased.stderr}\n${rebased.stdout}`.trim()),
  );
}
