// Command-line parsing on node:util parseArgs, with its errors turned into
// usage errors that name the command's --help.

import { parseArgs } from "node:util";
import { distance } from "fastest-levenshtein";
import type { ParseArgsConfig } from "node:util";
import { UsageError } from "./usage-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<T extends Options>(
  command: string,
  argv: readonly string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const unknown = /Unknown option '(--?[^']+)'/.exec(error instanceof Error ? error.message : "");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
      // Node's own text suggests `--` for positionals, which misleads after a typo such as --fromat.
      const known = Object.keys(options).map((name) => `--${name}`);
      const guess = closestOption(unknown[1] as string, known);
      throw new UsageError(
        `unknown option ${unknown[1]}${guess ? `; did you mean ${guess}?` : ""} Run \`nx1-migrate ${command} --help\` for usage.`,
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}. Run \`nx1-migrate ${command} --help\` for usage.`);
  }
}

function closestOption(input: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const value = distance(input, candidate);
    if (value < bestDistance) [best, bestDistance] = [candidate, value];
  }
  return bestDistance <= 3 ? best : undefined;
}

/** Reads a choice option, rejecting values outside `choices`. */
export function choice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `invalid --${name} ${JSON.stringify(value)}; expected one of ${choices.join(", ")}`,
  );
}

/** Reads a positive integer option. */
export function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9][0-9]*$/.test(value))
    throw new UsageError(
      `invalid --${name} ${JSON.stringify(value)}; expected a whole number of 1 or more`,
    );
  return Number(value);
}

/** Reads a positive number option, such as a timeout of 0.5 seconds. */
export function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || !(number > 0)) {
    throw new UsageError(
      `invalid --${name} ${JSON.stringify(value)}; expected a number above 0, such as 30 or 0.5`,
    );
  }
  return number;
}
