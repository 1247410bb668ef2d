// readYamlSource takes the fast path where the text allows it and builds
// yaml's document, with positions, only when something reads it. Either way
// the result must be the one parseYamlSource returns.

import { describe, expect, it } from "vitest";
import { locate, locateKey } from "../../src/manifest/locate.js";
import { parseYamlSource, readYamlSource } from "../../src/manifest/yaml-source.js";
import type { YamlSource } from "../../src/manifest/yaml-source.js";

const SIMPLE = [
  "# a comment",
  "apiVersion: nx1-migrate/v1",
  "kind: DataMigrationRun",
  "metadata:",
  "  name: orders",
  "spec:",
  "  source_format: hdfs",
  "  distcp_mappers: 4",
  "  migration_tables:",
  "    - database: sales",
  "      table: orders # inline comment",
  "",
].join("\n");

function read(text: string): YamlSource {
  const result = readYamlSource("m.yaml", text);
  if (!result.ok) throw new Error("expected the text to parse");
  expect(result.diagnostics).toEqual([]);
  return result.source;
}

function full(text: string): YamlSource {
  const result = parseYamlSource("m.yaml", text);
  if (!result.ok) throw new Error("expected the text to parse");
  return result.source;
}

describe("readYamlSource", () => {
  it("defers the document on the fast path", () => {
    const source = read(SIMPLE);
    expect(Object.getOwnPropertyDescriptor(source, "document")?.get).toBeTypeOf("function");
    expect(source.value).toEqual(full(SIMPLE).value);
  });

  it("locates like the full parse", () => {
    const fast = read(SIMPLE);
    const slow = full(SIMPLE);
    const paths = [
      [],
      ["spec"],
      ["spec", "distcp_mappers"],
      ["spec", "migration_tables", 0, "table"],
      ["spec", "missing", "deeper"],
    ];
    for (const path of paths) {
      expect(locate(fast, path)).toEqual(locate(slow, path));
      expect(locateKey(fast, path)).toEqual(locateKey(slow, path));
    }
    expect(fast.document.toJS()).toEqual(fast.value);
  });

  it("parses fully outside the subset", () => {
    const text = "spec: &shared\n  a: 1\nother: *shared\n";
    const source = read(text);
    expect(Object.getOwnPropertyDescriptor(source, "document")?.get).toBeUndefined();
    expect(source.value).toEqual({ spec: { a: 1 }, other: { a: 1 } });
  });

  it("parses fully under a low depth limit", () => {
    const result = readYamlSource("m.yaml", "a:\n  b:\n    c: 1\n", {
      maxAliasCount: 50,
      maxDepth: 2,
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((item) => item.ruleId)).toEqual(["yaml-too-deep"]);
  });

  it("reports what the full parse reports", () => {
    const text = "a: 1\na: 2\n";
    expect(readYamlSource("m.yaml", text)).toEqual(parseYamlSource("m.yaml", text));
  });
});
