import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-CFXFCYK2.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv, options, allowPositionals = true) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}. Run \`nx1-migrate ${command} --help\` for usage.`);
  }
}
function choice(name, value, choices, fallback) {
  if (value === void 0) return fallback;
  if (choices.includes(value)) return value;
  throw new UsageError(
    `invalid --${name} ${JSON.stringify(value)}; expected one of ${choices.join(", ")}`
  );
}
function positiveInteger(name, value, fallback) {
  if (value === void 0) return fallback;
  if (!/^[1-9][0-9]*$/.test(value))
    throw new UsageError(
      `invalid --${name} ${JSON.stringify(value)}; expected a whole number of 1 or more`
    );
  return Number(value);
}

export {
  parseCommandArgs,
  choice,
  positiveInteger
};
