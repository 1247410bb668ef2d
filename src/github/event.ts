// The context of a workflow run, read from the variables and the event payload file that
// the runner provides, and the mode (validate, plan or apply) that follows from it.
import { readFileSync } from "node:fs";

export type Environment = Readonly<Record<string, string | undefined>>;

export interface PullRequestContext {
  number: number;
  /** `owner/name` of the repository the changes come from. Empty when that fork was deleted. */
  headRepoFullName: string;
  baseRepoFullName: string;
  /** True when the head repository is not the base repository, so the token is read-only. */
  isFork: boolean;
  headSha: string;
}

export interface EventContext {
  eventName: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: for pull_request events the test merge commit, not the head commit. */
  sha: string;
  ref: string;
  /** From payload.repository.default_branch, when the payload has it. */
  defaultBranch?: string;
  /** Set when the payload has a pull_request object. */
  pullRequest?: PullRequestContext;
  /** This run (and attempt), or the repository's Actions page when GITHUB_RUN_ID is missing. */
  workflowRunUrl: string;
}

export const MODE_INPUTS = ["auto", "validate", "plan", "apply"] as const;
export type ModeInput = (typeof MODE_INPUTS)[number];
export type Mode = Exclude<ModeInput, "auto">;

const PULL_REQUEST_EVENTS = new Set(["pull_request", "pull_request_target"]);

/**
 * Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_REF,
 * GITHUB_SERVER_URL, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. GITHUB_EVENT_NAME and
 * GITHUB_REPOSITORY are required. A missing GITHUB_EVENT_PATH reads as an empty payload.
 */
export function readEventContext(env: Environment): EventContext {
  const eventName = requireVariable(
    env,
    "GITHUB_EVENT_NAME",
    "the event name, such as pull_request",
  );
  const repository = requireVariable(env, "GITHUB_REPOSITORY", "owner/name");
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new Error(`Invalid GITHUB_REPOSITORY ${JSON.stringify(repository)}: write owner/name.`);
  }

  const payload = readPayload(env.GITHUB_EVENT_PATH?.trim());
  const defaultBranch = stringAt(payload, ["repository", "default_branch"]);
  const pullRequest = readPullRequest(payload);

  return {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA?.trim() ?? "",
    ref: env.GITHUB_REF?.trim() ?? "",
    ...(defaultBranch ? { defaultBranch } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    workflowRunUrl: workflowRunUrl(env, owner, repo),
  };
}

/**
 * Turns the `mode` input into the mode to run. `auto` (or an empty input) picks plan for
 * pull_request and pull_request_target, apply for a push or a workflow_dispatch on the
 * default branch, plan for a workflow_dispatch on another branch, and validate for
 * everything else.
 *
 * An explicit `apply` on a pull request event is rejected, because it would submit runs
 * from unmerged changes, which under pull_request_target may come from a fork.
 */
export function resolveMode(input: string, context: EventContext): Mode {
  const normalized = input.trim().toLowerCase() || "auto";
  if (!isModeInput(normalized)) {
    throw new Error(
      `Invalid mode ${JSON.stringify(input)}: write one of ${MODE_INPUTS.join(", ")}.`,
    );
  }

  if (normalized === "apply" && PULL_REQUEST_EVENTS.has(context.eventName)) {
    throw new Error(
      `Mode apply is not allowed on ${context.eventName} events, because it would submit runs from unmerged changes: ` +
        "use mode plan here and apply on push to the default branch or on workflow_dispatch.",
    );
  }
  if (normalized !== "auto") return normalized;

  if (PULL_REQUEST_EVENTS.has(context.eventName)) return "plan";
  // A dispatch on another branch would submit unreviewed manifests and push the ledger there.
  if (context.eventName === "workflow_dispatch")
    return isDefaultBranchRef(context) ? "apply" : "plan";
  if (context.eventName === "push" && isDefaultBranchRef(context)) return "apply";
  return "validate";
}

function isDefaultBranchRef(context: EventContext): boolean {
  return (
    context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`
  );
}

function isModeInput(value: string): value is ModeInput {
  return (MODE_INPUTS as readonly string[]).includes(value);
}

function requireVariable(env: Environment, name: string, expected: string): string {
  const value = env[name]?.trim();
  if (!value) {
    throw new Error(
      `${name} is missing: the GitHub runner sets it to ${expected}. Outside GitHub Actions, set it yourself.`,
    );
  }
  return value;
}

function readPayload(path: string | undefined): unknown {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(
      `Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `Invalid JSON in the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

function readPullRequest(payload: unknown): PullRequestContext | undefined {
  const number = valueAt(payload, ["pull_request", "number"]);
  if (typeof number !== "number" || !Number.isInteger(number)) return undefined;

  // head.repo is null when the fork was deleted after the pull request was opened.
  const headRepoFullName = stringAt(payload, ["pull_request", "head", "repo", "full_name"]) ?? "";
  const baseRepoFullName = stringAt(payload, ["pull_request", "base", "repo", "full_name"]) ?? "";
  return {
    number,
    headRepoFullName,
    baseRepoFullName,
    isFork: headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase(),
    headSha: stringAt(payload, ["pull_request", "head", "sha"]) ?? "",
  };
}

function workflowRunUrl(env: Environment, owner: string, repo: string): string {
  const server = (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "");
  const actionsUrl = `${server}/${owner}/${repo}/actions`;
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!runId) return actionsUrl;

  const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
  const attemptPath = attempt ? `/attempts/${encodeURIComponent(attempt)}` : "";
  return `${actionsUrl}/runs/${encodeURIComponent(runId)}${attemptPath}`;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function stringAt(root: unknown, path: readonly string[]): string | undefined {
  const value = valueAt(root, path);
  return typeof value === "string" && value !== "" ? value : undefined;
}
