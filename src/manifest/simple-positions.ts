// Source ranges for the texts that the YAML fast path (simple-yaml.ts)
// reads, computed without yaml. Each range is the one that yaml 2.9.1 sets
// as `node.range[0]` and `node.range[1]` on the node of the same path, so
// locate.ts gives the same line and column from either.
//
// yaml ends a map or list at `range[2]` of its last value: the end of the
// value's line, or later where yaml keeps the comment lines that follow
// with that value or collection. Those rules come from yaml 2.9.1's
// parser.js (`atIndentedComment`, the trailing-item move in `pop`) and
// resolve-block-map.js/resolve-block-seq.js (`commentEnd`).
// test/manifest/simple-positions.test.ts compares every path with yaml's
// document on generated and mutated files.

import { DOCUMENT_START, KEY_LINE, listItemOffset } from "./simple-yaml.js";

/** Start and end offsets of a node, as yaml's `node.range[0]` and `node.range[1]`. */
export type OffsetRange = readonly [start: number, end: number];

export interface ScalarPosition {
  kind: "scalar";
  range: OffsetRange;
}

export interface MapPosition {
  kind: "map";
  range: OffsetRange;
  pairs: PairPosition[];
}

export interface PairPosition {
  /** The key as text. The fast path reads only plain keys, which yaml resolves to strings. */
  name: string;
  key: ScalarPosition;
  value: NodePosition;
}

export interface ListPosition {
  kind: "list";
  range: OffsetRange;
  items: NodePosition[];
}

export type NodePosition = ScalarPosition | MapPosition | ListPosition;

/** The ranges of one text's nodes, and its line starts for converting offsets to lines and columns. */
export class SourcePositions {
  constructor(
    readonly root: MapPosition,
    private readonly lineStarts: readonly number[],
  ) {}

  /** Returns the one-based line and column of `offset`, computed as yaml's `LineCounter.linePos`. */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}

/**
 * Computes the ranges of the nodes of `text`, which parseSimpleYaml must
 * have accepted. Returns undefined when the lines do not form the block
 * maps and lists of that subset, so the caller uses yaml's document instead.
 * The tests found no accepted text that it declines.
 */
export function buildSourcePositions(text: string): SourcePositions | undefined {
  const lines = scanLines(text);
  if (lines.content.length === 0) return undefined;
  const builder = new PositionBuilder(text, lines);
  const root = builder.buildRoot();
  return root === undefined ? undefined : new SourcePositions(root, lines.lineStarts);
}

const SPACE = 0x20;
const HASH = 0x23;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** One line of the text, as offsets. */
interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the first character after the indentation. */
  content: number;
  /** Offset of the line's newline, or the end of the text. */
  end: number;
  /** Offset after the line's newline, or the end of the text. */
  next: number;
  kind: "blank" | "comment" | "content" | "document-start";
}

interface ScannedLines {
  all: Line[];
  /** Indexes into `all` of the content lines. */
  content: number[];
  /** Offset of the first character of every line, as yaml's LineCounter records them. */
  lineStarts: number[];
}

function scanLines(text: string): ScannedLines {
  const all: Line[] = [];
  const content: number[] = [];
  const lineStarts: number[] = [];
  let beforeContent = true;
  for (let start = 0; start <= text.length;) {
    lineStarts.push(start);
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    let first = start;
    while (text.charCodeAt(first) === SPACE) first++;
    let kind: Line["kind"] = "content";
    if (first === end) kind = "blank";
    else if (text.charCodeAt(first) === HASH) kind = "comment";
    else if (beforeContent && first === start) {
      DOCUMENT_START.lastIndex = start;
      if (DOCUMENT_START.test(text)) kind = "document-start";
    }
    if (kind === "content" || kind === "document-start") beforeContent = false;
    if (kind === "content") content.push(all.length);
    all.push({ start, content: first, end, next, kind });
    if (newline === -1) break;
    start = next;
  }
  return { all, content, lineStarts };
}

/** A node with its `range[2]` as yaml computes it, which ends its parent when it is the last value. */
interface Built<T extends NodePosition> {
  node: T;
  nodeEnd: number;
}

/**
 * Comment lines after the last value that yaml keeps in a trailing item of
 * the innermost collection. When that collection ends, yaml's parser moves
 * the item to the parent, unless the collection is indented and one of the
 * comments is at its column or deeper. The collection that keeps the item
 * ends at `end`, the first character of the next content line or the end
 * of the text.
 */
interface TrailingComments {
  maxIndent: number;
  end: number;
}

class PositionBuilder {
  /** Index into `lines.content` of the next content line to read. */
  private position = 0;
  /** Indentation of each content line. A `- key:` line gets the column of its key. */
  private readonly indents: number[];
  /** Offset where each content line's key or item marker starts. */
  private readonly starts: number[];
  private trailing: TrailingComments | undefined;

  constructor(
    private readonly text: string,
    private readonly lines: ScannedLines,
  ) {
    this.indents = lines.content.map((index) => {
      const line = lines.all[index]!;
      return line.content - line.start;
    });
    this.starts = lines.content.map((index) => lines.all[index]!.content);
  }

  buildRoot(): MapPosition | undefined {
    if (this.indents[0] !== 0) return undefined;
    const root = this.buildMap(0);
    if (root === undefined || this.position !== this.indents.length) return undefined;
    return root.node;
  }

  private line(position: number): Line {
    return this.lines.all[this.lines.content[position]!]!;
  }

  private buildMap(indent: number): Built<MapPosition> | undefined {
    const pairs: PairPosition[] = [];
    const start = this.starts[this.position]!;
    let lastEnd = start;
    while (this.position < this.indents.length) {
      const lineIndent = this.indents[this.position]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) return undefined;
      const keyStart = this.starts[this.position]!;
      KEY_LINE.lastIndex = keyStart;
      const match = KEY_LINE.exec(this.text);
      if (match === null) return undefined;
      const name = match[1]!;
      const key: ScalarPosition = { kind: "scalar", range: [keyStart, keyStart + name.length] };
      const valueStart = KEY_LINE.lastIndex;
      const keyPosition = this.position;
      const lineEnd = this.line(keyPosition).end;
      this.position++;
      const value =
        valueStart === lineEnd || this.text.charCodeAt(valueStart) === HASH
          ? this.buildNested(indent, keyPosition, valueStart)
          : this.buildScalar(keyPosition, valueStart, indent);
      if (value === undefined) return undefined;
      pairs.push({ name, key, value: value.node });
      lastEnd = value.nodeEnd;
    }
    const node: MapPosition = { kind: "map", range: [start, lastEnd], pairs };
    return { node, nodeEnd: this.endCollection(indent, lastEnd) };
  }

  /** Builds the block under a key with no value on its line, or the empty value yaml puts there. */
  private buildNested(
    keyIndent: number,
    keyPosition: number,
    valueStart: number,
  ): Built<NodePosition> | undefined {
    if (this.position < this.indents.length) {
      const indent = this.indents[this.position]!;
      const isItem = this.itemOffset(this.position) !== -1;
      if (indent === keyIndent && isItem) return this.buildList(keyIndent);
      if (indent > keyIndent) return isItem ? this.buildList(indent) : this.buildMap(indent);
    }
    return this.buildEmpty(keyPosition, valueStart);
  }

  /**
   * Builds the empty value of `key:`. yaml places it after the colon and
   * the spaces that follow. Every line up to the next content line stays
   * in the key's separator, so nothing trails into the collections, and
   * when a comment is among those lines, the value's `range[2]` reaches
   * the next content line.
   */
  private buildEmpty(keyPosition: number, valueStart: number): Built<ScalarPosition> {
    const node: ScalarPosition = { kind: "scalar", range: [valueStart, valueStart] };
    this.trailing = undefined;
    let hasComment = this.text.charCodeAt(valueStart) === HASH;
    for (const line of this.linesAfter(keyPosition)) hasComment ||= line.kind === "comment";
    // NOTE: this end is exact when the map ends after this key. Before a
    // sibling key, yaml moves some comment lines to that key, but the end of
    // a value that is not the last one bounds no range.
    return { node, nodeEnd: hasComment ? this.nextContentOffset(keyPosition) : valueStart };
  }

  /**
   * Builds a value that starts and ends on the line of its key or item
   * marker. Its `range[2]` is the end of the line, extended over the comment
   * lines below that are indented deeper than the collection's column.
   * Blank lines may separate them, and the first other comment ends the
   * extension and trails as TrailingComments.
   */
  private buildScalar(
    position: number,
    valueStart: number,
    collectionIndent: number,
  ): Built<ScalarPosition> | undefined {
    const line = this.line(position);
    const valueEnd = scalarEnd(this.text, valueStart, line.end);
    if (valueEnd === -1) return undefined;
    const node: ScalarPosition = { kind: "scalar", range: [valueStart, valueEnd] };
    let nodeEnd = line.next;
    let extending = true;
    let maxIndent = -1;
    for (const after of this.linesAfter(position)) {
      if (after.kind !== "comment") continue;
      const indent = after.content - after.start;
      if (extending && indent > collectionIndent) {
        nodeEnd = after.next;
        continue;
      }
      extending = false;
      maxIndent = Math.max(maxIndent, indent);
    }
    this.trailing =
      maxIndent === -1 ? undefined : { maxIndent, end: this.nextContentOffset(position) };
    return { node, nodeEnd };
  }

  /** Returns the offset of a list item's content from its `-` marker, or -1 when the line is no item. */
  private itemOffset(position: number): number {
    const offset = listItemOffset(this.text, this.starts[position]!, this.line(position).end);
    // A bare `-` is outside the fast path's subset, so the builder declines the text there.
    return offset === 0 ? -1 : offset;
  }

  private buildList(indent: number): Built<ListPosition> | undefined {
    const items: NodePosition[] = [];
    const start = this.starts[this.position]!;
    let lastEnd = start;
    while (this.position < this.indents.length) {
      const lineIndent = this.indents[this.position]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) return undefined;
      const offset = this.itemOffset(this.position);
      // A key at the list's own column ends a list written at its parent key's column.
      if (offset === -1) break;
      const itemStart = this.starts[this.position]! + offset;
      KEY_LINE.lastIndex = itemStart;
      let item: Built<NodePosition> | undefined;
      if (KEY_LINE.test(this.text)) {
        // `- key: value` starts a map whose keys sit at the column of `key`.
        this.indents[this.position] = indent + offset;
        this.starts[this.position] = itemStart;
        item = this.buildMap(indent + offset);
      } else {
        item = this.buildScalar(this.position, itemStart, indent);
        this.position++;
      }
      if (item === undefined) return undefined;
      items.push(item.node);
      lastEnd = item.nodeEnd;
    }
    const node: ListPosition = { kind: "list", range: [start, lastEnd], items };
    return { node, nodeEnd: this.endCollection(indent, lastEnd) };
  }

  /**
   * Returns `range[2]` of a collection that ends here: the end of its last
   * value, or the end of the trailing comments when yaml keeps them in the
   * collection. A collection at column 0 never keeps them.
   */
  private endCollection(indent: number, lastEnd: number): number {
    const trailing = this.trailing;
    if (trailing === undefined || indent === 0 || trailing.maxIndent < indent) return lastEnd;
    this.trailing = undefined;
    return trailing.end;
  }

  /** Lists the blank and comment lines between content line `position` and the next. */
  private linesAfter(position: number): Line[] {
    const from = this.lines.content[position]! + 1;
    const to = this.lines.content[position + 1] ?? this.lines.all.length;
    return this.lines.all.slice(from, to);
  }

  /** Returns the offset of the next content line's first character after its indentation, or the end of the text. */
  private nextContentOffset(position: number): number {
    const next = this.lines.content[position + 1];
    return next === undefined ? this.text.length : this.lines.all[next]!.content;
  }
}

/**
 * Returns the end of the scalar token starting at `start`: after the
 * closing quote, or at the end of a plain value without its trailing spaces
 * and comment. Returns -1 for a quote left open on its line.
 */
function scalarEnd(text: string, start: number, lineEnd: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) {
    const quote = text.indexOf('"', start + 1);
    return quote === -1 || quote >= lineEnd ? -1 : quote + 1;
  }
  if (first === APOSTROPHE) {
    let index = start + 1;
    for (;;) {
      const quote = text.indexOf("'", index);
      if (quote === -1 || quote >= lineEnd) return -1;
      // `''` inside single quotes is one escaped quote.
      if (text.charCodeAt(quote + 1) !== APOSTROPHE) return quote + 1;
      index = quote + 2;
    }
  }
  let end = lineEnd;
  for (let index = start + 1; index < lineEnd; index++) {
    if (text.charCodeAt(index) === HASH && text.charCodeAt(index - 1) === SPACE) {
      end = index;
      break;
    }
  }
  while (text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}
