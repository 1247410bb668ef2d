// How the GitHub Actions runner reads workflow commands from a step's stdout, reimplemented
// from actions/runner src/Runner.Common/ActionCommand.cs (TryParseV2, then the legacy
// TryParse) so tests can check what the runner would execute.

export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

// The command extensions registered in ActionCommandManager, plus stop-commands. Names are
// compared without regard to case.
const REGISTERED = new Set([
  "set-env",
  "set-output",
  "save-state",
  "add-mask",
  "add-path",
  "add-matcher",
  "remove-matcher",
  "debug",
  "warning",
  "error",
  "notice",
  "group",
  "endgroup",
  "echo",
  "stop-commands",
]);

// Characters for which .NET's Char.IsWhiteSpace is true, which string.TrimStart() removes.
const DOTNET_LEADING_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Splits stdout into lines as .NET's StreamReader.ReadLine does: at CR, LF or CRLF. */
export function runnerLines(stdout: string): string[] {
  const lines = stdout.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** True when the line has either command form, whatever the command name. */
export function hasCommandShape(line: string): boolean {
  return line.replace(DOTNET_LEADING_WHITESPACE, "").startsWith("::") || line.includes("##[");
}

/** Returns the command the runner would run for this line, or undefined for plain output. */
export function parseRunnerCommand(line: string): RunnerCommand | undefined {
  return parseV2(line) ?? parseLegacy(line);
}

function parseV2(line: string): RunnerCommand | undefined {
  const message = line.replace(DOTNET_LEADING_WHITESPACE, "");
  if (!message.startsWith("::")) return undefined;
  const end = message.indexOf("::", 2);
  if (end < 0) return undefined;

  const info = message.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED.has(command.toLowerCase())) return undefined;

  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(",")
      .filter(Boolean)) {
      const equals = pair.indexOf("=");
      if (equals > 0 && equals < pair.length - 1) {
        properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), PROPERTY_ESCAPES);
      }
    }
  }
  return { command, properties, data: unescape(message.slice(end + 2), DATA_ESCAPES) };
}

function parseLegacy(line: string): RunnerCommand | undefined {
  const prefix = line.indexOf("##[");
  if (prefix < 0) return undefined;
  const bracket = line.indexOf("]", prefix);
  if (bracket < 0) return undefined;

  const info = line.slice(prefix + 3, bracket);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED.has(command.toLowerCase())) return undefined;
  return { command, properties: {}, data: line.slice(bracket + 1) };
}

// The runner undoes the escapes in this order, `%25` last.
const DATA_ESCAPES: [string, string][] = [
  ["%0D", "\r"],
  ["%0A", "\n"],
  ["%25", "%"],
];
const PROPERTY_ESCAPES: [string, string][] = [
  ["%0D", "\r"],
  ["%0A", "\n"],
  ["%3A", ":"],
  ["%2C", ","],
  ["%25", "%"],
];

function unescape(text: string, escapes: [string, string][]): string {
  return escapes.reduce(
    (result, [escaped, original]) => result.split(escaped).join(original),
    text,
  );
}
