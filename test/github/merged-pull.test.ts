import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findMergedPullRequest } from "../../src/github/merged-pull.js";
import { createOctokit, type GitHubClient } from "../../src/github/octokit.js";
import { FakeGitHub, type FakePull } from "./fake-github.js";

const SHA = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

function pull(number: number, mergedAt: string | null, mergeCommitSha: string | null): FakePull {
  return {
    number,
    title: `Pull ${number}`,
    html_url: `https://github.example/o/r/pull/${number}`,
    state: mergedAt ? "closed" : "open",
    merged_at: mergedAt,
    merge_commit_sha: mergeCommitSha,
    base: { ref: "main" },
    head: { ref: `feature-${number}` },
  };
}

describe("findMergedPullRequest", () => {
  let github: FakeGitHub;
  let octokit: GitHubClient;

  beforeAll(async () => {
    github = await FakeGitHub.start();
    octokit = createOctokit({ token: "ghs_test", baseUrl: github.baseUrl, retryAfterBaseValue: 1 });
  });

  afterAll(async () => {
    await github.close();
  });

  it("prefers the pull request merged as this commit", async () => {
    github.pulls.set(SHA, [
      pull(1, null, "1111111111111111111111111111111111111111"),
      pull(2, "2024-05-01T10:00:00Z", "2222222222222222222222222222222222222222"),
      pull(3, "2024-05-02T10:00:00Z", SHA),
    ]);

    const found = await findMergedPullRequest(octokit, { owner: "o", repo: "r", sha: SHA });

    expect(found).toEqual({
      number: 3,
      title: "Pull 3",
      htmlUrl: "https://github.example/o/r/pull/3",
      mergeCommitSha: SHA,
      baseRef: "main",
      headRef: "feature-3",
    });
  });

  it("falls back to the first merged one", async () => {
    github.pulls.set(SHA, [
      pull(4, null, null),
      pull(5, "2024-05-01T10:00:00Z", "5".repeat(40)),
      pull(6, "2024-05-03T10:00:00Z", "6".repeat(40)),
    ]);

    const found = await findMergedPullRequest(octokit, { owner: "o", repo: "r", sha: SHA });

    expect(found?.number).toBe(5);
  });

  it("returns null without a merged one", async () => {
    github.pulls.set(SHA, [pull(7, null, "7".repeat(40))]);

    expect(await findMergedPullRequest(octokit, { owner: "o", repo: "r", sha: SHA })).toBeNull();
  });

  it("returns null after a direct push", async () => {
    github.pulls.delete(SHA);

    expect(await findMergedPullRequest(octokit, { owner: "o", repo: "r", sha: SHA })).toBeNull();
  });

  it("retries a 500", async () => {
    github.pulls.set(SHA, [pull(8, "2024-05-01T10:00:00Z", SHA)]);
    github.fail({ method: "GET", path: /\/commits\/[0-9a-f]+\/pulls$/, status: 500 });
    const before = github.requests.length;

    const found = await findMergedPullRequest(octokit, { owner: "o", repo: "r", sha: SHA });

    expect(found?.number).toBe(8);
    expect(github.requests.length - before).toBe(2);
    expect(github.requests.at(-1)!.url).toBe(`/repos/o/r/commits/${SHA}/pulls?per_page=100`);
  });

  it("throws a 404", async () => {
    github.fail({ method: "GET", path: /\/commits\/[0-9a-f]+\/pulls$/, status: 404 });

    await expect(
      findMergedPullRequest(octokit, { owner: "o", repo: "r", sha: SHA }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});
