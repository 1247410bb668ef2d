// Command-line parsing on node:util parseArgs, with its errors turned into
// usage errors that name the command's --help.

import { parseArgs } from "node:util";
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
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}. Run \`nx1-migrate ${command} --help\` for usage.`);
  }
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
