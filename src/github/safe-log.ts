// Escaping for untrusted text (manifest values, file names, API messages) on its way to the
// GitHub Actions log. The runner (actions/runner, ActionCommand.TryParseV2 and TryParse)
// runs a stdout line as a workflow command when the line, after its leading whitespace is
// trimmed, starts with `::`, or when it contains the legacy prefix `##[` anywhere. Such a
// command can mask text, set outputs or stop command processing, so untrusted text must
// produce neither form.

// C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and the
// bidirectional overrides and isolates that can make a log line read differently from its
// bytes.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// `::` after optional whitespace at the start. JavaScript's \s covers the characters that
// .NET's TrimStart removes once the control characters are escaped.
const LEADING_COMMAND = /^(\s*):(?=:)/;
const LEGACY_COMMAND = /#(?=#\[)/g;

/**
 * Escapes one log line of untrusted text so that the runner cannot read it as a workflow
 * command. Control characters become visible escapes (`\n`, `\r`, `\t`, `\x1b`, `\u2028`),
 * so the result is a single line. The first colon of a leading `::` becomes `\x3a`, and the
 * first `#` of every `##[` becomes `\x23`.
 *
 * The contract covers the whole line: escape the complete line, or an untrusted part that
 * is not glued to trusted text ending in `:` or `#`. Backslashes are kept as they are, so a
 * literal `\n` in the input reads the same as an escaped line break.
 */
export function escapeForLog(text: string): string {
  const visible = text.replace(UNSAFE_CHARACTER, escapeCharacter);
  return visible.replace(LEADING_COMMAND, "$1\\x3a").replace(LEGACY_COMMAND, "\\x23");
}

/**
 * Escapes multi-line untrusted text for the message of an annotation. Each line is escaped
 * as by {@link escapeForLog}, but line breaks stay, because @actions/core encodes them as
 * `%0A` and the annotation shows several lines. `%` is not escaped here: @actions/core does
 * that itself.
 */
export function escapeAnnotationMessage(text: string): string {
  return text.split(/\r?\n/).map(escapeForLog).join("\n");
}

function escapeCharacter(character: string): string {
  switch (character) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
  }
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}
