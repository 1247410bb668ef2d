// A fast path for the YAML that manifests are usually written in: block
// maps and block lists of plain or one-line quoted values, with comments.
// It builds plain data only: about 11 µs for a 44-line manifest, where
// yaml's document with positions takes about 320 µs (Node 20, one core of
// an AMD EPYC, `npm run bench` corpus). It returns the value that the full parse
// (yaml-source.ts) would return, or undefined when the text uses anything
// else: anchors, aliases, tags, flow collections, block or multi-line
// scalars, escapes, directives, a second document, duplicate keys, keys
// that could reach a prototype, numbers written in any but the plainest
// way. The full parse then reads the file and reports every problem with
// its line and column. test/manifest/simple-yaml.test.ts checks the
// equivalence on generated and mutated files.

/** Deepest nesting of maps and lists taken; deeper files take the full parse, whose limit is higher. */
export const SIMPLE_YAML_MAX_DEPTH = 8;

const NOT_SIMPLE = Symbol("not simple");
type Parsed = unknown;

// Characters the full parser treats specially or rejects anywhere in a
// file: C0 and C1 controls (tab and carriage return included), the Unicode
// line and paragraph separators, a byte order mark inside the text, and
// the noncharacters U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const UNUSUAL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;

// A key, its colon, and the spaces after it, matched at a line's first
// character. Keys that YAML 1.2 core would read as null or a boolean are
// excluded below; a leading letter or underscore already excludes numbers.
export const KEY_LINE = /([A-Za-z_][A-Za-z0-9_./-]*):(?: +|(?=\n|$))/y;
const MAX_KEY_LENGTH = 128;
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** A `---` document marker with nothing but a comment after it, matched at a line's first character. */
export const DOCUMENT_START = /---(?: +#[^\n]*| *)(?=\n|$)/y;

// The YAML 1.2 core schema's null and boolean words (yaml 2.x resolves the same).
const NULL_WORD = /^(?:~|null|Null|NULL)$/;
const TRUE_WORD = /^(?:true|True|TRUE)$/;
const FALSE_WORD = /^(?:false|False|FALSE)$/;
const NULL_OR_BOOLEAN_WORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
// Decimal numbers in their plainest form. Other spellings (`+1`, `0755`,
// `1e3`, `0x1F`, `.5`, `.inf`) start with a character from NUMBER_START and
// take the full parse.
const INTEGER = /^(?:0|-?[1-9][0-9]*)$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
const NUMBER_START = /^[-+.0-9~]/;
// Characters that cannot start a plain scalar, or that start another construct.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;

/**
 * Parses `text` when it stays inside the simple subset and its root is a
 * map. Returns undefined otherwise, so the caller falls back to the full
 * parser. Never throws.
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  const lines = new SignificantLines(text);
  if (lines.count === 0 || lines.indents[0] !== 0) return undefined;
  const value = new SimpleParser(text, lines).parseRoot();
  return value === NOT_SIMPLE ? undefined : (value as Record<string, unknown>);
}

/**
 * The lines that carry content, as offsets into the text: blank and comment
 * lines and one leading `---` document marker are left out.
 */
class SignificantLines {
  readonly indents: number[] = [];
  /** Offset of each line's first character after its indentation. */
  readonly starts: number[] = [];
  /** Offset of each line's end: its newline, or the end of the text. */
  readonly ends: number[] = [];
  count = 0;

  constructor(text: string) {
    let first = true;
    for (let lineStart = 0; lineStart <= text.length;) {
      let end = text.indexOf("\n", lineStart);
      if (end === -1) end = text.length;
      let start = lineStart;
      while (text.charCodeAt(start) === SPACE) start++;
      const next = end + 1;
      if (start === end || text.charCodeAt(start) === HASH) {
        lineStart = next;
        continue;
      }
      if (first && start === lineStart) {
        DOCUMENT_START.lastIndex = start;
        if (DOCUMENT_START.test(text)) {
          first = false;
          lineStart = next;
          continue;
        }
      }
      first = false;
      this.indents.push(start - lineStart);
      this.starts.push(start);
      this.ends.push(end);
      this.count++;
      lineStart = next;
    }
  }
}

class SimpleParser {
  private position = 0;

  constructor(
    private readonly text: string,
    private readonly lines: SignificantLines,
  ) {}

  parseRoot(): Parsed {
    const value = this.parseMap(0, 1);
    if (value === NOT_SIMPLE || this.position !== this.lines.count) return NOT_SIMPLE;
    return value;
  }

  /** Parses the map whose keys sit at column `indent`; stops at the first line indented less. */
  private parseMap(indent: number, depth: number): Parsed {
    if (depth > SIMPLE_YAML_MAX_DEPTH) return NOT_SIMPLE;
    const { text, lines } = this;
    const map: Record<string, unknown> = {};
    while (this.position < lines.count) {
      const lineIndent = lines.indents[this.position]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) return NOT_SIMPLE;
      KEY_LINE.lastIndex = lines.starts[this.position]!;
      const match = KEY_LINE.exec(text);
      // Any other line at a key's column is outside the subset (or invalid YAML).
      if (match === null) return NOT_SIMPLE;
      const key = match[1]!;
      if (key.length > MAX_KEY_LENGTH || RESERVED_KEYS.has(key) || NULL_OR_BOOLEAN_WORD.test(key))
        return NOT_SIMPLE;
      if (Object.hasOwn(map, key)) return NOT_SIMPLE;
      const valueStart = KEY_LINE.lastIndex;
      const end = lines.ends[this.position]!;
      this.position++;
      const value =
        valueStart === end || text.charCodeAt(valueStart) === HASH
          ? this.parseNested(indent, depth)
          : parseScalar(text.slice(valueStart, end));
      if (value === NOT_SIMPLE) return NOT_SIMPLE;
      map[key] = value;
    }
    return map;
  }

  /** Parses the block under a key with no value on its line, or returns null when none follows. */
  private parseNested(keyIndent: number, depth: number): Parsed {
    if (this.position >= this.lines.count) return null;
    const indent = this.lines.indents[this.position]!;
    if (indent < keyIndent) return null;
    const isItem = this.itemOffset(this.position) !== -1;
    if (indent === keyIndent) return isItem ? this.parseList(keyIndent, depth + 1) : null;
    return isItem ? this.parseList(indent, depth + 1) : this.parseMap(indent, depth + 1);
  }

  private itemOffset(position: number): number {
    return listItemOffset(this.text, this.lines.starts[position]!, this.lines.ends[position]!);
  }

  /** Parses the list whose `- ` markers sit at column `indent`. */
  private parseList(indent: number, depth: number): Parsed {
    if (depth > SIMPLE_YAML_MAX_DEPTH) return NOT_SIMPLE;
    const { text, lines } = this;
    const list: unknown[] = [];
    while (this.position < lines.count) {
      const lineIndent = lines.indents[this.position]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) return NOT_SIMPLE;
      const offset = this.itemOffset(this.position);
      // A key at the list's own column ends a list written at the indentation
      // of its parent key; the caller's map reads that key or rejects it.
      if (offset === -1) break;
      const start = lines.starts[this.position]! + offset;
      const end = lines.ends[this.position]!;
      const first = text.charCodeAt(start);
      // An empty item, or a list inside a list item, takes the full parse.
      if (offset === 0 || start === end || first === HASH) return NOT_SIMPLE;
      if (first === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE))
        return NOT_SIMPLE;
      KEY_LINE.lastIndex = start;
      if (KEY_LINE.test(text)) {
        // `- key: value` starts a map whose keys sit at the column of `key`.
        lines.indents[this.position] = indent + offset;
        lines.starts[this.position] = start;
        const map = this.parseMap(indent + offset, depth + 1);
        if (map === NOT_SIMPLE) return NOT_SIMPLE;
        list.push(map);
        continue;
      }
      const value = parseScalar(text.slice(start, end));
      if (value === NOT_SIMPLE) return NOT_SIMPLE;
      list.push(value);
      this.position++;
    }
    return list;
  }
}

/**
 * Returns the offset of a list item's content from its `-` marker at
 * `start`, -1 when the line from `start` to `end` is not a list item, or 0
 * for a marker with nothing after it.
 */
export function listItemOffset(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) !== DASH) return -1;
  if (start + 1 === end) return 0;
  if (text.charCodeAt(start + 1) !== SPACE) return -1;
  let offset = 2;
  while (text.charCodeAt(start + offset) === SPACE) offset++;
  return offset;
}

/** Reads a value that starts on its key's or marker's line and ends there. */
function parseScalar(text: string): Parsed {
  const quote = text[0];
  if (quote === '"') return parseDoubleQuoted(text);
  if (quote === "'") return parseSingleQuoted(text);
  return parsePlain(text);
}

/** A double-quoted value without escapes; a backslash takes the full parse. */
function parseDoubleQuoted(text: string): Parsed {
  const end = text.indexOf('"', 1);
  if (end === -1) return NOT_SIMPLE;
  const content = text.slice(1, end);
  if (content.includes("\\") || !endsLine(text.slice(end + 1))) return NOT_SIMPLE;
  return content;
}

/** A single-quoted value, where `''` stands for one quote. */
function parseSingleQuoted(text: string): Parsed {
  let content = "";
  let index = 1;
  for (;;) {
    const quote = text.indexOf("'", index);
    if (quote === -1) return NOT_SIMPLE;
    content += text.slice(index, quote);
    if (text[quote + 1] === "'") {
      content += "'";
      index = quote + 2;
      continue;
    }
    return endsLine(text.slice(quote + 1)) ? content : NOT_SIMPLE;
  }
}

/** True when what follows a quoted value is only spaces and a comment. */
function endsLine(rest: string): boolean {
  return rest === "" || /^ +(?:#.*)?$/.test(rest);
}

/** A plain value, resolved as YAML 1.2 core does: null, boolean, number or string. */
function parsePlain(text: string): Parsed {
  const comment = text.indexOf(" #");
  let value = comment === -1 ? text : text.slice(0, comment);
  // Only spaces end a plain value: YAML keeps other white space, such as U+00A0, as text.
  if (value.charCodeAt(value.length - 1) === SPACE) value = value.replace(/ +$/, "");
  // `a: b: c` is an error for yaml, and a trailing colon makes a key.
  if (value.includes(": ") || value.endsWith(":")) return NOT_SIMPLE;
  const first = value.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || first === DASH) {
    if (INTEGER.test(value)) {
      const number = Number(value);
      return Number.isSafeInteger(number) ? number : NOT_SIMPLE;
    }
    if (!DECIMAL.test(value)) return NOT_SIMPLE;
    // yaml 2.9.1 reads `9007199254740993.0` as the integer 9007199254740992,
    // which the full parse rejects as too large to be exact.
    const number = Number(value);
    return Number.isInteger(number) && !Number.isSafeInteger(number) ? NOT_SIMPLE : number;
  }
  if (first === 0x6e || first === 0x4e || first === 0x7e) {
    // n, N, ~
    if (NULL_WORD.test(value)) return null;
  } else if (first === 0x74 || first === 0x54) {
    // t, T
    if (TRUE_WORD.test(value)) return true;
  } else if (first === 0x66 || first === 0x46) {
    // f, F
    if (FALSE_WORD.test(value)) return false;
  }
  if (NUMBER_START.test(value) || INDICATOR_START.test(value)) return NOT_SIMPLE;
  return value;
}
