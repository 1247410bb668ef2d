// Ranges from simple-positions.ts against yaml's document. Whenever
// parseSimpleYaml accepts a text, locate and locateKey must return the same
// SourceRange from the fast path's positions as from parseYamlSource's
// document. That holds for every path: existing ones, missing keys and
// grandchildren, indexes past a list's end, and paths through a scalar.
// The builder may decline a text, but it must accept the example manifests
// and the benchmark corpus, or every file with an error there is parsed
// again by yaml. simple-yaml.test.ts checks its generated texts the same way.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { locate, setSourcePositionsEnabled } from "../../src/manifest/locate.js";
import type { DataPath, SourceRange } from "../../src/manifest/locate.js";
import { buildSourcePositions } from "../../src/manifest/simple-positions.js";
import { parseSimpleYaml } from "../../src/manifest/simple-yaml.js";
import { parseYamlSource, readYamlSource } from "../../src/manifest/yaml-source.js";
import type { YamlSource } from "../../src/manifest/yaml-source.js";
import { MANIFEST_LINES, lines, withSpec } from "../fixtures/manifests.js";
import { validateText } from "../fixtures/workspace.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLES_DIR = join(ROOT, "examples/migrations");

// A fixed seed keeps every run on the same inputs, so a failure reproduces.
const SEED = 1_847_202;
// With this count the property runs in about 5 s (Node 20, 2 cores). Raise it locally to search longer.
const LAYOUT_RUNS = 4_000;

interface Corpus {
  manifestText(index: number, options?: { withError?: boolean; revision?: number }): string;
  manifestPlan(index: number): { error?: string };
  CONFIG_TEXT: string;
  ERROR_KINDS: readonly string[];
}

// bench/corpus.mjs has no type declarations, so it is loaded by URL and typed here.
const corpus = (await import(pathToFileURL(join(ROOT, "bench/corpus.mjs")).href)) as Corpus;

function exampleFiles(): { name: string; text: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), "utf8") }));
}

afterEach(() => setSourcePositionsEnabled(true));

// ---------------------------------------------------------------------------
// The contract.

// No fast-path key contains a space, so this key is missing from every map.
const MISSING = "no such key";

/**
 * Lists the paths to check in `value`: every map, list and scalar, a missing
 * key and grandchild under each map, an index past the end and a key
 * under each list, and a key and an index under each scalar.
 */
function pathsOf(value: unknown, path: DataPath = []): DataPath[] {
  const paths: DataPath[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
    paths.push([...path, value.length], [...path, -1], [...path, "0"]);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
    paths.push([...path, MISSING], [...path, MISSING, "deeper"], [...path, 0]);
  } else {
    paths.push([...path, "b"], [...path, 0]);
  }
  return paths;
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return (
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn
  );
}

/** Wraps positions in a source whose document throws, so a locate that reads yaml fails. */
function positionsOnly(source: YamlSource): YamlSource {
  const positions = source.positions;
  return {
    file: source.file,
    text: source.text,
    value: source.value,
    positions,
    get document(): never {
      throw new Error("locate read the document although positions were given");
    },
    get lineCounter(): never {
      throw new Error("locate read the line counter although positions were given");
    },
  };
}

/**
 * Asserts that locate gives the same ranges from positions as from yaml for
 * every path of `text`, and returns whether the fast path took the text. A
 * text the fast path takes must not be declined by the builder either.
 */
function assertSamePositions(text: string): boolean {
  if (parseSimpleYaml(text) === undefined) return false;
  const fast = readYamlSource("f.yaml", text);
  const full = parseYamlSource("f.yaml", text);
  if (!fast.ok || !full.ok)
    throw new Error(`the fast path took ${JSON.stringify(text)}, yaml did not`);
  expect(fast.source.positions, "builder declined").toBeDefined();
  const source = positionsOnly(fast.source);
  // One assertion for all paths keeps 4,000 runs fast, and its message lists every path that differs.
  const mismatches: string[] = [];
  for (const path of pathsOf(full.source.value)) {
    for (const target of ["value", "key"] as const) {
      const expected = locate(full.source, path, target);
      const actual = locate(source, path, target);
      if (!sameRange(actual, expected))
        mismatches.push(
          `${target} of ${JSON.stringify(path)}: ${JSON.stringify(actual)}, yaml ${JSON.stringify(expected)}`,
        );
    }
  }
  expect(mismatches, `ranges in ${JSON.stringify(text)}`).toEqual([]);
  return true;
}

// ---------------------------------------------------------------------------
// Layouts around the ends of collections, where yaml's ranges depend on the
// comment and blank lines that follow the last value.

const LAYOUTS: [string, string][] = [
  ["scalars and quotes", "a: 1\nb: x   # c\nc: 'it''s' # c\nd: \"q\"  \ne: a#b\n"],
  ["no final newline", "a:\n  b: 1"],
  ["final blank lines", "a:\n  b: 1\n\n  \n"],
  ["final spaces without newline", "a:\n  b: 1\n   "],
  ["document start", "# head\n--- # c\na:\n  - x\n"],
  ["empty values", "a:\nb:   \nc:\n  d:\ne:\n"],
  ["empty value with a comment", "a:\n  b:   # c\nc: 1\n"],
  ["empty value before a comment line", "a:\n  b:\n# c\nd: 1\n"],
  ["empty value before a deeper comment", "a:\n  b:\n      # c\n\n"],
  ["empty value ends a list item", "a:\n- b: 1\n  c:\n- d\n"],
  ["comment at the map column", "a:\n  b: 1\n  # c\nc: 2\n"],
  ["comment deeper than the map", "a:\n  b: 1\n     # c\nc: 2\n"],
  ["deeper, same, deeper", "a:\n  b: 1\n     # deep\n\n  # same\n     # deep2\nd: 1\n"],
  ["comments at every level", "x:\n  a:\n    b: 1\n      # deep\n    # mid\n  # low\n"],
  ["comment at the list column", "k:\n  a:\n  - x\n  # c\n"],
  ["comment at the list column, then a key", "k:\n  a:\n  - x\n  # c\n  b: 1\n"],
  ["comment under a list item", "a:\n  - x\n      # c\n  - y\n    # d\n"],
  ["comment under an item map", "a:\n  - b: 1\n    # c\n  - d: 2\n    # e\n  # f\n"],
  ["comment at column 0 at the end", "a:\n  b:\n    c: 1\n# c\n"],
  ["comment before nested block", "a:   # c\n  # d\n  b: 1\n"],
  ["blank lines between items", "a:\n\n  - x\n\n  - y\n\n\nb: 1\n"],
  ["indentless list", "a:\n- x\n  # c\n- y\nb:\n- z\n    # d\n"],
  ["wide item markers", "a:\n  -   b: 1\n      c: 2\n  -    d\n"],
  ["deep nesting", "a:\n b:\n  c:\n   d:\n    - e: 1\n      f:\n      - g\n          # x\n"],
];

describe("positions on layouts", () => {
  it.each(LAYOUTS)("match yaml for %s", (_name, text) => {
    expect(assertSamePositions(text)).toBe(true);
  });

  it("extend the parent over a comment at a map's column", () => {
    // yaml keeps the comment in the map, after its last value: the map's
    // own range ends before it, and the range of its parent after it.
    const source = positionsOnly(readSource("a:\n  b: 1\n  # c\n"));
    expect(locate(source, ["a"])).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 1 });
    expect(locate(source, [])).toEqual({ line: 1, column: 1, endLine: 4, endColumn: 1 });
  });

  it("end an empty value after the colon", () => {
    const source = readSource("a:\n  b:\nc: 1\n");
    expect(locate(positionsOnly(source), ["a", "b"])).toEqual({
      line: 2,
      column: 5,
      endLine: 2,
      endColumn: 5,
    });
  });

  it("point a missing key at its parent key", () => {
    const source = readSource("a:\n  b: 1\n");
    expect(locate(positionsOnly(source), ["a", "c", "d"])).toEqual({
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
    });
  });
});

function readSource(text: string): YamlSource {
  const result = readYamlSource("f.yaml", text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse`);
  return result.source;
}

// ---------------------------------------------------------------------------
// Realistic manifests with comment and blank lines inserted at random
// columns, and values emptied, which moves the ends of their collections.

interface LayoutEdit {
  kind: "comment" | "blank" | "empty-value" | "drop-final-newline";
  at: number;
  indent: number;
  text: string;
}

const layoutEdit: fc.Arbitrary<LayoutEdit> = fc.record({
  kind: fc.constantFrom<LayoutEdit["kind"]>(
    "comment",
    "comment",
    "comment",
    "blank",
    "empty-value",
    "drop-final-newline",
  ),
  at: fc.nat(),
  indent: fc.integer({ min: 0, max: 10 }),
  text: fc.constantFrom("#", "# c", "#: x", "# - a", "   "),
});

function applyLayoutEdit(text: string, edit: LayoutEdit): string {
  if (edit.kind === "drop-final-newline") return text.replace(/\n+$/, "");
  const rows = text.split("\n");
  const at = edit.at % (rows.length + 1);
  if (edit.kind === "comment") rows.splice(at, 0, " ".repeat(edit.indent) + edit.text);
  else if (edit.kind === "blank") rows.splice(at, 0, " ".repeat(edit.indent % 4));
  else if (at < rows.length) {
    // `key: value` becomes `key:`, optionally with a comment.
    const comment = edit.indent % 2 === 0 ? "" : "  # was a value";
    rows[at] = rows[at]!.replace(/^(\s*(?:- +)?[A-Za-z_][A-Za-z0-9_./-]*:) .*$/, `$1${comment}`);
  }
  return rows.join("\n");
}

const LAYOUT_BASES = [
  ...exampleFiles().map((file) => file.text),
  corpus.CONFIG_TEXT,
  ...Array.from({ length: 100 }, (_, index) => corpus.manifestText(index)),
  ...LAYOUTS.map(([, text]) => text),
];

describe("positions on edited layouts", () => {
  it("match yaml", () => {
    let fastPathCount = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...LAYOUT_BASES),
        fc.array(layoutEdit, { minLength: 1, maxLength: 6 }),
        (base, edits) => {
          if (assertSamePositions(edits.reduce(applyLayoutEdit, base))) fastPathCount++;
        },
      ),
      { seed: SEED, numRuns: LAYOUT_RUNS },
    );
    // Guards the generator: a property where the fast path never runs proves nothing.
    expect(fastPathCount).toBeGreaterThan(LAYOUT_RUNS / 2);
  });
});

// ---------------------------------------------------------------------------
// The realistic manifests get positions.

describe("positions on realistic manifests", () => {
  it.each(exampleFiles())("match yaml for $name", ({ text }) => {
    expect(assertSamePositions(text)).toBe(true);
  });

  it("match yaml for the benchmark corpus", () => {
    const texts = [corpus.CONFIG_TEXT];
    for (let index = 0; index < 300; index++) {
      texts.push(corpus.manifestText(index), corpus.manifestText(index, { revision: 1 }));
    }
    const slow = texts.filter((text) => !assertSamePositions(text));
    expect(slow).toEqual([]);
  });

  it("accepts the whole benchmark corpus", () => {
    const declined: number[] = [];
    for (let index = 0; index < 10_000; index++) {
      const text = corpus.manifestText(index);
      if (parseSimpleYaml(text) === undefined || buildSourcePositions(text) === undefined)
        declined.push(index);
    }
    expect(declined).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Wiring: readYamlSource and validate.

describe("readYamlSource positions", () => {
  it("are computed on the fast path", () => {
    expect(readSource("a: 1\n").positions).toBeDefined();
  });

  it("are absent outside the fast path", () => {
    const source = readSource("a: &x 1\nb: *x\n");
    expect(source.positions).toBeUndefined();
    expect(locate(source, ["b"])).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 6 });
  });

  it("leave the document available", () => {
    const source = readSource("a:\n  b: 1\n");
    expect(source.positions).toBeDefined();
    expect(source.document.toJS()).toEqual({ a: { b: 1 } });
  });
});

/** Corpus manifests with each kind of planted error, so every schema and rule path is covered. */
function corpusErrorTexts(): string[] {
  const texts = new Map<string, string>();
  for (let index = 0; index < 20_000 && texts.size < corpus.ERROR_KINDS.length; index++) {
    const error = corpus.manifestPlan(index).error;
    if (error !== undefined && !texts.has(error)) texts.set(error, corpus.manifestText(index));
  }
  return [...texts.values()];
}

// Errors whose ranges end at a collection that trailing comments extend.
const INVALID_LAYOUTS = [
  withSpec("    - table: events", "        # deeper than the row", "      # at the row column"),
  withSpec("    - table: events", "    # at the list column", "  # at the spec column"),
  lines(...MANIFEST_LINES.slice(0, 4), "  labels:", "    # none yet", ...MANIFEST_LINES.slice(4)),
  lines(...MANIFEST_LINES.slice(0, 11), "  migration_tables:   # filled in later", "# end"),
  lines(...MANIFEST_LINES.slice(0, 3), "  name:", "spec:", "  distcp_mappers: 0", "  # end"),
];

describe("validateContents with positions", () => {
  const texts = [...corpusErrorTexts(), ...INVALID_LAYOUTS];

  it("covers every planted error kind", () => {
    expect(corpusErrorTexts()).toHaveLength(corpus.ERROR_KINDS.length);
  });

  it.each(texts.map((text, index) => [index, text] as const))(
    "matches the document for text %i",
    (_index, text) => {
      expect(parseSimpleYaml(text), "fast path").toBeDefined();
      expect(buildSourcePositions(text), "positions").toBeDefined();
      const withPositions = validateText(text).diagnostics;
      setSourcePositionsEnabled(false);
      const withDocument = validateText(text).diagnostics;
      expect(withPositions.length).toBeGreaterThan(0);
      expect(withPositions).toEqual(withDocument);
    },
  );
});
