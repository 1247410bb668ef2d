// The pull request whose merge produced a commit on the default branch, so that apply can
// report the run ids it started on that pull request's plan comment.
import type { Octokit } from "@octokit/rest";

export interface MergedPullRequest {
  number: number;
  title: string;
  htmlUrl: string;
  /** Null when GitHub has not recorded one. */
  mergeCommitSha: string | null;
  baseRef: string;
  headRef: string;
}

export interface CommitLocation {
  owner: string;
  repo: string;
  sha: string;
}

/**
 * Finds the merged pull request associated with commit `sha` through
 * `GET /repos/{owner}/{repo}/commits/{sha}/pulls`. Prefers the one whose merge_commit_sha
 * is `sha` (a merge or squash commit), else takes the first merged one (a rebase merge,
 * whose commits differ from merge_commit_sha). Returns null when none is merged, as after
 * a direct push. API errors are thrown.
 */
export async function findMergedPullRequest(
  octokit: Octokit,
  { owner, repo, sha }: CommitLocation,
): Promise<MergedPullRequest | null> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner,
    repo,
    commit_sha: sha,
    per_page: 100,
  });
  const merged = data.filter((pull) => pull.merged_at !== null && pull.merged_at !== undefined);
  const chosen = merged.find((pull) => pull.merge_commit_sha === sha) ?? merged[0];
  if (!chosen) return null;

  return {
    number: chosen.number,
    title: chosen.title,
    htmlUrl: chosen.html_url,
    mergeCommitSha: chosen.merge_commit_sha ?? null,
    baseRef: chosen.base.ref,
    headRef: chosen.head.ref,
  };
}
