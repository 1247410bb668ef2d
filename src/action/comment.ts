// Writing the sticky comment on a pull request, shared by plan (the plan)
// and apply (the outcome on the merged pull request).

import type { EventContext } from "../github/event.js";
import type { GitHubClient } from "../github/octokit.js";
import { upsertStickyComment } from "../github/sticky-comment.js";
import type { StickyCommentResult } from "../github/sticky-comment.js";
import type { ActionSettings } from "./settings.js";

/** Creates or updates the comment on pull request `issueNumber`; a null client means no token, and the result is `skipped`. */
export function writeStickyComment(
  octokit: GitHubClient | null,
  settings: ActionSettings,
  context: EventContext,
  issueNumber: number,
  body: string,
): Promise<StickyCommentResult> {
  return upsertStickyComment(
    octokit,
    {
      owner: context.owner,
      repo: context.repo,
      issueNumber,
      key: settings.commentKey,
      moreAt: `the job summary of ${context.workflowRunUrl}`,
    },
    body,
  );
}
