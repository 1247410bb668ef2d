import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { readEventContext, resolveMode, type EventContext } from "../../src/github/event.js";

// Real payloads recorded from github.com, from the npm package @octokit/webhooks-examples.
interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}
const require = createRequire(import.meta.url);
const definitions = JSON.parse(
  readFileSync(require.resolve("@octokit/webhooks-examples/api.github.com/index.json"), "utf8"),
) as WebhookDefinition[];

function example(
  name: string,
  matches: (payload: Record<string, unknown>) => boolean,
): Record<string, unknown> {
  const found = definitions.find((definition) => definition.name === name)?.examples.find(matches);
  if (!found) throw new Error(`No ${name} example matches in @octokit/webhooks-examples`);
  return structuredClone(found);
}

const pullRequestOpened = example("pull_request", (payload) => payload.action === "opened");
const pushToMaster = example("push", (payload) => payload.ref === "refs/heads/master");
const pushTag = example("push", (payload) => payload.ref === "refs/tags/simple-tag");
const workflowDispatch = example(
  "workflow_dispatch",
  (payload) => payload.ref === "refs/heads/main",
);

// The package has no pull request from a fork, so one is derived from pull_request.opened
// the way GitHub sends it: the head repository is the contributor's fork.
function forkPullRequest(): Record<string, unknown> {
  const payload = structuredClone(pullRequestOpened);
  const head = (payload.pull_request as { head: { repo: Record<string, unknown> } }).head;
  head.repo = { ...head.repo, full_name: "contributor/Hello-World", fork: true };
  return payload;
}

const folder = mkdtempSync(join(tmpdir(), "nx1-event-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let fileCount = 0;
function environment(
  eventName: string,
  payload: unknown,
  extra: Record<string, string> = {},
): Record<string, string> {
  const path = join(folder, `event-${fileCount++}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_SHA: "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    GITHUB_REF:
      typeof (payload as { ref?: unknown }).ref === "string"
        ? (payload as { ref: string }).ref
        : "",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "1234",
    GITHUB_RUN_ATTEMPT: "2",
    ...extra,
  };
}

describe("readEventContext", () => {
  it("reads pull_request.opened", () => {
    const context = readEventContext(
      environment("pull_request", pullRequestOpened, { GITHUB_REF: "refs/pull/2/merge" }),
    );

    expect(context).toEqual({
      eventName: "pull_request",
      owner: "Codertocat",
      repo: "Hello-World",
      sha: "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
      ref: "refs/pull/2/merge",
      defaultBranch: "master",
      pullRequest: {
        number: 2,
        headRepoFullName: "Codertocat/Hello-World",
        baseRepoFullName: "Codertocat/Hello-World",
        isFork: false,
        headSha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
      },
      workflowRunUrl: "https://github.com/Codertocat/Hello-World/actions/runs/1234/attempts/2",
    });
  });

  it("marks a fork pull request", () => {
    const context = readEventContext(environment("pull_request", forkPullRequest()));

    expect(context.pullRequest?.isFork).toBe(true);
    expect(context.pullRequest?.headRepoFullName).toBe("contributor/Hello-World");
  });

  it("treats a deleted head repository as a fork", () => {
    const payload = structuredClone(pullRequestOpened);
    (payload.pull_request as { head: { repo: unknown } }).head.repo = null;

    const context = readEventContext(environment("pull_request_target", payload));

    expect(context.pullRequest?.isFork).toBe(true);
    expect(context.pullRequest?.headRepoFullName).toBe("");
  });

  it("reads push without a pull request", () => {
    const context = readEventContext(environment("push", pushToMaster));

    expect(context.ref).toBe("refs/heads/master");
    expect(context.defaultBranch).toBe("master");
    expect(context.pullRequest).toBeUndefined();
  });

  it("reads workflow_dispatch", () => {
    const context = readEventContext(
      environment("workflow_dispatch", workflowDispatch, {
        GITHUB_REPOSITORY: "octo-org/octo-repo",
      }),
    );

    expect(context.owner).toBe("octo-org");
    expect(context.repo).toBe("octo-repo");
    expect(context.defaultBranch).toBe("main");
  });

  it("builds the run URL for GitHub Enterprise Server", () => {
    const context = readEventContext(
      environment("push", pushToMaster, {
        GITHUB_SERVER_URL: "https://ghe.example/",
        GITHUB_RUN_ATTEMPT: "",
      }),
    );

    expect(context.workflowRunUrl).toBe(
      "https://ghe.example/Codertocat/Hello-World/actions/runs/1234",
    );
  });

  it("links the Actions page without a run id", () => {
    const context = readEventContext(environment("push", pushToMaster, { GITHUB_RUN_ID: "" }));

    expect(context.workflowRunUrl).toBe("https://github.com/Codertocat/Hello-World/actions");
  });

  it("reads an empty payload without GITHUB_EVENT_PATH", () => {
    const context = readEventContext({ GITHUB_EVENT_NAME: "schedule", GITHUB_REPOSITORY: "o/r" });

    expect(context.defaultBranch).toBeUndefined();
    expect(context.sha).toBe("");
  });

  it("rejects a missing GITHUB_REPOSITORY", () => {
    expect(() => readEventContext({ GITHUB_EVENT_NAME: "push" })).toThrow(
      /GITHUB_REPOSITORY is missing.*owner\/name/,
    );
  });

  it("rejects a malformed GITHUB_REPOSITORY", () => {
    expect(() =>
      readEventContext({ GITHUB_EVENT_NAME: "push", GITHUB_REPOSITORY: "a/b/c" }),
    ).toThrow(/Invalid GITHUB_REPOSITORY "a\/b\/c": write owner\/name/);
  });

  it("rejects a missing GITHUB_EVENT_NAME", () => {
    expect(() => readEventContext({ GITHUB_REPOSITORY: "o/r" })).toThrow(
      /GITHUB_EVENT_NAME is missing/,
    );
  });

  it("names an unreadable payload file", () => {
    const missing = join(folder, "missing.json");
    expect(() =>
      readEventContext({
        GITHUB_EVENT_NAME: "push",
        GITHUB_REPOSITORY: "o/r",
        GITHUB_EVENT_PATH: missing,
      }),
    ).toThrow(`Cannot read the event payload GITHUB_EVENT_PATH=${missing}`);
  });

  it("names a payload with invalid JSON", () => {
    const path = join(folder, "broken.json");
    writeFileSync(path, "{ not json");
    expect(() =>
      readEventContext({
        GITHUB_EVENT_NAME: "push",
        GITHUB_REPOSITORY: "o/r",
        GITHUB_EVENT_PATH: path,
      }),
    ).toThrow(`Invalid JSON in the event payload GITHUB_EVENT_PATH=${path}`);
  });
});

describe("resolveMode", () => {
  const contextOf = (
    eventName: string,
    payload: unknown,
    extra: Record<string, string> = {},
  ): EventContext => readEventContext(environment(eventName, payload, extra));

  it.each([
    ["pull_request", pullRequestOpened, {}, "plan"],
    ["pull_request", forkPullRequest(), {}, "plan"],
    ["pull_request_target", forkPullRequest(), {}, "plan"],
    ["push", pushToMaster, {}, "apply"],
    ["push", pushToMaster, { GITHUB_REF: "refs/heads/feature" }, "validate"],
    ["push", pushTag, {}, "validate"],
    ["workflow_dispatch", workflowDispatch, { GITHUB_REF: "refs/heads/main" }, "apply"],
    ["workflow_dispatch", workflowDispatch, { GITHUB_REF: "refs/heads/feature" }, "plan"],
    ["workflow_run", example("workflow_run", () => true), {}, "validate"],
    ["schedule", {}, {}, "validate"],
  ] as const)("auto on %s (case %#) is %s", (eventName, payload, extra, expected) => {
    expect(resolveMode("auto", contextOf(eventName, payload, extra))).toBe(expected);
  });

  it("treats an empty input as auto", () => {
    expect(resolveMode("", contextOf("push", pushToMaster))).toBe("apply");
  });

  it("keeps an explicit mode", () => {
    expect(resolveMode("validate", contextOf("push", pushToMaster))).toBe("validate");
    expect(resolveMode(" PLAN ", contextOf("push", pushToMaster))).toBe("plan");
    expect(resolveMode("apply", contextOf("schedule", {}))).toBe("apply");
  });

  it("rejects an unknown mode and lists the valid ones", () => {
    expect(() => resolveMode("deploy", contextOf("push", pushToMaster))).toThrow(
      'Invalid mode "deploy": write one of auto, validate, plan, apply.',
    );
  });

  it("rejects apply on pull request events", () => {
    expect(() => resolveMode("apply", contextOf("pull_request_target", forkPullRequest()))).toThrow(
      /Mode apply is not allowed on pull_request_target events/,
    );
  });

  it("needs the default branch for apply on push", () => {
    const payload = structuredClone(pushToMaster);
    delete (payload.repository as Record<string, unknown>).default_branch;

    expect(resolveMode("auto", contextOf("push", payload))).toBe("validate");
  });
});
