// Maps a path in the parsed data (["spec", "migration_tables", 0, "bucket"])
// back to a place in the YAML text, so that every diagnostic can point at
// the key or value it is about.

import { isMap, isScalar, isSeq } from "yaml";
import type { Node, Pair } from "yaml";
import type { YamlSource } from "./yaml-source.js";

export type DataPath = readonly (string | number)[];

export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Part of the source a path points at: the key of its last segment, or at its value. */
export type Target = "key" | "value";

/**
 * Returns the range of the value (or key) at `path`. When the path does not
 * exist, it returns the range of the deepest key that does, so a missing
 * field points at its parent.
 */
export function locate(source: YamlSource, path: DataPath, target: Target = "value"): SourceRange {
  let node: unknown = source.document.contents;
  let pair: Pair | undefined;
  let parentKey: Node | undefined;
  for (const segment of path) {
    let next: unknown;
    if (isMap(node)) {
      pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof segment === "number") {
      pair = undefined;
      next = node.items[segment];
    }
    if (next === undefined) {
      // The path ends early: point at the key of the deepest existing value.
      return rangeOf(source, (parentKey ?? node) as Node | null);
    }
    parentKey = pair ? (pair.key as Node) : (next as Node);
    node = next;
  }
  if (target === "key" && pair && path.length > 0) return rangeOf(source, pair.key as Node);
  return rangeOf(source, node as Node | null);
}

/** Returns the range of the key at `path`, or of its deepest existing ancestor key. */
export function locateKey(source: YamlSource, path: DataPath): SourceRange {
  return locate(source, path, "key");
}

function rangeOf(source: YamlSource, node: Node | null | undefined): SourceRange {
  const [start, end] = node?.range ?? [0, 0];
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}
