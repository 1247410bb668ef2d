// One plan comment per pull request, found again on every run by a hidden marker on its
// first line, and edited in place so the conversation does not fill with old plans.
import type { Octokit } from "@octokit/rest";

import { fitComment } from "./fit-comment.js";

export { fitComment, type FitCommentOptions, type FittedComment } from "./fit-comment.js";

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** Pull request number (pull requests are issues in the comments API). */
  issueNumber: number;
  /** Key that keeps apart the comments of several workflows on one pull request: letters, digits, `.`, `_`, `-`. */
  key?: string;
  /** Location of the complete text when the body must be trimmed, such as the job summary URL. */
  moreAt?: string;
  /** Maximum body length in UTF-16 code units. Default 65,536. */
  limit?: number;
}

export type StickyCommentResult =
  | {
      status: "created" | "updated" | "unchanged";
      commentId: number;
      url: string;
      truncated: boolean;
    }
  | { status: "skipped"; reason: string };

const MARKER_NAME = "nx1-migrate:plan";
const KEY_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const DEFAULT_MORE_AT = "the job summary of this workflow run.";

// Statuses returned to a token that cannot write here: 403 for the read-only token of a fork
// pull request or a missing permission, 404 for a repository it cannot see, 401 for no token.
const SKIPPABLE_STATUSES = new Set([401, 403, 404]);

/** Returns the hidden first line that identifies the comment, such as `<!-- nx1-migrate:plan -->`. */
export function stickyMarker(key?: string): string {
  if (key === undefined || key === "") return `<!-- ${MARKER_NAME} -->`;
  if (!KEY_PATTERN.test(key)) {
    throw new Error(
      `Invalid comment key ${JSON.stringify(key)}: write 1 to 64 letters, digits, dots, underscores or hyphens, such as the workflow name.`,
    );
  }
  return `<!-- ${MARKER_NAME} key=${key} -->`;
}

/**
 * Creates the pull request's plan comment, or updates it in place, with `body` below the
 * marker, trimmed by fitComment() to the limit. Sends nothing when the comment already has
 * this exact body.
 *
 * Returns `skipped` instead of throwing when there is no client (no token) or when GitHub
 * returns 401, 403 or 404, so that the caller can write a notice and go on. Other failures,
 * such as a 5xx left after the retries, are thrown.
 */
export async function upsertStickyComment(
  octokit: Octokit | null | undefined,
  target: StickyCommentTarget,
  body: string,
): Promise<StickyCommentResult> {
  const marker = stickyMarker(target.key);
  const where = `${target.owner}/${target.repo}#${target.issueNumber}`;
  if (!octokit) {
    return {
      status: "skipped",
      reason: `No GitHub token, so the plan comment on ${where} was not written.`,
    };
  }

  const fitted = fitComment(`${marker}\n${body}`, {
    moreAt: target.moreAt ?? DEFAULT_MORE_AT,
    ...(target.limit !== undefined ? { limit: target.limit } : {}),
  });
  const issue = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };

  let step = "list the comments of";
  try {
    const existing = await findComment(octokit, issue, marker);
    if (existing && normalizeLineBreaks(existing.body) === normalizeLineBreaks(fitted.body)) {
      return {
        status: "unchanged",
        commentId: existing.id,
        url: existing.url,
        truncated: fitted.truncated,
      };
    }

    if (existing) {
      step = "update the plan comment on";
      const { data } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: fitted.body,
      });
      return {
        status: "updated",
        commentId: data.id,
        url: data.html_url,
        truncated: fitted.truncated,
      };
    }

    step = "create the plan comment on";
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: fitted.body });
    return {
      status: "created",
      commentId: data.id,
      url: data.html_url,
      truncated: fitted.truncated,
    };
  } catch (error) {
    const status = httpStatus(error);
    if (status === undefined || !SKIPPABLE_STATUSES.has(status)) throw error;
    return {
      status: "skipped",
      reason:
        `Could not ${step} ${where}: GitHub returned ${status} (${(error as Error).message}). ` +
        'Pull requests from forks get a read-only token; otherwise grant the workflow "pull-requests: write".',
    };
  }
}

interface FoundComment {
  id: number;
  url: string;
  body: string;
}

// Comments are listed oldest first, so a second marked comment (say, from a run that raced
// this one) is left alone and the oldest is the one kept up to date.
//
// Anyone who can comment can also write the marker, so a marked comment counts only when a
// bot wrote it (the workflow's GITHUB_TOKEN and GitHub App tokens comment as bots) or the
// token's own user did (a personal access token). The user is looked up only when a marked
// comment by a person turns up.
async function findComment(
  octokit: Octokit,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string,
): Promise<FoundComment | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...issue,
    per_page: 100,
  });
  let tokenUser: Promise<string | undefined> | undefined;
  for await (const { data } of pages) {
    for (const comment of data) {
      const body = comment.body ?? "";
      if (!isMarkedBy(body, marker)) continue;
      const author = comment.user;
      const ours =
        author?.type === "Bot" ||
        (author != null && author.login === (await (tokenUser ??= tokenLogin(octokit))));
      if (ours) return { id: comment.id, url: comment.html_url, body };
    }
  }
  return undefined;
}

/** Returns the login of the token's user, or undefined for a token that has none, such as GITHUB_TOKEN. */
async function tokenLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    // GITHUB_TOKEN gets 403 "Resource not accessible by integration" here.
    if (SKIPPABLE_STATUSES.has(httpStatus(error) ?? 0)) return undefined;
    throw error;
  }
}

function isMarkedBy(body: string, marker: string): boolean {
  const firstLine = body.split("\n", 1)[0] ?? "";
  return firstLine.trim() === marker;
}

function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n/g, "\n");
}

function httpStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("status" in error)) return undefined;
  const { status } = error as { status: unknown };
  return typeof status === "number" ? status : undefined;
}
