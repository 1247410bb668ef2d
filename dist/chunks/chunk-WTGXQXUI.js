import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-CFXFCYK2.js";
import {
  require_mod
} from "./chunk-ZAHGKAMQ.js";
import {
  __toESM
} from "./chunk-RVDFPOOV.js";

// src/cli/args.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv, options, allowPositionals = true) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    const code = error.code;
    const unknown = /Unknown option '(--?[^']+)'/.exec(error instanceof Error ? error.message : "");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
      const known = Object.keys(options).map((name) => `--${name}`);
      const guess = closestOption(unknown[1], known);
      throw new UsageError(
        `unknown option ${unknown[1]}${guess ? `; did you mean ${guess}?` : ""} Run \`nx1-migrate ${command} --help\` for usage.`
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}. Run \`nx1-migrate ${command} --help\` for usage.`);
  }
}
function closestOption(input, known) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const value = (0, import_fastest_levenshtein.distance)(input, candidate);
    if (value < bestDistance) [best, bestDistance] = [candidate, value];
  }
  return bestDistance <= 3 ? best : void 0;
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
function positiveNumber(name, value, fallback) {
  if (value === void 0) return fallback;
  const number = Number(value);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || !(number > 0)) {
    throw new UsageError(
      `invalid --${name} ${JSON.stringify(value)}; expected a number above 0, such as 30 or 0.5`
    );
  }
  return number;
}

export {
  parseCommandArgs,
  choice,
  positiveInteger,
  positiveNumber
};
