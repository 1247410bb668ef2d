// Webhook payloads for GITHUB_EVENT_PATH, taken from @octokit/webhooks-examples (payloads
// recorded from github.com) and changed only where a run needs its own values: repository,
// default branch, refs, shas, pull request number and the head repository of a fork.

import { createRequire } from "node:module";

interface WebhookExamples {
  name: string;
  examples: Record<string, unknown>[];
}

type Payload = Record<string, unknown>;

const require = createRequire(import.meta.url);
const examples = require("@octokit/webhooks-examples") as WebhookExamples[];

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME */
  name: string;
  /** GITHUB_REF */
  ref: string;
  /** GITHUB_SHA */
  sha: string;
  payload: Payload;
}

function example(name: string, matches: (payload: Payload) => boolean): Payload {
  const found = examples.find((group) => group.name === name)?.examples.find(matches);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} example that fits`);
  return structuredClone(found);
}

function object(parent: Payload, key: string): Payload {
  return parent[key] as Payload;
}

/** Points a repository object of a payload at `fullName`, with main as its default branch. */
function setRepository(repository: Payload, fullName: string): void {
  const [owner, name] = fullName.split("/") as [string, string];
  repository.full_name = fullName;
  repository.name = name;
  repository.default_branch = "main";
  object(repository, "owner").login = owner;
}

export interface PullRequestEventOptions {
  repository: string;
  number: number;
  headRef: string;
  headSha: string;
  baseSha: string;
  mergeSha: string;
  /** `owner/name` of the fork the changes come from. Default: the repository itself. */
  headRepository?: string;
  action?: "opened" | "synchronize";
}

export function pullRequestEvent(options: PullRequestEventOptions): RunnerEvent {
  const action = options.action ?? "opened";
  const payload = example("pull_request", (candidate) => candidate.action === action);
  payload.number = options.number;
  setRepository(object(payload, "repository"), options.repository);
  const pull = object(payload, "pull_request");
  pull.number = options.number;
  pull.merge_commit_sha = options.mergeSha;
  const head = object(pull, "head");
  const base = object(pull, "base");
  head.ref = options.headRef;
  head.sha = options.headSha;
  base.ref = "main";
  base.sha = options.baseSha;
  setRepository(object(base, "repo"), options.repository);
  setRepository(object(head, "repo"), options.headRepository ?? options.repository);
  object(head, "repo").fork = options.headRepository !== undefined;
  return {
    name: "pull_request",
    ref: `refs/pull/${options.number}/merge`,
    sha: options.mergeSha,
    payload,
  };
}

export interface PushEventOptions {
  repository: string;
  branch: string;
  before: string;
  after: string;
}

export function pushEvent(options: PushEventOptions): RunnerEvent {
  const payload = example("push", (candidate) => candidate.ref === "refs/heads/master");
  const ref = `refs/heads/${options.branch}`;
  payload.ref = ref;
  payload.before = options.before;
  payload.after = options.after;
  setRepository(object(payload, "repository"), options.repository);
  object(payload, "repository").master_branch = "main";
  const headCommit = payload.head_commit as Payload | null;
  if (headCommit) headCommit.id = options.after;
  return { name: "push", ref, sha: options.after, payload };
}

export interface WorkflowDispatchEventOptions {
  repository: string;
  branch: string;
  sha: string;
}

export function workflowDispatchEvent(options: WorkflowDispatchEventOptions): RunnerEvent {
  const payload = example("workflow_dispatch", () => true);
  const ref = `refs/heads/${options.branch}`;
  payload.ref = ref;
  setRepository(object(payload, "repository"), options.repository);
  return { name: "workflow_dispatch", ref, sha: options.sha, payload };
}

/** Any other event, such as `schedule` or `release`, with only `repository` in the payload. */
export function otherEvent(
  name: string,
  repository: string,
  ref: string,
  sha: string,
): RunnerEvent {
  const payload = example("push", (candidate) => candidate.ref === "refs/heads/master");
  const repositoryObject = object(payload, "repository");
  setRepository(repositoryObject, repository);
  return { name, ref, sha, payload: { repository: repositoryObject } };
}
