import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fitComment } from "../../src/github/sticky-comment.js";

const MORE_AT = "https://github.com/o/r/actions/runs/1234/attempts/1";
const BUDGET = 65_536 - 1_024;
const NOTICE_START = "\n\n---\n**Trimmed:**";

function headOf(body: string): string {
  const index = body.lastIndexOf(NOTICE_START);
  expect(index).toBeGreaterThan(-1);
  return body.slice(0, index);
}

// Fence state per CommonMark for the bodies built here, which have no blockquotes. A fence
// opens with 3 or more backticks or tildes, and a backtick fence's info string has no
// backtick. It closes with the same character, repeated at least as often, alone on a line.
function openFenceAtEnd(text: string): boolean {
  let open: string | undefined;
  for (const line of text.split("\n")) {
    const match = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line.replace(/\r$/, ""));
    if (!match) continue;
    const [, marker, rest] = match as unknown as [string, string, string];
    if (open === undefined) {
      if (!(marker.startsWith("`") && rest.includes("`"))) open = marker;
    } else if (marker[0] === open[0] && marker.length >= open.length && rest.trim() === "") {
      open = undefined;
    }
  }
  return open !== undefined;
}

function isWellFormed(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}

// An HTML comment runs from `<!--` to the first `-->` after it.
function hasOpenHtmlComment(text: string): boolean {
  let rest = text;
  for (;;) {
    const start = rest.indexOf("<!--");
    if (start < 0) return false;
    const end = rest.indexOf("-->", start + 4);
    if (end < 0) return true;
    rest = rest.slice(end + 3);
  }
}

function planLines(count: number): string {
  return Array.from(
    { length: count },
    (_, index) => `+ create sales-orders-${index} (data_hive_to_iceberg)`,
  ).join("\n");
}

describe("fitComment", () => {
  it("keeps a body under the budget", () => {
    const body = `<!-- nx1-migrate:plan -->\n${planLines(100)}`;

    expect(fitComment(body, { moreAt: MORE_AT })).toEqual({ body, truncated: false });
  });

  it("trims a huge body below the limit", () => {
    const body = `<!-- nx1-migrate:plan -->\n## Plan\n${planLines(5_000)}`;
    expect(body.length).toBeGreaterThan(65_536);

    const fitted = fitComment(body, { moreAt: MORE_AT });

    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(BUDGET);
    expect(
      fitted.body.startsWith("<!-- nx1-migrate:plan -->\n## Plan\n+ create sales-orders-0 "),
    ).toBe(true);
    expect(fitted.body).toMatch(
      /shows \d+ of 5002 lines, because GitHub limits a comment to 65,536 characters/,
    );
    expect(fitted.body.endsWith(`The complete text is at ${MORE_AT}\n`)).toBe(true);
  });

  it("cuts at a line break", () => {
    const fitted = fitComment(planLines(5_000), { moreAt: MORE_AT });

    expect(headOf(fitted.body).split("\n").at(-1)).toMatch(
      /^\+ create sales-orders-\d+ \(data_hive_to_iceberg\)$/,
    );
  });

  it("closes a code fence open at the cut", () => {
    const body = `## Plan\n\`\`\`\`diff\n${planLines(5_000)}\n\`\`\`\`\ntail`;

    const head = headOf(fitComment(body, { moreAt: MORE_AT }).body);

    expect(head.endsWith("\n````")).toBe(true);
    expect(openFenceAtEnd(head)).toBe(false);
  });

  it("closes a tilde fence in a blockquote", () => {
    const body = `> ~~~yaml\n${planLines(5_000).replace(/^/gm, "> ")}\n> ~~~`;

    const head = headOf(fitComment(body, { moreAt: MORE_AT }).body);

    expect(head.endsWith("\n> ~~~")).toBe(true);
  });

  it("leaves a closed fence alone", () => {
    const body = `\`\`\`\nsmall\n\`\`\`\n${planLines(5_000)}`;

    const head = headOf(fitComment(body, { moreAt: MORE_AT }).body);

    expect(head.match(/```/g)).toHaveLength(2);
  });

  it("cuts before an HTML comment open at the cut", () => {
    const body = `summary\n<!-- details\n${planLines(5_000)}\n-->`;

    const fitted = fitComment(body, { moreAt: MORE_AT });

    expect(
      fitted.body.startsWith("summary\n\n---\n**Trimmed:** this comment shows 1 of 5003 lines"),
    ).toBe(true);
    expect(hasOpenHtmlComment(fitted.body)).toBe(false);
  });

  it("closes open details elements", () => {
    const body = `<details><summary>Runs</summary>\n\n<details>\n\n${planLines(5_000)}\n</details>\n</details>`;

    const head = headOf(fitComment(body, { moreAt: MORE_AT }).body);

    expect(head.endsWith("\n</details>\n</details>")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    // One line with no break to cut at, so the cut falls inside the emoji run.
    for (const prefix of ["", "x"]) {
      const fitted = fitComment(`${prefix}${"😀".repeat(40_000)}`, { moreAt: MORE_AT });

      expect(isWellFormed(fitted.body)).toBe(true);
      expect(headOf(fitted.body).slice(prefix.length)).toMatch(/^(😀)+$/u);
    }
  });

  it("never splits a ZWJ emoji sequence", () => {
    const family = "👨‍👩‍👧‍👦";
    for (const prefix of ["", "a", "ab", "abc"]) {
      const fitted = fitComment(`${prefix}${family.repeat(10_000)}`, { moreAt: MORE_AT });
      const head = headOf(fitted.body).slice(prefix.length);

      expect(head.length % family.length).toBe(0);
      expect(head.split(family).join("")).toBe("");
    }
  });

  it("fits a custom limit with no margin", () => {
    const fitted = fitComment(planLines(50), {
      limit: 1_000,
      margin: 0,
      moreAt: "the job summary.",
    });

    expect(fitted.truncated).toBe(true);
    expect(fitted.body.length).toBeLessThanOrEqual(1_000);
    expect(fitted.body.endsWith("The complete text is at the job summary.\n")).toBe(true);
  });

  it("rejects an empty moreAt", () => {
    expect(() => fitComment("x", { moreAt: " " })).toThrow(
      /moreAt is empty: pass where the complete text is/,
    );
  });

  it("rejects a margin at the limit", () => {
    expect(() => fitComment("x", { limit: 10, margin: 10, moreAt: MORE_AT })).toThrow(
      "Invalid margin 10: write a whole number from 0 to 9 (below the limit).",
    );
  });

  it("rejects a limit of zero", () => {
    expect(() => fitComment("x", { limit: 0, moreAt: MORE_AT })).toThrow(/Invalid limit 0/);
  });

  it("rejects a limit too small for the notice", () => {
    expect(() => fitComment("x".repeat(500), { limit: 100, margin: 0, moreAt: MORE_AT })).toThrow(
      /Cannot fit the trim notice into 100 characters/,
    );
  });

  it("holds its guarantees for random bodies", () => {
    const piece = fc.constantFrom(
      "\n",
      "```",
      "~~~~",
      "\n```yaml\n",
      "\n```\n",
      "<!--",
      "-->",
      "<details>",
      "</details>",
      "😀",
      "👨‍👩‍👧‍👦",
      "e\u0301",
      "plain text ",
      "\r\n",
    );
    const word = fc.string({
      unit: fc.constantFrom("a", "b", " ", "\t", "-", "`", "~", "é", "😀"),
      maxLength: 30,
    });
    const body = fc
      .array(fc.oneof(piece, word), { minLength: 20, maxLength: 400, size: "max" })
      .map((pieces) => pieces.join(""));

    fc.assert(
      fc.property(body, fc.integer({ min: 300, max: 2_000 }), (text, limit) => {
        const fitted = fitComment(text, { limit, margin: 10, moreAt: MORE_AT });

        expect(fitted.body.length).toBeLessThanOrEqual(limit - 10);
        expect(isWellFormed(fitted.body)).toBe(true);
        if (!fitted.truncated) {
          expect(fitted.body).toBe(text);
          return;
        }
        const head = headOf(fitted.body);
        expect(hasOpenHtmlComment(head)).toBe(false);
        expect(openFenceAtEnd(head)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
