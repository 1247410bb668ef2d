// The `--fault` syntax of `nx1-migrate sandbox`: KIND[=VALUE][:OPTION=VALUE]...
// such as `latency=200`, `status=503:retry-after=2:times=3` or
// `reset-after-create:probability=0.1`.

import { FaultSpecError, parseFaultSpec, type FaultSpec } from "./faults.js";

export const FAULT_SYNTAX_HELP = `Faults (--fault KIND[=VALUE][:OPTION=VALUE]..., repeatable, applied in order):
  latency=MS                   wait MS milliseconds before responding; combines with the others
  status=CODE[:retry-after=S]  respond CODE (500, 502, 503 or 429) without creating a run,
                               with a Retry-After of S seconds if given
  reset-before-create          close the connection without creating a run
  reset-after-create           create the run, then close the connection without a response
  hang[=headers|body]          create the run, then never finish the response: send no headers
                               (default), or the headers and half of the body
  invalid-json                 create the run, respond 201 with a body that is not valid JSON
  missing-run-id               create the run, respond 201 without run_id
Options of every fault:
  times=N                      apply to the next N requests only, then expire
  probability=P                apply with a chance of P (0 to 1), drawn from the --seed sequence
A request gets every latency that applies and the first other fault that applies.
`;

/** Maps FaultSpec keys to the names that the syntax uses, for error messages. */
const SYNTAX_NAMES: Record<string, string> = {
  kind: "kind",
  ms: "latency",
  status: "status",
  retryAfter: "retry-after",
  during: "hang",
  times: "times",
  probability: "probability",
};

/** Parses one `--fault` value. Throws FaultSpecError with a message that quotes the value. */
export function parseFaultArgument(text: string): FaultSpec {
  const fail = (problem: string) =>
    new FaultSpecError(`invalid --fault ${JSON.stringify(text)}: ${problem}`);
  const [head = "", ...optionParts] = text.split(":");
  const [kind = "", value] = splitOnce(head);
  const spec: Record<string, unknown> = { kind };

  switch (kind) {
    case "latency":
      spec.ms = numberValue(value, "latency=MS, such as latency=200", fail);
      break;
    case "status":
      spec.status = numberValue(value, "status=CODE, such as status=503", fail);
      break;
    case "hang":
      if (value !== undefined) spec.during = value;
      break;
    default:
      if (value !== undefined) throw fail(`${kind} takes no value; write ${kind}`);
  }

  for (const part of optionParts) {
    const [option = "", optionValue] = splitOnce(part);
    const example = `${option}=${option === "probability" ? "0.5" : "3"}`;
    switch (option) {
      case "times":
      case "probability":
        spec[option] = numberValue(optionValue, example, fail);
        break;
      case "retry-after":
        if (kind !== "status") throw fail("retry-after applies only to status faults");
        spec.retryAfter = numberValue(optionValue, "retry-after=SECONDS", fail);
        break;
      default:
        throw fail(
          `unknown option ${JSON.stringify(option)}; options are times, probability and, for status, retry-after`,
        );
    }
  }

  try {
    return parseFaultSpec(spec, (key) => SYNTAX_NAMES[key] ?? key);
  } catch (error) {
    if (error instanceof FaultSpecError) throw fail(error.message);
    throw error;
  }
}

function splitOnce(text: string): [string, string | undefined] {
  const index = text.indexOf("=");
  return index === -1 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

function numberValue(
  value: string | undefined,
  expected: string,
  fail: (problem: string) => FaultSpecError,
): number {
  if (value === undefined || !/^-?(\d+(\.\d*)?|\.\d+)$/.test(value)) {
    throw fail(
      `expected ${expected}, got ${value === undefined ? "no value" : JSON.stringify(value)}`,
    );
  }
  return Number(value);
}
