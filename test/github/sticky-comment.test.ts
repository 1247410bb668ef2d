import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { createOctokit, type GitHubClient } from "../../src/github/octokit.js";
import { stickyMarker, upsertStickyComment } from "../../src/github/sticky-comment.js";
import { FakeGitHub } from "./fake-github.js";

const MARKER = "<!-- nx1-migrate:plan -->";
const TARGET = { owner: "o", repo: "r", issueNumber: 7 };
const COMMENTS_PATH = /^\/repos\/o\/r\/issues\/7\/comments$/;

// Comment creation is slow by design: @octokit/plugin-throttling 11 spaces requests that
// notify users (creating a comment among them) 3 s apart within one process.

describe("stickyMarker", () => {
  it("has a default marker", () => {
    expect(stickyMarker()).toBe(MARKER);
  });

  it("adds a key", () => {
    expect(stickyMarker("nightly-plan_2.x")).toBe("<!-- nx1-migrate:plan key=nightly-plan_2.x -->");
  });

  it("rejects a key that could end the HTML comment", () => {
    expect(() => stickyMarker("a -->")).toThrow(
      'Invalid comment key "a -->": write 1 to 64 letters, digits, dots, underscores or hyphens',
    );
  });
});

describe("upsertStickyComment", () => {
  let github: FakeGitHub;
  let octokit: GitHubClient;

  beforeEach(async () => {
    github = await FakeGitHub.start();
    octokit = createOctokit({ token: "ghs_test", baseUrl: github.baseUrl, retryAfterBaseValue: 1 });
  });

  afterEach(async () => {
    await github.close();
  });

  it("skips without a client", async () => {
    const result = await upsertStickyComment(null, TARGET, "plan");

    expect(result).toEqual({
      status: "skipped",
      reason: "No GitHub token, so the plan comment on o/r#7 was not written.",
    });
  });

  it("creates the comment when absent", async () => {
    github.addComment(7, "Looks good to me", "reviewer");

    const result = await upsertStickyComment(octokit, TARGET, "## Plan\n+ create a");

    expect(result).toMatchObject({ status: "created", truncated: false });
    const comments = github.comments.get(7)!;
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toBe(`${MARKER}\n## Plan\n+ create a`);
    expect(result).toMatchObject({ commentId: comments[1]!.id, url: comments[1]!.html_url });
  });

  it("updates the marked comment on a later page", async () => {
    for (let index = 0; index < 130; index += 1)
      github.addComment(7, `comment ${index}`, "reviewer");
    const ours = github.addComment(7, `${MARKER}\nold plan`);
    for (let index = 0; index < 30; index += 1)
      github.addComment(7, `late comment ${index}`, "reviewer");

    const result = await upsertStickyComment(octokit, TARGET, "new plan");

    expect(result).toMatchObject({ status: "updated", commentId: ours.id });
    expect(ours.body).toBe(`${MARKER}\nnew plan`);
    expect(github.requestsTo("GET", /\/issues\/7\/comments\?per_page=100&page=2$/)).toHaveLength(1);
    expect(github.requestsTo("POST", /comments$/)).toHaveLength(0);
  });

  it("ignores a marked comment by a person", async () => {
    const forged = github.addComment(7, `${MARKER}\nforged plan`, "mallory");

    const result = await upsertStickyComment(octokit, TARGET, "real plan");

    expect(result).toMatchObject({ status: "created" });
    expect(forged.body).toBe(`${MARKER}\nforged plan`);
    expect(github.comments.get(7)!.at(-1)!.body).toBe(`${MARKER}\nreal plan`);
    expect(github.requestsTo("GET", /^\/user$/)).toHaveLength(1);
  });

  it("updates the token user's own comment", async () => {
    github.tokenUser = "deploy-bot-user";
    github.addComment(7, `${MARKER}\nforged plan`, "mallory");
    const ours = github.addComment(7, `${MARKER}\nold plan`, "deploy-bot-user");

    const result = await upsertStickyComment(octokit, TARGET, "new plan");

    expect(result).toMatchObject({ status: "updated", commentId: ours.id });
    expect(ours.body).toBe(`${MARKER}\nnew plan`);
    expect(github.requestsTo("GET", /^\/user$/)).toHaveLength(1);
  });

  it("asks for no user when a bot wrote the comment", async () => {
    github.addComment(7, `${MARKER}\nold plan`);

    await upsertStickyComment(octokit, TARGET, "new plan");

    expect(github.requestsTo("GET", /^\/user$/)).toHaveLength(0);
  });

  it("sends nothing when the body is identical", async () => {
    const ours = github.addComment(7, `${MARKER}\nsame plan`);

    const result = await upsertStickyComment(octokit, TARGET, "same plan");

    expect(result).toMatchObject({ status: "unchanged", commentId: ours.id });
    expect(github.requests.map((request) => request.method)).toEqual(["GET"]);
  });

  it("ignores the marker outside the first line", async () => {
    github.addComment(7, `Quoting the bot:\n${MARKER}\nold plan`, "reviewer");
    github.addComment(7, `${MARKER} extra\nnot ours`, "reviewer");

    const result = await upsertStickyComment(octokit, { ...TARGET, key: "nightly" }, "plan");

    expect(result.status).toBe("created");
    expect(github.requestsTo("PATCH", /./)).toHaveLength(0);
  });

  it("keeps comments of other keys apart", async () => {
    const plain = github.addComment(7, `${MARKER}\nplain plan`);
    const nightly = github.addComment(7, `${stickyMarker("nightly")}\nnightly plan`);

    const result = await upsertStickyComment(
      octokit,
      { ...TARGET, key: "nightly" },
      "nightly plan 2",
    );

    expect(result).toMatchObject({ status: "updated", commentId: nightly.id });
    expect(plain.body).toBe(`${MARKER}\nplain plan`);
  });

  it("skips on 403 from a read-only token", async () => {
    github.fail({
      method: "POST",
      path: COMMENTS_PATH,
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });

    const result = await upsertStickyComment(octokit, TARGET, "plan");

    expect(result.status).toBe("skipped");
    expect(result).toMatchObject({
      reason: expect.stringMatching(
        /^Could not create the plan comment on o\/r#7: GitHub returned 403 \(Resource not accessible by integration\)\. Pull requests from forks/,
      ),
    });
    expect(github.requestsTo("POST", /comments$/)).toHaveLength(1);
  });

  it("skips on 403 when updating", async () => {
    github.addComment(7, `${MARKER}\nold plan`);
    github.fail({ method: "PATCH", path: /\/issues\/comments\/\d+$/, status: 403 });

    const result = await upsertStickyComment(octokit, TARGET, "plan");

    expect(result).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/^Could not update the plan comment/),
    });
  });

  it("skips on 404 when listing", async () => {
    github.fail({
      method: "GET",
      path: COMMENTS_PATH,
      status: 404,
      body: { message: "Not Found" },
    });

    const result = await upsertStickyComment(octokit, TARGET, "plan");

    expect(result).toMatchObject({
      status: "skipped",
      reason: expect.stringMatching(/^Could not list the comments of o\/r#7: GitHub returned 404/),
    });
  });

  it("retries a 500 while listing", async () => {
    github.fail({ method: "GET", path: COMMENTS_PATH, status: 500 });
    github.addComment(7, `${MARKER}\nplan`);

    const result = await upsertStickyComment(octokit, TARGET, "plan");

    expect(result.status).toBe("unchanged");
    expect(github.requests).toHaveLength(2);
  });

  it("throws a 500 that outlasts the retries", async () => {
    github.fail({ method: "GET", path: COMMENTS_PATH, status: 500, times: 10 });

    await expect(upsertStickyComment(octokit, TARGET, "plan")).rejects.toMatchObject({
      status: 500,
    });
    expect(github.requests).toHaveLength(4);
  });

  it("trims a huge plan and keeps the marker", async () => {
    const ours = github.addComment(7, `${MARKER}\nold plan`);
    const plan = Array.from({ length: 4_000 }, (_, index) => `+ create migration-${index} 😀`).join(
      "\n",
    );

    const result = await upsertStickyComment(
      octokit,
      { ...TARGET, moreAt: "https://example.test/summary" },
      plan,
    );

    expect(result).toMatchObject({ status: "updated", truncated: true });
    expect(ours.body.length).toBeLessThanOrEqual(65_536);
    expect(ours.body.startsWith(`${MARKER}\n+ create migration-0 😀\n`)).toBe(true);
    expect(ours.body).toContain("The complete text is at https://example.test/summary");
  });
});
