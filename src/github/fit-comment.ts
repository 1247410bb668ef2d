// Trimming of a Markdown comment body to GitHub's size limit. The head is kept (the plan
// summary comes first) and a notice gives the location of the complete text. The cut never splits
// a surrogate pair or a grapheme, never leaves an HTML comment open (that would hide the
// notice), and closes an open code fence and open <details> elements.

export interface FitCommentOptions {
  /** GitHub's maximum body length, in UTF-16 code units (String.length). Default 65,536. */
  limit?: number;
  /** Code units kept free below `limit`. Default 1,024. */
  margin?: number;
  /** Location of the complete text, such as the job summary URL, shown in the notice. */
  moreAt: string;
}

export interface FittedComment {
  body: string;
  truncated: boolean;
}

// NOTE: GitHub's error reads "maximum is 65536 characters" without saying how it counts.
// String.length (UTF-16 code units) is never below the count of code points. The margin
// is an estimate: it absorbs up to 1,024 characters of difference, such as line breaks
// stored as CRLF, in case GitHub counts differently. Neither was checked on github.com.
const DEFAULT_LIMIT = 65_536;
const DEFAULT_MARGIN = 1_024;

// A line break this close before the cut is preferred to cutting inside a line.
const LINE_BREAK_WINDOW = 4_096;

// Created on first use: building a segmenter loads ICU data, which costs
// milliseconds at every start of the action, and most runs never trim.
let graphemes: Intl.Segmenter | undefined;

const FENCE = /^([ \t]*(?:>[ \t]?)*[ \t]*)(`{3,}|~{3,})(.*)$/;

/** Returns `body` unchanged when it fits, else its head plus a notice pointing at `moreAt`. */
export function fitComment(body: string, options: FitCommentOptions): FittedComment {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const margin = options.margin ?? DEFAULT_MARGIN;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`Invalid limit ${limit}: write a whole number of 1 or more.`);
  }
  if (!Number.isInteger(margin) || margin < 0 || margin >= limit) {
    throw new Error(
      `Invalid margin ${margin}: write a whole number from 0 to ${limit - 1} (below the limit).`,
    );
  }
  if (options.moreAt.trim() === "") {
    throw new Error(
      "moreAt is empty: pass where the complete text is, such as the job summary URL.",
    );
  }

  const budget = limit - margin;
  if (body.length <= budget) return { body, truncated: false };

  const totalLines = countLines(body);
  // The notice counts kept lines, and the count never needs more digits than the total.
  const noticeLength = notice(totalLines, totalLines, limit, options.moreAt).length;
  let cut = budget - noticeLength;
  for (;;) {
    if (cut <= 0) {
      throw new Error(
        `Cannot fit the trim notice into ${budget} characters: raise limit ${limit}, lower margin ${margin}, or shorten moreAt.`,
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

function notice(keptLines: number, totalLines: number, limit: number, moreAt: string): string {
  return (
    `\n\n---\n**Trimmed:** this comment shows ${keptLines} of ${totalLines} lines, ` +
    `because GitHub limits a comment to ${limit.toLocaleString("en-US")} characters. ` +
    `The complete text is at ${moreAt}\n`
  );
}

// Returns body's longest head of at most `cut` code units that ends on a line break (when
// one is near) or on a grapheme boundary, with no HTML comment left open.
function trimHead(body: string, cut: number): string {
  const lineBreak = body.lastIndexOf("\n", cut - 1);
  const nearLineBreak = lineBreak >= 0 && cut - lineBreak <= LINE_BREAK_WINDOW;
  const end = nearLineBreak ? lineBreak : graphemeBoundaryAtOrBefore(body, cut);

  const head = body.slice(0, end);
  return head.slice(0, unclosedCommentStart(head) ?? head.length);
}

// HTML comments do not nest: each `<!--` is closed by the first `-->` after it.
function unclosedCommentStart(text: string): number | undefined {
  let start = text.indexOf("<!--");
  while (start >= 0) {
    const end = text.indexOf("-->", start + 4);
    if (end < 0) return start;
    start = text.indexOf("<!--", end + 3);
  }
  return undefined;
}

function graphemeBoundaryAtOrBefore(text: string, index: number): number {
  // Grapheme clusters are short, so segmenting a window around the cut finds the boundary.
  // The window runs past the cut so that a cluster crossing the cut is seen whole.
  const windowStart = Math.max(0, index - 256);
  let boundary = windowStart;
  let found = false;
  for (const { index: start, segment } of (graphemes ??= new Intl.Segmenter("en", {
    granularity: "grapheme",
  })).segment(text.slice(windowStart, index + 64))) {
    const end = windowStart + start + segment.length;
    if (end > index) break;
    boundary = end;
    found = true;
  }
  if (found || windowStart === 0) return boundary;

  // One cluster fills the whole window (stacked combining marks): cut inside it, but
  // never between the two halves of a surrogate pair.
  return isHighSurrogate(text.charCodeAt(index - 1)) ? index - 1 : index;
}

// Returns the text that closes a code fence and <details> elements left open in `head`.
function closeOpenBlocks(head: string): string {
  let fence: { prefix: string; marker: string } | undefined;
  let openDetails = 0;

  for (const line of head.split("\n")) {
    const match = FENCE.exec(line.replace(/\r$/, ""));
    if (fence) {
      if (match && isClosingFence(match, fence.marker)) fence = undefined;
      continue;
    }
    if (match && !(match[2]!.startsWith("`") && match[3]!.includes("`"))) {
      fence = { prefix: match[1]!, marker: match[2]! };
      continue;
    }
    openDetails += countMatches(line, /<details[\s>]/gi);
    openDetails = Math.max(0, openDetails - countMatches(line, /<\/details\s*>/gi));
  }

  let closers = fence ? `\n${fence.prefix}${fence.marker}` : "";
  closers += "\n</details>".repeat(openDetails);
  return closers;
}

function isClosingFence(match: RegExpExecArray, openMarker: string): boolean {
  const marker = match[2]!;
  return (
    marker[0] === openMarker[0] && marker.length >= openMarker.length && match[3]!.trim() === ""
  );
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function countLines(text: string): number {
  return text === "" ? 0 : text.split("\n").length;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
