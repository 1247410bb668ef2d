// The YAML fast path against the full parse. Whenever parseSimpleYaml
// returns a value, parseYamlSource must accept the same text with no
// diagnostic and return the same data: same key order, same types, -0 kept
// apart from 0, plain objects only. Returning undefined is always allowed,
// but the example manifests and the benchmark corpus must take the fast path.
// The ranges that locate reads from simple-positions.ts are checked against
// yaml's on the same texts (simple-positions.test.ts has the details).

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locate } from "../../src/manifest/locate.js";
import type { DataPath } from "../../src/manifest/locate.js";
import { buildSourcePositions } from "../../src/manifest/simple-positions.js";
import { parseSimpleYaml, SIMPLE_YAML_MAX_DEPTH } from "../../src/manifest/simple-yaml.js";
import { parseYamlSource } from "../../src/manifest/yaml-source.js";
import type { YamlSource } from "../../src/manifest/yaml-source.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLES_DIR = join(ROOT, "examples/migrations");

// A fixed seed keeps every run on the same inputs, so a failure reproduces.
const SEED = 1_847_202;
// With these counts the file runs in about 9 s (Node 20, 2 cores), the checks of ranges included. Raise them locally to search longer.
const GRAMMAR_RUNS = 20_000;
const RANDOM_TEXT_RUNS = 20_000;
const MUTATION_RUNS = 10_000;

interface Corpus {
  manifestText(index: number, options?: { withError?: boolean; revision?: number }): string;
  CONFIG_TEXT: string;
}

// bench/corpus.mjs has no type declarations, so it is loaded by URL and typed here.
const corpus = (await import(pathToFileURL(join(ROOT, "bench/corpus.mjs")).href)) as Corpus;

function exampleFiles(): { name: string; text: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), "utf8") }));
}

// ---------------------------------------------------------------------------
// The contract, one assertion per condition.

/** Lists every key with its path, in iteration order, so two values compare by key order too. */
function keyPaths(value: unknown, path = "$"): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => keyPaths(item, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.keys(value).flatMap((key) => [
    `${path}.${key}`,
    ...keyPaths((value as Record<string, unknown>)[key], `${path}.${key}`),
  ]);
}

/** Lists the paths of maps whose prototype is not Object.prototype. */
function unusualPrototypes(value: unknown, path = "$"): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => unusualPrototypes(item, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  const own = Object.getPrototypeOf(value) === Object.prototype ? [] : [path];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, item]) => unusualPrototypes(item, `${path}.${key}`)),
  ];
}

/** Lists the paths of numbers that are -0, so a sign mismatch fails with its own message. */
function negativeZeros(value: unknown, path = "$"): string[] {
  if (Object.is(value, -0)) return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => negativeZeros(item, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => negativeZeros(item, `${path}.${key}`));
}

/** Lists every path in `value`, with a missing key or an index past the end under each map and list, and a segment under each scalar. */
function locatePaths(value: unknown, path: DataPath = []): DataPath[] {
  const paths: DataPath[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...locatePaths(item, [...path, index])));
    paths.push([...path, value.length]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      paths.push(...locatePaths(item, [...path, key]));
    paths.push([...path, "no such key", "deeper"]);
  } else {
    paths.push([...path, "b"]);
  }
  return paths;
}

/** Lists the paths whose range from the fast path's positions differs from yaml's. */
function positionMismatches(text: string, full: YamlSource): string[] {
  const positions = buildSourcePositions(text);
  if (positions === undefined) return ["the builder declined the text"];
  // locate reads positions in preference to the document, so this copy locates through them.
  const fast = { ...full, positions };
  const mismatches: string[] = [];
  for (const path of locatePaths(full.value)) {
    for (const target of ["value", "key"] as const) {
      const expected = JSON.stringify(locate(full, path, target));
      const actual = JSON.stringify(locate(fast, path, target));
      if (actual !== expected)
        mismatches.push(`${target} of ${JSON.stringify(path)}: ${actual}, yaml ${expected}`);
    }
  }
  return mismatches;
}

/** Asserts the contract for `text`, and returns whether the fast path took it. A throw from either parser fails the caller too. */
function assertContract(text: string): boolean {
  const fast = parseSimpleYaml(text);
  if (fast === undefined) return false;

  const full = parseYamlSource("f.yaml", text);
  expect(full.diagnostics, "full parse diagnostics").toEqual([]);
  expect(full.ok, "full parse ok").toBe(true);
  if (!full.ok) return true;
  const value = full.source.value;
  expect(fast, "fast value equals full value").toStrictEqual(value);
  expect(keyPaths(fast), "key order").toEqual(keyPaths(value));
  expect(negativeZeros(fast), "-0 kept apart from 0").toEqual(negativeZeros(value));
  expect(unusualPrototypes(fast), "fast value maps are plain objects").toEqual([]);
  expect(unusualPrototypes(value), "full value maps are plain objects").toEqual([]);
  expect(positionMismatches(text, full.source), "ranges from positions").toEqual([]);
  return true;
}

// ---------------------------------------------------------------------------
// Accepted inputs and their values.

const ACCEPTED: [string, unknown][] = [
  ["a: 1\n", { a: 1 }],
  ["a: 1", { a: 1 }],
  ["# head\na: 1 # tail\n# between\nb: 2\n  # indented\n# end", { a: 1, b: 2 }],
  ["---\na: 1\n", { a: 1 }],
  ["# before\n---   # marker comment\na: 1\n", { a: 1 }],
  ["--- \na: 1\n", { a: 1 }],
  ["a:\n- x\n- y\nb: 1\n", { a: ["x", "y"], b: 1 }],
  ["a:\n  - x\n  -   y\n", { a: ["x", "y"] }],
  ["a:\n  - a: 1\n    b: 2\n  - c: 3\n", { a: [{ a: 1, b: 2 }, { c: 3 }] }],
  ["a:\n-   a: 1\n    b: 2\n", { a: [{ a: 1, b: 2 }] }],
  ["a:\n  - m:\n      n: 1\n    o:\n    - p\n", { a: [{ m: { n: 1 }, o: ["p"] }] }],
  ["a:\n- b:\n- c\n", { a: [{ b: null }, "c"] }],
  ["a:\n- b:\n  c: 1\n", { a: [{ b: null, c: 1 }] }],
  ["a:\n", { a: null }],
  ["a:\nb: 1\n", { a: null, b: 1 }],
  ["a:\n  b:\nc:", { a: { b: null }, c: null }],
  ["a:   # nothing here\nb: 2", { a: null, b: 2 }],
  ["a:\n\n   \n  b: 1\n", { a: { b: 1 } }],
  ["a:\n b:\n   c:\n    d: 1\n", { a: { b: { c: { d: 1 } } } }],
  ["a: '# not a comment'\n", { a: "# not a comment" }],
  ['a: "# not a comment" # a comment\n', { a: "# not a comment" }],
  ["a: 'it''s'\n", { a: "it's" }],
  ["a: ''\nb: \"\"\n", { a: "", b: "" }],
  ["a: 'x: y'\nb: \"x: y\"\n", { a: "x: y", b: "x: y" }],
  ["a: '\\n'\n", { a: "\\n" }],
  ['a: "it\'s"\n', { a: "it's" }],
  ["a: '  padded  '   \n", { a: "  padded  " }],
  ["a: 0\nb: 42\nc: -7\n", { a: 0, b: 42, c: -7 }],
  ["a: 9007199254740991\nb: -9007199254740991\n", { a: 9007199254740991, b: -9007199254740991 }],
  ["a: 1.5\nb: -0.25\nc: 0.0\nd: 2.50\n", { a: 1.5, b: -0.25, c: 0, d: 2.5 }],
  ["a: -0.0\n", { a: -0 }],
  ["a: ~\nb: null\nc: Null\nd: NULL\n", { a: null, b: null, c: null, d: null }],
  ["a: true\nb: True\nc: TRUE\n", { a: true, b: true, c: true }],
  ["a: false\nb: False\nc: FALSE\n", { a: false, b: false, c: false }],
  ["a: nULL\nb: tRUE\nc: fAlse\n", { a: "nULL", b: "tRUE", c: "fAlse" }],
  [
    "a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\n",
    { a: "yes", b: "no", c: "on", d: "off", e: "y", f: "n" },
  ],
  ["yes: 1\nno: 2\non: 3\nNone: 4\n", { yes: 1, no: 2, on: 3, None: 4 }],
  ["a: ${env:X}\n", { a: "${env:X}" }],
  ["a: https://h:9000/p\n", { a: "https://h:9000/p" }],
  ["a: a#b\nb: a:b\nc: a - b\n", { a: "a#b", b: "a:b", c: "a - b" }],
  ["a: x, y [z] {w}\n", { a: "x, y [z] {w}" }],
  ["a: dt >= '2024-01-01'\n", { a: "dt >= '2024-01-01'" }],
  ["a: C:\\dir\\x\n", { a: "C:\\dir\\x" }],
  ["a: trailing   \n", { a: "trailing" }],
  ["a: Grüße, 日本語 🙂\n", { a: "Grüße, 日本語 🙂" }],
  ["a: x\u00a0\nb: \u3000y\n", { a: "x\u00a0", b: "\u3000y" }],
  ["a: x\u00a0#y\n", { a: "x\u00a0#y" }],
  ["a.b/c-d_e: 1\n_x: 2\n", { "a.b/c-d_e": 1, _x: 2 }],
  ["toString: 1\nhasOwnProperty: 2\nvalueOf: 3\n", { toString: 1, hasOwnProperty: 2, valueOf: 3 }],
  ["a:\n  x: 1\nb:\n  x: 2\n", { a: { x: 1 }, b: { x: 2 } }],
  ["z: 1\na: 2\nm: 3\n", { z: 1, a: 2, m: 3 }],
];

describe("parseSimpleYaml accepted inputs", () => {
  it.each(ACCEPTED)("reads %j", (text, expected) => {
    expect(parseSimpleYaml(text)).toStrictEqual(expected);
    expect(assertContract(text)).toBe(true);
  });

  it("keeps -0 apart from 0", () => {
    expect(Object.is(parseSimpleYaml("a: -0.0")?.a, -0)).toBe(true);
    expect(Object.is(parseSimpleYaml("a: 0.0")?.a, 0)).toBe(true);
  });

  it("nests up to SIMPLE_YAML_MAX_DEPTH", () => {
    const keys = Array.from({ length: SIMPLE_YAML_MAX_DEPTH }, (_, depth) => `k${depth}`);
    const text = keys.map((key, depth) => `${" ".repeat(depth)}${key}:`).join("\n") + " 1\n";
    expect(parseSimpleYaml(text)).not.toBeUndefined();
    expect(assertContract(text)).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Inputs outside the subset.

const nested = (depth: number): string =>
  Array.from({ length: depth }, (_, level) => `${" ".repeat(level)}k${level}:`).join("\n") + " 1\n";

const REJECTED: [string, string][] = [
  ["anchor", "a: &x 1\n"],
  ["alias", "a: 1\nb: *x\n"],
  ["anchor on a map", "a: &x\n  b: 1\n"],
  ["tag", "a: !!str 1\n"],
  ["local tag", "a: !t x\n"],
  ["flow list", "a: [1, 2]\n"],
  ["flow map", "a: {b: 1}\n"],
  ["empty flow list", "a: []\n"],
  ["flow map at root", "{a: 1}\n"],
  ["literal block scalar", "a: |\n  x\n"],
  ["folded block scalar", "a: >-\n  x\n"],
  ["multi-line plain scalar", "a: x\n  y\n"],
  ["multi-line plain list item", "a:\n- x\n  y\n"],
  ["multi-line double quotes", 'a: "x\n  y"\n'],
  ["multi-line single quotes", "a: 'x\n  y'\n"],
  ["backslash in double quotes", 'a: "x\\ty"\n'],
  ["text after closing quote", "a: 'x'y\n"],
  ["comment without space after quote", "a: 'x'# c\n"],
  ["%YAML directive", "%YAML 1.2\n---\na: 1\n"],
  ["second ---", "a: 1\n---\nb: 2\n"],
  ["document end ...", "a: 1\n...\n"],
  ["content on the --- line", "--- a: 1\n"],
  ["indented ---", " ---\na: 1\n"],
  ["tab in indentation", "a:\n\tb: 1\n"],
  ["tab in a value", "a: x\ty\n"],
  ["carriage return", "a: 1\r\nb: 2\r\n"],
  ["duplicate key", "a: 1\na: 2\n"],
  ["duplicate key in a list item", "a:\n- b: 1\n  b: 2\n"],
  ["__proto__ key", "__proto__: 1\n"],
  ["constructor key", "a:\n  constructor: 1\n"],
  ["prototype key", "prototype: 1\n"],
  ["key true", "true: 1\n"],
  ["key null", "null: 1\n"],
  ["key Null", "a:\n- Null: 1\n"],
  ["quoted key", "'a': 1\n"],
  ["number key", "1: a\n"],
  ["explicit key", "? a\n: 1\n"],
  ["merge key", "<<: 1\n"],
  ["key without space after colon", "a:b: 1\n"],
  ["octal-looking 0755", "a: 0755\n"],
  ["1e3", "a: 1e3\n"],
  ["0x1F", "a: 0x1F\n"],
  ["0o17", "a: 0o17\n"],
  ["+1", "a: +1\n"],
  ["-0", "a: -0\n"],
  [".5", "a: .5\n"],
  ["5.", "a: 5.\n"],
  [".inf", "a: .inf\n"],
  ["-.Inf", "a: -.Inf\n"],
  [".nan", "a: .nan\n"],
  ["date", "a: 2024-01-01\n"],
  ["unsafe integer", "a: 9007199254740992\n"],
  ["unsafe negative integer", "a: -9007199254740993\n"],
  // yaml 2.9.1 reads these decimals as integers above 2^53, which the full parse rejects.
  ["decimal that is an unsafe integer", "a: 9007199254740993.0\n"],
  ["long decimal that is an unsafe integer", "a: 10000000000000000.5\n"],
  ["a: b: c", "a: b: c\n"],
  ["value ending in a colon", "a: b:\n"],
  ["depth above the maximum", nested(SIMPLE_YAML_MAX_DEPTH + 1)],
  ["root list", "- a\n- b\n"],
  ["root scalar", "a\n"],
  ["root quoted scalar", "'a: 1'\n"],
  ["empty file", ""],
  ["blank file", "\n  \n"],
  ["comment-only file", "# only a comment\n"],
  ["--- only", "---\n"],
  ["list inside list item", "a:\n- - a\n"],
  ["- alone", "a:\n-\n"],
  ["- with spaces alone", "a:\n-   \n"],
  ["- with a comment", "a:\n- # c\n"],
  ["dash value", "a: -\n"],
  ["--- value", "a: ---\n"],
  ["... value", "a: ...\n"],
  ["question mark value", "a: ?\n"],
  ["percent value", "a: '%x'\nb: %x\n"],
  ["at value", "a: @x\n"],
  ["backtick value", "a: `x`\n"],
  ["U+2028", "a: x\u2028y\n"],
  ["U+0085", "a: x\u0085y\n"],
  ["BOM at the start", "\ufeffa: 1\n"],
  ["BOM inside", "a: x\ufeffy\n"],
  ["NUL", "a: x\u0000\n"],
  ["more-indented sibling", "a:\n  b: 1\n   c: 2\n"],
  ["less-indented sibling", "a:\n  b: 1\n c: 2\n"],
  ["list then key at list column", "a:\n  - x\n  b: 1\n"],
  ["scalar under a key at its column", "a:\nb\n"],
  ["list item continues less indented", "a:\n-  b: 1\n c: 2\n"],
  ["key longer than 128", `${"k".repeat(129)}: 1\n`],
  ["non-ASCII key", "größe: 1\n"],
  ["space before colon", "a : 1\n"],
];

describe("parseSimpleYaml rejected inputs", () => {
  it.each(REJECTED)("returns undefined for %s", (_name, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// Generated YAML-like texts.

// Plain words that resolve to strings, so most generated files stay simple.
const WORDS = [
  "a",
  "b",
  "x",
  "name",
  "orders",
  "lake-prod",
  "svc@CORP",
  "/data/x",
  "v1.2",
  "DATA-1",
];

// Scalars that test the edges of plain scalars and of the core schema.
const TRICKY_SCALARS = [
  // null, boolean and near misses
  ...["~", "null", "Null", "NULL", "nULL", "nuLL", "true", "True", "TRUE", "tRUE", "false"],
  ...["False", "FALSE", "fALSE", "yes", "No", "ON", "off", "y", "N", "None", "nil", "~x"],
  // numbers in every spelling
  ...["0", "-0", "+0", "00", "01", "1", "-1", "+1", "42", "0755", "0o17", "0x1F", "0x1f", "0b1"],
  ...["1e3", "1E3", "1e+3", "-1.5e-3", ".5", "-.5", "5.", "1.0", "-0.0", "0.0", "1.50", "1_000"],
  ...["1,000", "12:30", "2024-01-01", "1.2.3", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "1e400"],
  ...["9007199254740991", "9007199254740992", "-9007199254740992", "9007199254740993.0"],
  ...["10000000000000000.5", "123456789012345678901234567890", "0.000001", "-0.5", "3.14"],
  // YAML indicators at the start, in the middle and at the end
  ...["-", "--", "---", "...", "- a", "-a", "a-", "?", "? a", "?a", "a?", ":", ":a", "a:", "a: b"],
  ...["a:b", "a :b", ",", ",a", "a,", "[", "]", "[]", "{}", "{a: b}", "[a, b]", "a[b]", "a{b}"],
  ...["#", "#a", "a#b", "a #b", "a# b", "&", "&a", "&a b", "a&b", "*", "*a", "a*", "!", "!a"],
  ...["!!str a", "a!", "|", "|-", ">", ">+", "a |", "a >", "'", "a'b", "'a'b", '"', 'a"b', '"a"b'],
  ...["%", "%x", "a%", "@", "@x", "a@b", "`", "`x`", "a`b", "\\", "a\\b", "\\n", "\\\\", "\\u0041"],
  ...["${env:X}", "https://h:9000/p", "C:\\dir", "a - b", "a -b", "a # b # c", "a  b", " a", "a "],
  ...["<<", "=", "a=b", "a; b", "a, b: c", "'it''s'", "''", '""'],
  // white space, line breaks and other Unicode
  ...["a\u00a0", "\u00a0a", "a\u00a0#b", "a:\u00a0b", "a\u3000", "\u3000", "a\u2003b", "a\u200b"],
  ...["é", "日本語", "🙂", "a🙂b", "\ufeffa", "a\u2028b", "a\u0085b", "a\u0000", "a\tb", "a\rb"],
  ...["a\nb", "a\n  b", "a\n\nb", "\ud800", "a\ufffe", "\u007f"],
];

const PLAIN_KEYS = [
  ...["a", "b", "c", "name", "spec", "kind", "table", "x.y", "a/b", "a-b", "_x", "k1", "A"],
];

const KEYS = [
  ...["a", "b", "c", "name", "spec", "x.y", "a/b", "a-b", "_", "_x", "x_", "k1", "A"],
  ...["true", "True", "tRUE", "null", "Null", "NULL", "nULL", "~", "yes", "no", "on", "y", "n"],
  ...["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"],
  ...["1", "-1", "0x1", "1.5", ".inf", "-a", "a b", "'q'", '"q"', "a#b", "a:b", "é", "<<"],
  ...["?", "? a", "&a a", "*a", "!t a", "[a]", "{a}", "a\u00a0", "a\t", "k".repeat(129)],
];

const SIGNIFICANT_CHARACTERS = [
  ..."-?:,[]{}#&*!|>'\"%@`\\~.+0123456789eExabn_ /",
  ..." \u00a0\u3000\u2028\u0085\ufeff\t\r\n🙂é",
];

/**
 * How wild the generated files are. A tame profile keeps most files inside
 * the subset with a few tricky values, so the contract is checked on many
 * files. A wild profile reaches more constructs, but few of its files stay simple.
 */
interface Profile {
  /** Weight of plain words against tricky scalars and keys, which weigh 4. */
  plainWeight: number;
  /** Whether the keys of one map may repeat. */
  duplicateKeys: boolean;
  /** Maximum number of entries of a map and items of a list. */
  maxLength: number;
  /** Maximum number of noise edits per file. */
  maxNoise: number;
  /** Whether noise may move a line by a column, which breaks most files. */
  shiftLines: boolean;
}

const TAME: Profile = {
  plainWeight: 150,
  duplicateKeys: false,
  maxLength: 3,
  maxNoise: 2,
  shiftLines: false,
};
const WILD: Profile = {
  plainWeight: 4,
  duplicateKeys: true,
  maxLength: 4,
  maxNoise: 4,
  shiftLines: true,
};

function scalarTexts(profile: Profile): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...WORDS), weight: profile.plainWeight },
    { arbitrary: fc.constantFrom(...TRICKY_SCALARS), weight: 4 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(...WORDS, ...TRICKY_SCALARS),
          fc.constantFrom("", " ", ": ", " #", "#", ":", " - ", ", "),
          fc.constantFrom(...WORDS, ...TRICKY_SCALARS),
        )
        .map((parts) => parts.join("")),
      weight: 2,
    },
    {
      arbitrary: fc.string({
        unit: fc.constantFrom(...SIGNIFICANT_CHARACTERS),
        minLength: 1,
        maxLength: 6,
      }),
      weight: 1,
    },
  );
}

type Quoting = "plain" | "single" | "double" | "json";

/** Writes `text` in a quoting style. The double style does no escaping, so it writes broken quotes on purpose. */
function quote(text: string, style: Quoting): string {
  if (style === "single") return `'${text.replaceAll("'", "''")}'`;
  if (style === "double") return `"${text}"`;
  if (style === "json") return JSON.stringify(text);
  return text;
}

function scalarTokens(profile: Profile): fc.Arbitrary<string> {
  return fc
    .tuple(
      scalarTexts(profile),
      fc.constantFrom<Quoting>("plain", "plain", "plain", "single", "double", "json"),
    )
    .map(([text, style]) => quote(text, style));
}

/** Draws what follows a value on its line: nothing, a comment, or a `#` that is part of a plain value. */
function valueEnds(profile: Profile): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom("", "", " # c", "  "), weight: profile.plainWeight },
    { arbitrary: fc.constantFrom("   #c: d", " #", "#c", " # 'x'", " #\u00a0"), weight: 4 },
  );
}

/** Draws what follows a key whose value is on the next lines. A `#c` right after the colon makes the line no key. */
function keyEnds(profile: Profile): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom("", "", " # c", "   "), weight: profile.plainWeight },
    { arbitrary: fc.constantFrom("  #: d", "#c", " #"), weight: 4 },
  );
}

type Tree =
  | { kind: "scalar"; token: string; end: string }
  | { kind: "map"; width: number; entries: Entry[] }
  | { kind: "list"; width: number; indentless: boolean; gap: number; items: Tree[] };

interface Entry {
  key: string;
  end: string;
  value: Tree;
}

/** Builds trees of maps, lists and scalars, nested up to 10 levels. */
function treesWith(profile: Profile) {
  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...PLAIN_KEYS), weight: profile.plainWeight },
    { arbitrary: fc.constantFrom(...KEYS), weight: 4 },
  );
  return fc.letrec<{ node: Tree; item: Tree; scalar: Tree; map: Tree; list: Tree }>((tie) => {
    const entry = fc.record({ key, end: keyEnds(profile), value: tie("node") });
    const length = { minLength: 1, maxLength: profile.maxLength };
    return {
      node: fc.oneof({ maxDepth: 10, depthSize: "small" }, tie("scalar"), tie("map"), tie("list")),
      // A list directly inside a list item is outside the subset, so it comes rarely.
      item: fc.oneof(
        { arbitrary: tie("scalar"), weight: 5 },
        { arbitrary: tie("map"), weight: 4 },
        { arbitrary: tie("list"), weight: 1 },
      ),
      scalar: fc.record({
        kind: fc.constant("scalar" as const),
        token: scalarTokens(profile),
        end: valueEnds(profile),
      }),
      map: fc.record({
        kind: fc.constant("map" as const),
        width: fc.integer({ min: 1, max: 4 }),
        entries: profile.duplicateKeys
          ? fc.array(entry, length)
          : fc.uniqueArray(entry, { ...length, selector: (item) => item.key }),
      }),
      list: fc.record({
        kind: fc.constant("list" as const),
        width: fc.integer({ min: 1, max: 4 }),
        indentless: fc.boolean(),
        gap: fc.integer({ min: 1, max: 3 }),
        items: fc.array(tie("item"), length),
      }),
    };
  });
}

/** Writes the entries of a map at `column`. A list item's map starts on the `-` line given as `firstLead`. */
function writeEntries(entries: Entry[], column: number, lines: string[], firstLead?: string): void {
  entries.forEach((entry, index) => {
    const lead = index === 0 && firstLead !== undefined ? firstLead : " ".repeat(column);
    const head = `${lead}${entry.key}:`;
    if (entry.value.kind === "scalar") {
      lines.push(`${head} ${entry.value.token}${entry.value.end}`);
      return;
    }
    lines.push(`${head}${entry.end}`);
    writeNested(entry.value, column, lines);
  });
}

/** Writes a map or list that sits under a key at `parentColumn`. */
function writeNested(node: Tree, parentColumn: number, lines: string[]): void {
  if (node.kind === "map") writeEntries(node.entries, parentColumn + node.width, lines);
  else if (node.kind === "list")
    writeItems(node, node.indentless ? parentColumn : parentColumn + node.width, lines);
}

function writeItems(list: Tree & { kind: "list" }, column: number, lines: string[]): void {
  for (const item of list.items) {
    const marker = `${" ".repeat(column)}-${" ".repeat(list.gap)}`;
    if (item.kind === "scalar") lines.push(`${marker}${item.token}${item.end}`);
    else if (item.kind === "map") writeEntries(item.entries, column + 1 + list.gap, lines, marker);
    else {
      lines.push(`${" ".repeat(column)}-`);
      writeItems(item, column + item.width, lines);
    }
  }
}

/** Line-level noise: comment and blank lines at random indents, and lines moved by a column. */
interface Noise {
  kind: "comment" | "blank" | "shift";
  at: number;
  indent: number;
  text: string;
}

const noise: fc.Arbitrary<Noise> = fc.record({
  kind: fc.constantFrom<Noise["kind"]>("comment", "comment", "blank", "shift"),
  at: fc.nat(),
  indent: fc.integer({ min: 0, max: 8 }),
  text: fc.constantFrom("#", "# c", "#: x", "# - a", "#'", "   "),
});

function applyNoise(lines: string[], edits: Noise[]): string[] {
  const result = [...lines];
  for (const edit of edits) {
    const at = edit.at % (result.length + 1);
    if (edit.kind === "comment") result.splice(at, 0, `${" ".repeat(edit.indent)}${edit.text}`);
    else if (edit.kind === "blank") result.splice(at, 0, " ".repeat(edit.indent % 3));
    else if (at < result.length) {
      const line = result[at]!;
      // Move the line one column right, or left when it is indented.
      result[at] = edit.indent % 2 === 0 || !line.startsWith(" ") ? ` ${line}` : line.slice(1);
    }
  }
  return result;
}

const documentStart = fc.oneof(
  { arbitrary: fc.constantFrom("", "---\n", "--- # c\n", "# c\n---\n", "---  \n"), weight: 9 },
  fc.constantFrom("%YAML 1.2\n---\n", "--- a\n", " ---\n", "---\n---\n", "...\n"),
);
const documentEnd = fc.oneof(
  { arbitrary: fc.constantFrom("", "\n", "\n\n", "  ", "\n#", "\n  # c\n"), weight: 9 },
  fc.constantFrom("\n...\n", "\n---\nb: 1\n", "\n---\n", "\n..."),
);

/** Writes a tree as a file, with line noise, a document start and an end. */
function yamlTexts(profile: Profile): fc.Arbitrary<string> {
  const trees = treesWith(profile);
  return fc
    .record({
      root: fc.oneof({ arbitrary: trees.map, weight: 12 }, trees.list, trees.scalar),
      noise: fc.array(profile.shiftLines ? noise : noise.filter((edit) => edit.kind !== "shift"), {
        maxLength: profile.maxNoise,
      }),
      start: documentStart,
      end: documentEnd,
    })
    .map(({ root, noise: edits, start, end }) => {
      const lines: string[] = [];
      if (root.kind === "map") writeEntries(root.entries, 0, lines);
      else if (root.kind === "list") writeItems(root, 0, lines);
      else lines.push(`${root.token}${root.end}`);
      return start + applyNoise(lines, edits).join("\n") + end;
    });
}

const generatedTexts = fc.oneof(yamlTexts(TAME), yamlTexts(WILD));

describe("parseSimpleYaml on generated texts", () => {
  it("keeps the contract", () => {
    let fastPathCount = 0;
    fc.assert(
      fc.property(generatedTexts, (text) => {
        if (assertContract(text)) fastPathCount++;
      }),
      { seed: SEED, numRuns: GRAMMAR_RUNS },
    );
    // Guards the generator: a property where the fast path never runs proves nothing.
    expect(fastPathCount).toBeGreaterThan(GRAMMAR_RUNS / 10);
  });
});

// Short texts over a few structural characters reach line layouts that the
// grammar above never writes.
const STRUCTURAL_CHARACTERS = [..."ab:- \n\n#'\"0.1~", "a: ", "\n  ", "\n- ", "---"];

describe("parseSimpleYaml on short random texts", () => {
  it("keeps the contract", () => {
    let fastPathCount = 0;
    // A key first, since a file without one at its start never takes the fast path.
    const texts = fc
      .tuple(
        fc.constantFrom("", "a: ", "a:\n", "a:\n- ", "a:\n  b: ", "a:\n- b: "),
        fc.string({ unit: fc.constantFrom(...STRUCTURAL_CHARACTERS), maxLength: 24 }),
      )
      .map(([head, tail]) => head + tail);
    fc.assert(
      fc.property(texts, (text) => {
        if (assertContract(text)) fastPathCount++;
      }),
      { seed: SEED, numRuns: RANDOM_TEXT_RUNS },
    );
    expect(fastPathCount).toBeGreaterThan(RANDOM_TEXT_RUNS / 20);
  });
});

// ---------------------------------------------------------------------------
// Realistic manifests with a few random edits.

/** One edit of a text: `at` is taken modulo the text length or the number of lines. */
interface Edit {
  kind: "insert" | "delete" | "replace" | "duplicate-line" | "indent";
  at: number;
  character: string;
  amount: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit["kind"]>("insert", "delete", "replace", "duplicate-line", "indent"),
  at: fc.nat(),
  character: fc.constantFrom(...SIGNIFICANT_CHARACTERS),
  amount: fc.integer({ min: -4, max: 4 }),
});

function applyEdit(text: string, change: Edit): string {
  if (change.kind === "duplicate-line" || change.kind === "indent") {
    const lines = text.split("\n");
    const index = change.at % lines.length;
    const line = lines[index]!;
    if (change.kind === "duplicate-line") lines.splice(index, 0, line);
    else {
      const indent = line.length - line.trimStart().length;
      lines[index] = " ".repeat(Math.max(0, indent + change.amount)) + line.trimStart();
    }
    return lines.join("\n");
  }
  const at = change.at % (text.length + 1);
  if (change.kind === "insert") return text.slice(0, at) + change.character + text.slice(at);
  if (change.kind === "delete") return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + change.character + text.slice(at + 1);
}

const BASE_TEXTS = [
  ...exampleFiles().map((file) => file.text),
  corpus.CONFIG_TEXT,
  ...Array.from({ length: 300 }, (_, index) => corpus.manifestText(index)),
];

describe("parseSimpleYaml on edited manifests", () => {
  it("keeps the contract", () => {
    let fastPathCount = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...BASE_TEXTS),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        (base, edits) => {
          if (assertContract(edits.reduce(applyEdit, base))) fastPathCount++;
        },
      ),
      { seed: SEED, numRuns: MUTATION_RUNS },
    );
    expect(fastPathCount).toBeGreaterThan(MUTATION_RUNS / 10);
  });
});

// ---------------------------------------------------------------------------
// The realistic manifests take the fast path.

describe("parseSimpleYaml on realistic manifests", () => {
  it("finds the example manifests", () => {
    expect(exampleFiles().length).toBeGreaterThan(0);
  });

  it.each(exampleFiles())("takes the fast path for $name", ({ text }) => {
    expect(assertContract(text)).toBe(true);
  });

  it("takes the fast path for the benchmark corpus", () => {
    const texts = [corpus.CONFIG_TEXT];
    for (let index = 0; index < 1000; index++) {
      texts.push(corpus.manifestText(index), corpus.manifestText(index, { revision: 1 }));
    }
    const slow = texts.filter((text) => !assertContract(text));
    expect(slow).toEqual([]);
  });
});
