import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { escapeAnnotationMessage, escapeForLog } from "../../src/github/safe-log.js";
import { hasCommandShape, parseRunnerCommand } from "./runner-commands.js";

function isUnsafeCharacter(character: string): boolean {
  const code = character.codePointAt(0)!;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

const INJECTIONS: [string, string][] = [
  ["plain command", "::add-mask::hunter2"],
  ["leading spaces", "   ::set-output name=run_id::forged"],
  ["leading tab", "\t::error::forged"],
  ["ideographic space", "\u3000::warning::forged"],
  ["no-break space", "\u00a0::notice::forged"],
  ["stop-commands", "::stop-commands::pause"],
  ["after a line break", "bucket name\n::error file=a.yaml::forged"],
  ["after a CR", "bucket name\r::error::forged"],
  ["line separator first", "\u2028::error::forged"],
  ["NEL first", "\u0085::error::forged"],
  ["after a vertical tab", "\u000b::error::forged"],
  ["legacy mid-line", 'value "x" ##[error]forged'],
  ["legacy at the start", "##[add-mask]hunter2"],
  ["legacy with extra hashes", "###[group]forged"],
  ["mixed case", "::ErRoR::forged"],
];

describe("escapeForLog", () => {
  it.each(INJECTIONS)("neutralizes %s", (_name, text) => {
    const lines = text.split(/\r\n|\r|\n/);
    expect(lines.some((line) => parseRunnerCommand(line) !== undefined)).toBe(true);

    const escaped = escapeForLog(text);

    expect(escaped).not.toMatch(/[\r\n]/);
    expect(hasCommandShape(escaped)).toBe(false);
    expect(parseRunnerCommand(escaped)).toBeUndefined();
  });

  it("shows control characters visibly", () => {
    expect(escapeForLog("a\nb\rc\td\u001b[31me\u007ff\u0085g\u2028h\u202ei")).toBe(
      "a\\nb\\rc\\td\\x1b[31me\\x7ff\\x85g\\u2028h\\u202ei",
    );
  });

  it("marks the escaped colon and hash", () => {
    expect(escapeForLog("  ::error::x")).toBe("  \\x3a:error::x");
    expect(escapeForLog("a ##[group]b")).toBe("a \\x23#[group]b");
    expect(escapeForLog("###[group]")).toBe("#\\x23#[group]");
  });

  it("leaves ordinary text alone", () => {
    const line =
      'migrations/sales.yaml:3:5: error: bucket "lake_prod" has "_", 100% wrong; use std::string [bucket-name]';
    expect(escapeForLog(line)).toBe(line);
    expect(escapeForLog("naïve 😀 日本語 # [x] #[y]")).toBe("naïve 😀 日本語 # [x] #[y]");
  });

  it("never yields a command for random text", () => {
    const piece = fc.constantFrom(
      "::",
      ":",
      "##[",
      "#",
      "[",
      "]",
      "\n",
      "\r",
      " ",
      "\t",
      "\u3000",
      "\u00a0",
      "\u2028",
      "\u0085",
      "\u000b",
      "\u001b",
      "error",
      "add-mask",
      "stop-commands",
      "x",
    );
    const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));

    fc.assert(
      fc.property(text, (input) => {
        const escaped = escapeForLog(input);
        expect([...escaped].filter(isUnsafeCharacter)).toEqual([]);
        expect(hasCommandShape(escaped)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("escapeAnnotationMessage", () => {
  it("keeps line breaks and escapes each line", () => {
    expect(escapeAnnotationMessage('value "50%"\r\n::set-output name=x::y\nend\u001b')).toBe(
      'value "50%"\n\\x3a:set-output name=x::y\nend\\x1b',
    );
  });

  it("escapes a lone CR visibly", () => {
    expect(escapeAnnotationMessage("a\rb")).toBe("a\\rb");
  });
});
