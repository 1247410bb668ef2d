import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { createOctokit, resolveApiBaseUrl, type GitHubLogger } from "../../src/github/octokit.js";
import { VERSION } from "../../src/version.js";
import { FakeGitHub } from "./fake-github.js";

const TOKEN = "ghs_testtoken0123456789abcdef";
const COMMENTS_PATH = /^\/repos\/o\/r\/issues\/1\/comments$/;

interface RecordingLogger extends GitHubLogger {
  messages: { level: string; message: string }[];
}

function recordingLogger(): RecordingLogger {
  const messages: { level: string; message: string }[] = [];
  return {
    messages,
    debug: (message) => messages.push({ level: "debug", message }),
    info: (message) => messages.push({ level: "info", message }),
    warn: (message) => messages.push({ level: "warn", message }),
  };
}

function warnings(logger: RecordingLogger): string[] {
  return logger.messages.filter((entry) => entry.level === "warn").map((entry) => entry.message);
}

function rateLimitHeaders(resetInSeconds: number): Record<string, string> {
  return {
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "0",
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + resetInSeconds),
  };
}

describe("resolveApiBaseUrl", () => {
  it("prefers the explicit URL", () => {
    expect(
      resolveApiBaseUrl("http://127.0.0.1:9/api/v3/", { GITHUB_API_URL: "http://127.0.0.1:8" }),
    ).toBe("http://127.0.0.1:9/api/v3");
  });

  it("falls back to GITHUB_API_URL", () => {
    expect(resolveApiBaseUrl(undefined, { GITHUB_API_URL: "https://ghe.example/api/v3" })).toBe(
      "https://ghe.example/api/v3",
    );
  });

  it("defaults to github.com", () => {
    expect(resolveApiBaseUrl(undefined, {})).toBe("https://api.github.com");
    expect(resolveApiBaseUrl(" ", { GITHUB_API_URL: "" })).toBe("https://api.github.com");
  });

  it("rejects a relative URL", () => {
    expect(() => resolveApiBaseUrl("api/v3", {})).toThrow(
      /Invalid GitHub API URL "api\/v3" \(baseUrl\).*absolute URL/,
    );
  });

  it("rejects a non-HTTP scheme", () => {
    expect(() => resolveApiBaseUrl(undefined, { GITHUB_API_URL: "file:///etc" })).toThrow(
      /GITHUB_API_URL.*https or http/,
    );
  });
});

describe("createOctokit", () => {
  let github: FakeGitHub;

  beforeEach(async () => {
    github = await FakeGitHub.start("/api/v3");
  });

  afterEach(async () => {
    await github.close();
  });

  it("uses GITHUB_API_URL with a path prefix", async () => {
    const octokit = createOctokit({ token: TOKEN, env: { GITHUB_API_URL: github.baseUrl } });
    await octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 });

    expect(github.requests).toHaveLength(1);
    expect(github.requests[0]!.url).toMatch(/^\/api\/v3\/repos\/o\/r\/issues\/1\/comments/);
    expect(github.requests[0]!.authorization).toBe(`token ${TOKEN}`);
    expect(github.requests[0]!.userAgent).toContain(`nx1-migrate/${VERSION}`);
  });

  it("sends no Authorization without a token", async () => {
    const octokit = createOctokit({ baseUrl: github.baseUrl });
    await octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 });

    expect(github.requests[0]!.authorization).toBeUndefined();
  });

  it("retries a 500 then succeeds", async () => {
    github.fail({ method: "GET", path: COMMENTS_PATH, status: 500 });
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
    });

    const { status } = await octokit.rest.issues.listComments({
      owner: "o",
      repo: "r",
      issue_number: 1,
    });

    expect(status).toBe(200);
    expect(github.requests).toHaveLength(2);
  });

  it("stops after maxRetries 5xx responses", async () => {
    github.fail({ method: "GET", path: COMMENTS_PATH, status: 502, times: 10 });
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
      maxRetries: 2,
    });

    await expect(
      octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 }),
    ).rejects.toMatchObject({
      status: 502,
    });
    expect(github.requests).toHaveLength(3);
  });

  it("does not retry a 404", async () => {
    github.fail({
      method: "GET",
      path: COMMENTS_PATH,
      status: 404,
      body: { message: "Not Found" },
    });
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
    });

    await expect(
      octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(github.requests).toHaveLength(1);
  });

  it("retries a 429 rate limit once, not also with backoff", async () => {
    github.fail({
      method: "GET",
      path: COMMENTS_PATH,
      status: 429,
      headers: rateLimitHeaders(0),
      body: { message: "API rate limit exceeded for installation." },
    });
    const logger = recordingLogger();
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
      logger,
    });

    const { status } = await octokit.rest.issues.listComments({
      owner: "o",
      repo: "r",
      issue_number: 1,
    });

    expect(status).toBe(200);
    expect(github.requests).toHaveLength(2);
    expect(warnings(logger)).toEqual([
      expect.stringMatching(/^GitHub rate limit exceeded for GET .*: retry 1 of 3 in \d+ s\.$/),
    ]);
  });

  it("retries a 403 secondary rate limit", async () => {
    github.fail({
      method: "POST",
      path: COMMENTS_PATH,
      status: 403,
      headers: { "retry-after": "1" },
      body: {
        message:
          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
      },
    });
    const logger = recordingLogger();
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
      logger,
    });

    const { status } = await octokit.rest.issues.createComment({
      owner: "o",
      repo: "r",
      issue_number: 1,
      body: "x",
    });

    expect(status).toBe(201);
    expect(github.requestsTo("POST", /comments$/)).toHaveLength(2);
    expect(warnings(logger)).toEqual([
      expect.stringMatching(
        /^GitHub secondary rate limit exceeded for POST .*: retry 1 of 3 in 1 s\.$/,
      ),
    ]);
  });

  it("gives up after maxRetries rate limits", async () => {
    github.fail({
      method: "GET",
      path: COMMENTS_PATH,
      status: 403,
      headers: rateLimitHeaders(0),
      times: 10,
    });
    const logger = recordingLogger();
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
      maxRetries: 2,
      logger,
    });

    await expect(
      octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(github.requests).toHaveLength(3);
    expect(warnings(logger).at(-1)).toMatch(/giving up after 2 retries/);
  });

  it("does not wait for a distant rate limit reset", async () => {
    github.fail({
      method: "GET",
      path: COMMENTS_PATH,
      status: 403,
      headers: rateLimitHeaders(3600),
    });
    const logger = recordingLogger();
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
      logger,
    });

    await expect(
      octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(github.requests).toHaveLength(1);
    expect(warnings(logger)).toEqual([
      expect.stringMatching(/the wait of 360\d s exceeds 60 s, so not retrying/),
    ]);
  });

  it("never logs the token", async () => {
    github.fail({
      method: "GET",
      path: COMMENTS_PATH,
      status: 500,
      body: { message: `echo ${TOKEN}` },
    });
    github.fail({ method: "GET", path: COMMENTS_PATH, status: 429, headers: rateLimitHeaders(0) });
    github.fail({
      method: "GET",
      path: /issues\/2\/comments$/,
      status: 404,
      body: { message: `no ${TOKEN}` },
    });
    const logger = recordingLogger();
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: github.baseUrl,
      retryAfterBaseValue: 1,
      logger,
    });

    await octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 1 });
    await expect(
      octokit.rest.issues.listComments({ owner: "o", repo: "r", issue_number: 2 }),
    ).rejects.toMatchObject({
      status: 404,
    });

    const levels = new Set(logger.messages.map((entry) => entry.level));
    expect(levels).toEqual(new Set(["debug", "info", "warn"]));
    for (const { message } of logger.messages) expect(message).not.toContain(TOKEN);
  });

  it("rejects a negative maxRetries", () => {
    expect(() => createOctokit({ baseUrl: github.baseUrl, maxRetries: -1 })).toThrow(
      /Invalid maxRetries -1/,
    );
  });
});
