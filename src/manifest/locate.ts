// Maps a path in the parsed data (["spec", "migration_tables", 0, "bucket"])
// back to a place in the YAML text, so that every diagnostic can point at
// the key or value it is about.

import { isMap, isScalar, isSeq } from "yaml";
import type { Document, LineCounter, Node } from "yaml";
import type { NodePosition, SourcePositions } from "./simple-positions.js";
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

let sourcePositionsEnabled = true;

/**
 * Sets whether locate reads the ranges that simple-positions.ts computes
 * for fast-path sources (the default) or always yaml's document. Tests turn
 * it off to compare both on the same text.
 */
export function setSourcePositionsEnabled(enabled: boolean): void {
  sourcePositionsEnabled = enabled;
}

/**
 * Returns the range of the value (or key) at `path`. When the path does not
 * exist, it returns the range of the deepest key that does, so a missing
 * field points at its parent. The range is the same whether it comes from
 * the fast path's positions or from yaml's document.
 */
export function locate(source: YamlSource, path: DataPath, target: Target = "value"): SourceRange {
  const positions = sourcePositionsEnabled ? source.positions : undefined;
  if (positions !== undefined) return locateIn(positionsTree(positions), path, target);
  return locateIn(documentTree(source.document, source.lineCounter), path, target);
}

/** Returns the range of the key at `path`, or of its deepest existing ancestor key. */
export function locateKey(source: YamlSource, path: DataPath): SourceRange {
  return locate(source, path, "key");
}

/** The parts of a parsed tree that locate reads: yaml's document, or the fast path's positions. */
interface Tree<N> {
  root: N | null;
  kind(node: N | null): "map" | "list" | "other";
  /** Returns the pair of map `node` whose key reads as `segment`, or undefined. */
  pair(node: N, segment: string | number): { key: N; value: N | null } | undefined;
  item(node: N, index: number): N | null | undefined;
  /** Returns `node.range[0]` and `node.range[1]`, or [0, 0] for no node. */
  offsets(node: N | null | undefined): readonly [number, number];
  linePos(offset: number): { line: number; col: number };
}

function locateIn<N>(tree: Tree<N>, path: DataPath, target: Target): SourceRange {
  let node: N | null = tree.root;
  let pair: { key: N; value: N | null } | undefined;
  let parentKey: N | null | undefined;
  for (const segment of path) {
    let next: N | null | undefined;
    const kind = tree.kind(node);
    if (kind === "map") {
      pair = tree.pair(node!, segment);
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (kind === "list" && typeof segment === "number") {
      pair = undefined;
      next = tree.item(node!, segment);
    }
    if (next === undefined) {
      // The path ends early: point at the key of the deepest existing value.
      return rangeOf(tree, parentKey ?? node);
    }
    parentKey = pair ? pair.key : next;
    node = next;
  }
  if (target === "key" && pair && path.length > 0) return rangeOf(tree, pair.key);
  return rangeOf(tree, node);
}

function rangeOf<N>(tree: Tree<N>, node: N | null | undefined): SourceRange {
  const [start, end] = tree.offsets(node);
  const from = tree.linePos(start);
  const to = tree.linePos(end);
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function documentTree(document: Document.Parsed, lineCounter: LineCounter): Tree<Node> {
  return {
    root: document.contents,
    kind(node) {
      if (isMap(node)) return "map";
      return isSeq(node) ? "list" : "other";
    },
    pair(node, segment) {
      if (!isMap(node)) return undefined;
      const found = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      return found ? { key: found.key as Node, value: found.value as Node | null } : undefined;
    },
    item: (node, index) =>
      isSeq(node) ? (node.items[index] as Node | null | undefined) : undefined,
    offsets: (node) => {
      const range = node?.range ?? [0, 0];
      return [range[0], range[1]];
    },
    linePos: (offset) => lineCounter.linePos(offset),
  };
}

function positionsTree(positions: SourcePositions): Tree<NodePosition> {
  return {
    root: positions.root,
    kind(node) {
      if (node?.kind === "map") return "map";
      return node?.kind === "list" ? "list" : "other";
    },
    pair(node, segment) {
      if (node.kind !== "map") return undefined;
      const found = node.pairs.find((item) => item.name === String(segment));
      return found ? { key: found.key, value: found.value } : undefined;
    },
    item: (node, index) => (node.kind === "list" ? node.items[index] : undefined),
    offsets: (node) => node?.range ?? [0, 0],
    linePos: (offset) => positions.linePos(offset),
  };
}
