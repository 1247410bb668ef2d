// The git runner of this module: simple-git with prompts and editors off and
// its default guards against unsafe options in place. Every failure becomes
// a GitCommandError whose text has no credentials.

import { GitError, simpleGit, type SimpleGit, type SimpleGitOptions } from "simple-git";

import { redactCredentials } from "./redact.js";

/** An author or committer. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** The identity GitHub shows with the Actions logo. */
export const BOT_IDENTITY: GitIdentity = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

export interface OpenRepositoryOptions {
  /** Extra environment for git. Keys that simple-git guards (GIT_*, EDITOR, PAGER, ...) are rejected by simple-git. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Committer of every commit and rebase. Default: github-actions[bot]. */
  committer?: GitIdentity;
  /** A git process that prints nothing for this long is killed, in ms. Default 300000. */
  timeoutMs?: number;
  /** Settings given to every command as `-c NAME=VALUE`. */
  config?: readonly string[];
}

/** A working tree opened for this module's functions. */
export interface GitRepository {
  /** Directory git runs in: the root of a working tree, or a folder inside one. */
  readonly dir: string;
  readonly committer: GitIdentity;
  /** The simple-git instance; exposed for reads that this module does not cover. */
  readonly git: SimpleGit;
  /** Creates a sibling instance that writes `input` to the stdin of each command. */
  readonly withInput: (input: string) => SimpleGit;
  /** Opens another directory, such as a worktree, with the same options and `config` added. */
  readonly reopen: (dir: string, config?: readonly string[]) => GitRepository;
}

/**
 * Variables set for every git process. GIT_TERMINAL_PROMPT=0 and
 * GCM_INTERACTIVE=never make a missing credential fail at once instead of
 * waiting for a prompt no one can answer. GIT_EDITOR=":" is git's own
 * "no editor" value. LC_ALL=C keeps git's messages in English, because
 * push rejections are recognised by their text.
 */
const FIXED_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: "0",
  GCM_INTERACTIVE: "never",
  GIT_EDITOR: ":",
  LC_ALL: "C",
  LANGUAGE: "C",
};

/** simple-git removes or rejects these unless they are listed in `allowEnvironment`. */
const ALLOWED_ENV = ["GIT_TERMINAL_PROMPT", "GIT_EDITOR"];

/** Keys that simple-git 4 guards: every GIT_* key and a few that run programs. */
function isGuardedKey(key: string): boolean {
  const lower = key.toLowerCase();
  return (
    lower.startsWith("git_") ||
    ["editor", "visual", "pager", "ssh_askpass", "prefix"].includes(lower)
  );
}

/**
 * Opens the working tree at `dir`. Nothing runs yet: a folder that is not a
 * repository fails at the first command. simple-git's `unsafe` settings stay
 * at their defaults, so options such as --upload-pack or -c core.sshCommand
 * are rejected.
 */
export function openRepository(dir: string, options: OpenRepositoryOptions = {}): GitRepository {
  const committer = checkIdentity(options.committer ?? BOT_IDENTITY, "committer");
  const env: Record<string, string> = {};
  // Guarded variables inherited from the process would be dropped by
  // simple-git anyway; dropping them here keeps the explicit env accepted.
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !isGuardedKey(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value !== undefined) env[key] = value;
  }
  Object.assign(env, FIXED_ENV);

  const settings: Partial<SimpleGitOptions> = {
    baseDir: dir,
    config: [...(options.config ?? [])],
    // Settings this module passes itself are allowed by their exact key,
    // so that simple-git's guard still rejects any other.
    allowConfig: (options.config ?? []).map((entry) => entry.slice(0, entry.indexOf("="))),
    allowEnvironment: ALLOWED_ENV,
    timeout: { block: options.timeoutMs ?? 300_000 },
    // simple-git reports a failure only when git also wrote to stderr; this
    // turns every non-zero exit into an error that keeps the exit code.
    errors: (error, result) =>
      result.exitCode === 0
        ? error
        : new GitExitError(
            result.exitCode,
            Buffer.concat(result.stdOut).toString("utf8"),
            Buffer.concat(result.stdErr).toString("utf8"),
            error instanceof Error ? error.message : undefined,
          ),
  };
  const create = (extra: Partial<SimpleGitOptions> = {}) =>
    simpleGit({ ...settings, ...extra }).env(env);

  return {
    dir,
    committer,
    git: create(),
    withInput: (input: string) => create({ input: () => input }),
    reopen: (otherDir: string, config: readonly string[] = []) =>
      openRepository(otherDir, { ...options, config: [...(options.config ?? []), ...config] }),
  };
}

/**
 * A git process that exited with a non-zero code. Its message has no
 * credentials. It extends simple-git's GitError because simple-git replaces
 * any other error class with a GitError that keeps only the message.
 */
export class GitExitError extends GitError {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;

  constructor(exitCode: number, stdout: string, stderr: string, fallback?: string) {
    const text = stderr.trim() || stdout.trim() || fallback || `git exited with code ${exitCode}`;
    super(undefined, redactCredentials(text));
    this.name = "GitExitError";
    this.exitCode = exitCode;
    this.stdout = redactCredentials(stdout);
    this.stderr = redactCredentials(stderr);
  }
}

/** A failed git operation, worded for the user. Message and output have no credentials. */
export class GitCommandError extends Error {
  readonly exitCode: number | undefined;
  readonly output: string;

  constructor(message: string, cause?: unknown) {
    const output = cause instanceof Error ? cause.message : "";
    super(redactCredentials(output ? `${message}: ${output}` : message));
    this.name = "GitCommandError";
    this.exitCode = cause instanceof GitExitError ? cause.exitCode : undefined;
    this.output = redactCredentials(output);
  }
}

/** Runs git and returns stdout; throws GitCommandError naming `action` on failure. */
export async function runGit(repo: GitRepository, args: string[], action: string): Promise<string> {
  try {
    return await repo.git.raw(args);
  } catch (error) {
    throw new GitCommandError(action, error);
  }
}

/** Runs git and returns the exit code with the output, for commands whose exit code is the result. */
export async function tryGit(
  repo: GitRepository,
  args: string[],
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    const stdout = await repo.git.raw(args);
    return { exitCode: 0, stdout, stderr: "" };
  } catch (error) {
    if (error instanceof GitExitError) {
      return { exitCode: error.exitCode, stdout: error.stdout, stderr: error.stderr };
    }
    throw new GitCommandError(`git ${args[0] ?? ""} failed`, error);
  }
}

/** Arguments that set the committer for one command, without touching any config file. */
export function identityConfig(identity: GitIdentity): string[] {
  return ["-c", `user.name=${identity.name}`, "-c", `user.email=${identity.email}`];
}

/** Rejects identities that git would misparse or that could inject header lines. */
export function checkIdentity(identity: GitIdentity, role: string): GitIdentity {
  for (const [field, value] of [
    ["name", identity.name],
    ["email", identity.email],
  ] as const) {
    if (value.trim() === "" || /[<>\n\r\0]/.test(value)) {
      throw new Error(
        `${role}.${field} "${value}" is empty or contains <, > or a line break; write it as in "Jane Doe <jane@example.com>" without the brackets`,
      );
    }
  }
  return identity;
}

/** Rejects a value that git would read as an option. */
export function checkNotOption(value: string, label: string): string {
  if (value.startsWith("-")) {
    throw new Error(
      `${label} "${redactCredentials(value)}" starts with "-"; git would read it as an option`,
    );
  }
  return value;
}
