// Workflow commands as the runner reads them from a step's output. The rules follow the
// runner's ActionCommand.TryParseV2 and its legacy prefix. A line is a command when, after
// its leading whitespace, it starts with `::NAME` followed by `::`, or when it contains
// `##[` anywhere. Tests check stderr the same way as stdout.

export interface WorkflowCommand {
  /** Lower-cased command name, such as `error` or `set-output`. */
  command: string;
  properties: Record<string, string>;
  /** The message after the second `::`, unescaped. */
  data: string;
  /** The line as printed. */
  line: string;
}

/** Splits output at CR, LF or CRLF, as .NET's StreamReader.ReadLine does. */
export function outputLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** True for any line the runner would try to run as a command, known name or not. */
export function looksLikeCommand(line: string): boolean {
  return line.trimStart().startsWith("::") || line.includes("##[");
}

/** Returns every line of `text` that has a command shape, parsed. */
export function workflowCommands(text: string): WorkflowCommand[] {
  return outputLines(text).filter(looksLikeCommand).map(parseCommandLine);
}

/** Returns the workflow commands named `name` in `text`. */
export function commandsNamed(text: string, name: string): WorkflowCommand[] {
  return workflowCommands(text).filter((command) => command.command === name);
}

function parseCommandLine(line: string): WorkflowCommand {
  const trimmed = line.trimStart();
  if (!trimmed.startsWith("::")) {
    const start = line.indexOf("##[");
    const end = line.indexOf("]", start);
    const head = line.slice(start + 3, end < 0 ? undefined : end);
    return { command: head.split(" ")[0]!.toLowerCase(), properties: {}, data: "", line };
  }
  const end = trimmed.indexOf("::", 2);
  const head = end < 0 ? trimmed.slice(2) : trimmed.slice(2, end);
  const space = head.indexOf(" ");
  const command = (space < 0 ? head : head.slice(0, space)).toLowerCase();
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(",")) {
      const equals = pair.indexOf("=");
      if (equals > 0)
        properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  const data = end < 0 ? "" : unescapeData(trimmed.slice(end + 2));
  return { command, properties, data, line };
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
  return unescapeData(text.replace(/%3A/gi, ":").replace(/%2C/gi, ","));
}
