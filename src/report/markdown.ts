// Escaping for GitHub-flavoured markdown. Reports and plan comments embed
// manifest values, which are untrusted text: they must read exactly as
// written, and `|`, a newline or a backtick must not break a table, a code
// span or the page around them.

/**
 * Escapes text for a markdown paragraph or table cell. Newlines become
 * spaces, and leading whitespace is dropped.
 */
export function escapeMarkdown(text: string): string {
  return (
    oneLine(text)
      .replace(/[\\`*_[\]<>|~&#]/g, (char) => `\\${char}`)
      // At the start of a line, four spaces, `-`, `+` or `1.` would begin a code block or a list.
      .replace(/^\s+/, "")
      .replace(/^([-+]|\d+[.)])/, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`)
      // A zero-width space stops `@team` from notifying people. GitHub reads a mention after any
      // character that is not a letter, digit or `_`, as in `(@org/team)`, but not in `a@b.com`.
      .replace(/(?<![A-Za-z0-9_])@(?=\w)/g, "@\u200b")
  );
}

/** Returns an inline code span that contains `text` exactly, safe in a table cell too. */
export function codeSpan(text: string): string {
  const content = oneLine(text).replaceAll("|", "\\|");
  if (content === "") return "";
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const padding = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return `${fence}${padding}${content}${padding}${fence}`;
}

/** Returns a fence of backticks longer than any run of backticks in `text`, for a fenced code block. */
export function codeFence(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`{3,}/g)].map((match) => match[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, " ");
}
