import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);

// src/github/fit-comment.ts
var DEFAULT_LIMIT = 65536;
var DEFAULT_MARGIN = 1024;
var LINE_BREAK_WINDOW = 4096;
var graphemes;
var FENCE = /^([ \t]*(?:>[ \t]?)*[ \t]*)(`{3,}|~{3,})(.*)$/;
function fitComment(body, options) {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const margin = options.margin ?? DEFAULT_MARGIN;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`Invalid limit ${limit}: write a whole number of 1 or more.`);
  }
  if (!Number.isInteger(margin) || margin < 0 || margin >= limit) {
    throw new Error(
      `Invalid margin ${margin}: write a whole number from 0 to ${limit - 1} (below the limit).`
    );
  }
  if (options.moreAt.trim() === "") {
    throw new Error(
      "moreAt is empty: pass where the complete text is, such as the job summary URL."
    );
  }
  const budget = limit - margin;
  if (body.length <= budget) return { body, truncated: false };
  const totalLines = countLines(body);
  const noticeLength = notice(totalLines, totalLines, limit, options.moreAt).length;
  let cut = budget - noticeLength;
  for (; ; ) {
    if (cut <= 0) {
      throw new Error(
        `Cannot fit the trim notice into ${budget} characters: raise limit ${limit}, lower margin ${margin}, or shorten moreAt.`
      );
    }
    const head = trimHead(body, cut);
    const closers = closeOpenBlocks(head);
    const keptHead = head.replace(/\s+$/, "");
    const result = `${keptHead}${closers}${notice(countLines(keptHead), totalLines, limit, options.moreAt)}`;
    if (result.length <= budget) return { body: result, truncated: true };
    cut -= result.length - budget;
  }
}
function notice(keptLines, totalLines, limit, moreAt) {
  return `

---
**Trimmed:** this comment shows ${keptLines} of ${totalLines} lines, because GitHub limits a comment to ${limit.toLocaleString("en-US")} characters. The complete text is at ${moreAt}
`;
}
function trimHead(body, cut) {
  const lineBreak = body.lastIndexOf("\n", cut - 1);
  const nearLineBreak = lineBreak >= 0 && cut - lineBreak <= LINE_BREAK_WINDOW;
  const end = nearLineBreak ? lineBreak : graphemeBoundaryAtOrBefore(body, cut);
  const head = body.slice(0, end);
  return head.slice(0, unclosedCommentStart(head) ?? head.length);
}
function unclosedCommentStart(text) {
  let start = text.indexOf("<!--");
  while (start >= 0) {
    const end = text.indexOf("-->", start + 4);
    if (end < 0) return start;
    start = text.indexOf("<!--", end + 3);
  }
  return void 0;
}
function graphemeBoundaryAtOrBefore(text, index) {
  const windowStart = Math.max(0, index - 256);
  let boundary = windowStart;
  let found = false;
  for (const { index: start, segment } of (graphemes ??= new Intl.Segmenter("en", {
    granularity: "grapheme"
  })).segment(text.slice(windowStart, index + 64))) {
    const end = windowStart + start + segment.length;
    if (end > index) break;
    boundary = end;
    found = true;
  }
  if (found || windowStart === 0) return boundary;
  return isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}
function closeOpenBlocks(head) {
  let fence;
  let openDetails = 0;
  for (const line of head.split("\n")) {
    const match = FENCE.exec(line.replace(/\r$/, ""));
    if (fence) {
      if (match && isClosingFence(match, fence.marker)) fence = void 0;
      continue;
    }
    if (match && !(match[2].startsWith("`") && match[3].includes("`"))) {
      fence = { prefix: match[1], marker: match[2] };
      continue;
    }
    openDetails += countMatches(line, /<details[\s>]/gi);
    openDetails = Math.max(0, openDetails - countMatches(line, /<\/details\s*>/gi));
  }
  let closers = fence ? `
${fence.prefix}${fence.marker}` : "";
  closers += "\n</details>".repeat(openDetails);
  return closers;
}
function isClosingFence(match, openMarker) {
  const marker = match[2];
  return marker[0] === openMarker[0] && marker.length >= openMarker.length && match[3].trim() === "";
}
function countMatches(text, pattern) {
  return text.match(pattern)?.length ?? 0;
}
function countLines(text) {
  return text === "" ? 0 : text.split("\n").length;
}
function isHighSurrogate(code) {
  return code >= 55296 && code <= 56319;
}

// src/github/sticky-comment.ts
var MARKER_NAME = "nx1-migrate:plan";
var KEY_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
var DEFAULT_MORE_AT = "the job summary of this workflow run.";
var SKIPPABLE_STATUSES = /* @__PURE__ */ new Set([401, 403, 404]);
function stickyMarker(key) {
  if (key === void 0 || key === "") return `<!-- ${MARKER_NAME} -->`;
  if (!KEY_PATTERN.test(key)) {
    throw new Error(
      `Invalid comment key ${JSON.stringify(key)}: write 1 to 64 letters, digits, dots, underscores or hyphens, such as the workflow name.`
    );
  }
  return `<!-- ${MARKER_NAME} key=${key} -->`;
}
async function upsertStickyComment(octokit, target, body) {
  const marker = stickyMarker(target.key);
  const where = `${target.owner}/${target.repo}#${target.issueNumber}`;
  if (!octokit) {
    return {
      status: "skipped",
      reason: `No GitHub token, so the plan comment on ${where} was not written.`
    };
  }
  const fitted = fitComment(`${marker}
${body}`, {
    moreAt: target.moreAt ?? DEFAULT_MORE_AT,
    ...target.limit !== void 0 ? { limit: target.limit } : {}
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
        truncated: fitted.truncated
      };
    }
    if (existing) {
      step = "update the plan comment on";
      const { data: data2 } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body: fitted.body
      });
      return {
        status: "updated",
        commentId: data2.id,
        url: data2.html_url,
        truncated: fitted.truncated
      };
    }
    step = "create the plan comment on";
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: fitted.body });
    return {
      status: "created",
      commentId: data.id,
      url: data.html_url,
      truncated: fitted.truncated
    };
  } catch (error) {
    const status = httpStatus(error);
    if (status === void 0 || !SKIPPABLE_STATUSES.has(status)) throw error;
    return {
      status: "skipped",
      reason: `Could not ${step} ${where}: GitHub returned ${status} (${error.message}). Pull requests from forks get a read-only token; otherwise grant the workflow "pull-requests: write".`
    };
  }
}
async function findComment(octokit, issue, marker) {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...issue,
    per_page: 100
  });
  let tokenUser;
  for await (const { data } of pages) {
    for (const comment of data) {
      const body = comment.body ?? "";
      if (!isMarkedBy(body, marker)) continue;
      const author = comment.user;
      const ours = author?.type === "Bot" || author != null && author.login === await (tokenUser ??= tokenLogin(octokit));
      if (ours) return { id: comment.id, url: comment.html_url, body };
    }
  }
  return void 0;
}
async function tokenLogin(octokit) {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    if (SKIPPABLE_STATUSES.has(httpStatus(error) ?? 0)) return void 0;
    throw error;
  }
}
function isMarkedBy(body, marker) {
  const firstLine = body.split("\n", 1)[0] ?? "";
  return firstLine.trim() === marker;
}
function normalizeLineBreaks(text) {
  return text.replace(/\r\n/g, "\n");
}
function httpStatus(error) {
  if (typeof error !== "object" || error === null || !("status" in error)) return void 0;
  const { status } = error;
  return typeof status === "number" ? status : void 0;
}

export {
  stickyMarker,
  upsertStickyComment
};
