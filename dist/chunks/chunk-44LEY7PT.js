import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  REFERENCE_FIELDS,
  REFERENCE_SYNTAX,
  SECRET_FIELDS,
  referencedVariable,
  require_dist
} from "./chunk-PDKC3KT5.js";
import {
  __toESM
} from "./chunk-RVDFPOOV.js";

// src/manifest/source-text.ts
var MAX_FILE_BYTES = 1024 * 1024;
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeSource(file, bytes, maxBytes = MAX_FILE_BYTES) {
  if (bytes.length > maxBytes) {
    return failure(
      file,
      1,
      1,
      "file-too-large",
      `file is ${bytes.length} bytes, over the limit of ${maxBytes} bytes; split it into one manifest per migration run`
    );
  }
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const { line, column } = bytePosition(bytes, offset);
    const byte = bytes[offset] ?? 0;
    return failure(
      file,
      line,
      column,
      "invalid-utf8",
      `invalid UTF-8 byte 0x${byte.toString(16).padStart(2, "0")}; save the file as UTF-8`
    );
  }
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const { line, column } = textPosition(text, control.index);
    const code = control[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase();
    return failure(
      file,
      line,
      column,
      "control-character",
      `control character U+${code} is not allowed; remove it or write it as an escape inside double quotes`
    );
  }
  return { ok: true, text };
}
function failure(file, line, column, ruleId, message) {
  return { ok: false, diagnostic: { file, line, column, severity: "error", message, ruleId } };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    let length;
    let min;
    if (lead < 128) {
      i++;
      continue;
    } else if (lead >= 194 && lead <= 223) {
      length = 2;
      min = 128;
    } else if (lead >= 224 && lead <= 239) {
      length = 3;
      min = 2048;
    } else if (lead >= 240 && lead <= 244) {
      length = 4;
      min = 65536;
    } else {
      return i;
    }
    let codePoint = lead & 255 >> length + 1;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === void 0 || (next & 192) !== 128) return i;
      codePoint = codePoint << 6 | next & 63;
    }
    const surrogate = codePoint >= 55296 && codePoint <= 57343;
    if (codePoint < min || codePoint > 1114111 || surrogate) return i;
    i += length;
  }
  return bytes.length;
}
function bytePosition(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: decoder.decode(bytes.subarray(lineStart, offset)).length + 1 };
}
function textPosition(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/manifest/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);

// src/manifest/simple-yaml.ts
var SIMPLE_YAML_MAX_DEPTH = 8;
var NOT_SIMPLE = /* @__PURE__ */ Symbol("not simple");
var UNUSUAL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
var KEY_LINE = /([A-Za-z_][A-Za-z0-9_./-]*):(?: +|(?=\n|$))/y;
var MAX_KEY_LENGTH = 128;
var RESERVED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var DOCUMENT_START = /---(?: +#[^\n]*| *)(?=\n|$)/y;
var NULL_WORD = /^(?:~|null|Null|NULL)$/;
var TRUE_WORD = /^(?:true|True|TRUE)$/;
var FALSE_WORD = /^(?:false|False|FALSE)$/;
var NULL_OR_BOOLEAN_WORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
var INTEGER = /^(?:0|-?[1-9][0-9]*)$/;
var DECIMAL = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
var NUMBER_START = /^[-+.0-9~]/;
var INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
var SPACE = 32;
var HASH = 35;
var DASH = 45;
function parseSimpleYaml(text) {
  if (UNUSUAL_CHARACTER.test(text)) return void 0;
  const lines = new SignificantLines(text);
  if (lines.count === 0 || lines.indents[0] !== 0) return void 0;
  const value = new SimpleParser(text, lines).parseRoot();
  return value === NOT_SIMPLE ? void 0 : value;
}
var SignificantLines = class {
  indents = [];
  /** Offset of each line's first character after its indentation. */
  starts = [];
  /** Offset of each line's end: its newline, or the end of the text. */
  ends = [];
  count = 0;
  constructor(text) {
    let first = true;
    for (let lineStart = 0; lineStart <= text.length; ) {
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
};
var SimpleParser = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
  }
  text;
  lines;
  position = 0;
  parseRoot() {
    const value = this.parseMap(0, 1);
    if (value === NOT_SIMPLE || this.position !== this.lines.count) return NOT_SIMPLE;
    return value;
  }
  /** Parses the map whose keys sit at column `indent`; stops at the first line indented less. */
  parseMap(indent, depth) {
    if (depth > SIMPLE_YAML_MAX_DEPTH) return NOT_SIMPLE;
    const { text, lines } = this;
    const map = {};
    while (this.position < lines.count) {
      const lineIndent = lines.indents[this.position];
      if (lineIndent < indent) break;
      if (lineIndent > indent) return NOT_SIMPLE;
      KEY_LINE.lastIndex = lines.starts[this.position];
      const match = KEY_LINE.exec(text);
      if (match === null) return NOT_SIMPLE;
      const key = match[1];
      if (key.length > MAX_KEY_LENGTH || RESERVED_KEYS.has(key) || NULL_OR_BOOLEAN_WORD.test(key))
        return NOT_SIMPLE;
      if (Object.hasOwn(map, key)) return NOT_SIMPLE;
      const valueStart = KEY_LINE.lastIndex;
      const end = lines.ends[this.position];
      this.position++;
      const value = valueStart === end || text.charCodeAt(valueStart) === HASH ? this.parseNested(indent, depth) : parseScalar(text.slice(valueStart, end));
      if (value === NOT_SIMPLE) return NOT_SIMPLE;
      map[key] = value;
    }
    return map;
  }
  /** Parses the block under a key with no value on its line, or returns null when none follows. */
  parseNested(keyIndent, depth) {
    if (this.position >= this.lines.count) return null;
    const indent = this.lines.indents[this.position];
    if (indent < keyIndent) return null;
    const isItem = this.itemOffset(this.position) !== -1;
    if (indent === keyIndent) return isItem ? this.parseList(keyIndent, depth + 1) : null;
    return isItem ? this.parseList(indent, depth + 1) : this.parseMap(indent, depth + 1);
  }
  itemOffset(position) {
    return listItemOffset(this.text, this.lines.starts[position], this.lines.ends[position]);
  }
  /** Parses the list whose `- ` markers sit at column `indent`. */
  parseList(indent, depth) {
    if (depth > SIMPLE_YAML_MAX_DEPTH) return NOT_SIMPLE;
    const { text, lines } = this;
    const list = [];
    while (this.position < lines.count) {
      const lineIndent = lines.indents[this.position];
      if (lineIndent < indent) break;
      if (lineIndent > indent) return NOT_SIMPLE;
      const offset = this.itemOffset(this.position);
      if (offset === -1) break;
      const start = lines.starts[this.position] + offset;
      const end = lines.ends[this.position];
      const first = text.charCodeAt(start);
      if (offset === 0 || start === end || first === HASH) return NOT_SIMPLE;
      if (first === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE))
        return NOT_SIMPLE;
      KEY_LINE.lastIndex = start;
      if (KEY_LINE.test(text)) {
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
};
function listItemOffset(text, start, end) {
  if (text.charCodeAt(start) !== DASH) return -1;
  if (start + 1 === end) return 0;
  if (text.charCodeAt(start + 1) !== SPACE) return -1;
  let offset = 2;
  while (text.charCodeAt(start + offset) === SPACE) offset++;
  return offset;
}
function parseScalar(text) {
  const quote = text[0];
  if (quote === '"') return parseDoubleQuoted(text);
  if (quote === "'") return parseSingleQuoted(text);
  return parsePlain(text);
}
function parseDoubleQuoted(text) {
  const end = text.indexOf('"', 1);
  if (end === -1) return NOT_SIMPLE;
  const content = text.slice(1, end);
  if (content.includes("\\") || !endsLine(text.slice(end + 1))) return NOT_SIMPLE;
  return content;
}
function parseSingleQuoted(text) {
  let content = "";
  let index = 1;
  for (; ; ) {
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
function endsLine(rest) {
  return rest === "" || /^ +(?:#.*)?$/.test(rest);
}
function parsePlain(text) {
  const comment = text.indexOf(" #");
  let value = comment === -1 ? text : text.slice(0, comment);
  if (value.charCodeAt(value.length - 1) === SPACE) value = value.replace(/ +$/, "");
  if (value.includes(": ") || value.endsWith(":")) return NOT_SIMPLE;
  const first = value.charCodeAt(0);
  if (first >= 48 && first <= 57 || first === DASH) {
    if (INTEGER.test(value)) {
      const number2 = Number(value);
      return Number.isSafeInteger(number2) ? number2 : NOT_SIMPLE;
    }
    if (!DECIMAL.test(value)) return NOT_SIMPLE;
    const number = Number(value);
    return Number.isInteger(number) && !Number.isSafeInteger(number) ? NOT_SIMPLE : number;
  }
  if (first === 110 || first === 78 || first === 126) {
    if (NULL_WORD.test(value)) return null;
  } else if (first === 116 || first === 84) {
    if (TRUE_WORD.test(value)) return true;
  } else if (first === 102 || first === 70) {
    if (FALSE_WORD.test(value)) return false;
  }
  if (NUMBER_START.test(value) || INDICATOR_START.test(value)) return NOT_SIMPLE;
  return value;
}

// src/manifest/simple-positions.ts
var SourcePositions = class {
  constructor(root, lineStarts) {
    this.root = root;
    this.lineStarts = lineStarts;
  }
  root;
  lineStarts;
  /** Returns the one-based line and column of `offset`, computed as yaml's `LineCounter.linePos`. */
  linePos(offset) {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = low + high >> 1;
      if (starts[middle] < offset) low = middle + 1;
      else high = middle;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1] + 1 };
  }
};
function buildSourcePositions(text) {
  const lines = scanLines(text);
  if (lines.content.length === 0) return void 0;
  const builder = new PositionBuilder(text, lines);
  const root = builder.buildRoot();
  return root === void 0 ? void 0 : new SourcePositions(root, lines.lineStarts);
}
var SPACE2 = 32;
var HASH2 = 35;
var QUOTE = 34;
var APOSTROPHE = 39;
function scanLines(text) {
  const all = [];
  const content = [];
  const lineStarts = [];
  let beforeContent = true;
  for (let start = 0; start <= text.length; ) {
    lineStarts.push(start);
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const next = newline === -1 ? text.length : newline + 1;
    let first = start;
    while (text.charCodeAt(first) === SPACE2) first++;
    let kind = "content";
    if (first === end) kind = "blank";
    else if (text.charCodeAt(first) === HASH2) kind = "comment";
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
var PositionBuilder = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines;
    this.indents = lines.content.map((index) => {
      const line = lines.all[index];
      return line.content - line.start;
    });
    this.starts = lines.content.map((index) => lines.all[index].content);
  }
  text;
  lines;
  /** Index into `lines.content` of the next content line to read. */
  position = 0;
  /** Indentation of each content line. A `- key:` line gets the column of its key. */
  indents;
  /** Offset where each content line's key or item marker starts. */
  starts;
  trailing;
  buildRoot() {
    if (this.indents[0] !== 0) return void 0;
    const root = this.buildMap(0);
    if (root === void 0 || this.position !== this.indents.length) return void 0;
    return root.node;
  }
  line(position) {
    return this.lines.all[this.lines.content[position]];
  }
  buildMap(indent) {
    const pairs = [];
    const start = this.starts[this.position];
    let lastEnd = start;
    while (this.position < this.indents.length) {
      const lineIndent = this.indents[this.position];
      if (lineIndent < indent) break;
      if (lineIndent > indent) return void 0;
      const keyStart = this.starts[this.position];
      KEY_LINE.lastIndex = keyStart;
      const match = KEY_LINE.exec(this.text);
      if (match === null) return void 0;
      const name = match[1];
      const key = { kind: "scalar", range: [keyStart, keyStart + name.length] };
      const valueStart = KEY_LINE.lastIndex;
      const keyPosition = this.position;
      const lineEnd = this.line(keyPosition).end;
      this.position++;
      const value = valueStart === lineEnd || this.text.charCodeAt(valueStart) === HASH2 ? this.buildNested(indent, keyPosition, valueStart) : this.buildScalar(keyPosition, valueStart, indent);
      if (value === void 0) return void 0;
      pairs.push({ name, key, value: value.node });
      lastEnd = value.nodeEnd;
    }
    const node = { kind: "map", range: [start, lastEnd], pairs };
    return { node, nodeEnd: this.endCollection(indent, lastEnd) };
  }
  /** Builds the block under a key with no value on its line, or the empty value yaml puts there. */
  buildNested(keyIndent, keyPosition, valueStart) {
    if (this.position < this.indents.length) {
      const indent = this.indents[this.position];
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
  buildEmpty(keyPosition, valueStart) {
    const node = { kind: "scalar", range: [valueStart, valueStart] };
    this.trailing = void 0;
    let hasComment = this.text.charCodeAt(valueStart) === HASH2;
    for (const line of this.linesAfter(keyPosition)) hasComment ||= line.kind === "comment";
    return { node, nodeEnd: hasComment ? this.nextContentOffset(keyPosition) : valueStart };
  }
  /**
   * Builds a value that starts and ends on the line of its key or item
   * marker. Its `range[2]` is the end of the line, extended over the comment
   * lines below that are indented deeper than the collection's column.
   * Blank lines may separate them, and the first other comment ends the
   * extension and trails as TrailingComments.
   */
  buildScalar(position, valueStart, collectionIndent) {
    const line = this.line(position);
    const valueEnd = scalarEnd(this.text, valueStart, line.end);
    if (valueEnd === -1) return void 0;
    const node = { kind: "scalar", range: [valueStart, valueEnd] };
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
    this.trailing = maxIndent === -1 ? void 0 : { maxIndent, end: this.nextContentOffset(position) };
    return { node, nodeEnd };
  }
  /** Returns the offset of a list item's content from its `-` marker, or -1 when the line is no item. */
  itemOffset(position) {
    const offset = listItemOffset(this.text, this.starts[position], this.line(position).end);
    return offset === 0 ? -1 : offset;
  }
  buildList(indent) {
    const items = [];
    const start = this.starts[this.position];
    let lastEnd = start;
    while (this.position < this.indents.length) {
      const lineIndent = this.indents[this.position];
      if (lineIndent < indent) break;
      if (lineIndent > indent) return void 0;
      const offset = this.itemOffset(this.position);
      if (offset === -1) break;
      const itemStart = this.starts[this.position] + offset;
      KEY_LINE.lastIndex = itemStart;
      let item;
      if (KEY_LINE.test(this.text)) {
        this.indents[this.position] = indent + offset;
        this.starts[this.position] = itemStart;
        item = this.buildMap(indent + offset);
      } else {
        item = this.buildScalar(this.position, itemStart, indent);
        this.position++;
      }
      if (item === void 0) return void 0;
      items.push(item.node);
      lastEnd = item.nodeEnd;
    }
    const node = { kind: "list", range: [start, lastEnd], items };
    return { node, nodeEnd: this.endCollection(indent, lastEnd) };
  }
  /**
   * Returns `range[2]` of a collection that ends here: the end of its last
   * value, or the end of the trailing comments when yaml keeps them in the
   * collection. A collection at column 0 never keeps them.
   */
  endCollection(indent, lastEnd) {
    const trailing = this.trailing;
    if (trailing === void 0 || indent === 0 || trailing.maxIndent < indent) return lastEnd;
    this.trailing = void 0;
    return trailing.end;
  }
  /** Lists the blank and comment lines between content line `position` and the next. */
  linesAfter(position) {
    const from = this.lines.content[position] + 1;
    const to = this.lines.content[position + 1] ?? this.lines.all.length;
    return this.lines.all.slice(from, to);
  }
  /** Returns the offset of the next content line's first character after its indentation, or the end of the text. */
  nextContentOffset(position) {
    const next = this.lines.content[position + 1];
    return next === void 0 ? this.text.length : this.lines.all[next].content;
  }
};
function scalarEnd(text, start, lineEnd) {
  const first = text.charCodeAt(start);
  if (first === QUOTE) {
    const quote = text.indexOf('"', start + 1);
    return quote === -1 || quote >= lineEnd ? -1 : quote + 1;
  }
  if (first === APOSTROPHE) {
    let index = start + 1;
    for (; ; ) {
      const quote = text.indexOf("'", index);
      if (quote === -1 || quote >= lineEnd) return -1;
      if (text.charCodeAt(quote + 1) !== APOSTROPHE) return quote + 1;
      index = quote + 2;
    }
  }
  let end = lineEnd;
  for (let index = start + 1; index < lineEnd; index++) {
    if (text.charCodeAt(index) === HASH2 && text.charCodeAt(index - 1) === SPACE2) {
      end = index;
      break;
    }
  }
  while (text.charCodeAt(end - 1) === SPACE2) end--;
  return end;
}

// src/manifest/yaml-source.ts
var DEFAULT_YAML_LIMITS = { maxAliasCount: 50, maxDepth: 32 };
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MISALIGNED_ITEMS = /^All (mapping|sequence) items/;
var YAML_ERROR_RULES = {
  DUPLICATE_KEY: { ruleId: "yaml-duplicate-key", hint: "remove or rename one of the two keys" },
  TAB_AS_INDENT: { ruleId: "yaml-tab-indent", hint: "indent with spaces" },
  // yaml's words for the usual slips in hand-written YAML, with what usually causes them.
  MULTILINE_IMPLICIT_KEY: {
    ruleId: "yaml-syntax",
    hint: "a line from here to the next key is missing its `:`, or is indented deeper than its neighbours"
  },
  BLOCK_AS_IMPLICIT_KEY: {
    ruleId: "yaml-syntax",
    hint: "quote a value that contains `: `, or indent the next line like this key"
  },
  BAD_INDENT: {
    ruleId: "yaml-syntax",
    hint: "indent the keys of one map, or the `-` items of one list, by the same number of spaces",
    // yaml uses BAD_INDENT for unclosed flow collections too, whose message is clear.
    when: MISALIGNED_ITEMS
  }
};
function parseYamlSource(file, text, limits = DEFAULT_YAML_LIMITS, versionSeverity = "error") {
  const lineCounter = new import_yaml.LineCounter();
  const at = (offset) => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const diagnostic = (offset, ruleId, message, severity = "error") => ({
    file,
    ...at(offset),
    severity,
    message,
    ruleId
  });
  let documents;
  try {
    documents = (0, import_yaml.parseAllDocuments)(text, {
      version: "1.2",
      schema: "core",
      lineCounter,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      keepSourceTokens: false
    });
  } catch (error) {
    return {
      ok: false,
      diagnostics: [diagnostic(0, "yaml-syntax", `cannot parse YAML: ${errorText(error)}`)]
    };
  }
  if (!Array.isArray(documents)) documents = [];
  const diagnostics = [];
  const first = documents[0];
  if (first === void 0 || first.contents === null) {
    diagnostics.push(
      diagnostic(
        0,
        "empty-file",
        "file is empty; write a manifest with apiVersion, kind, metadata and spec, or delete the file"
      )
    );
    return { ok: false, diagnostics };
  }
  for (const extra of documents.slice(1)) {
    const start = extra.range[0];
    diagnostics.push(
      diagnostic(
        start,
        "yaml-multiple-documents",
        "a second YAML document is not allowed; put each migration run in its own file"
      )
    );
  }
  const structure = structureDiagnostics(first, limits.maxDepth, diagnostic);
  let tooDeep = structure.some((item) => item.ruleId === "yaml-too-deep");
  let indentation;
  for (const document of documents) {
    for (const problem of [...document.errors, ...document.warnings]) {
      if (problem.code === "RESOURCE_EXHAUSTION") {
        if (tooDeep) continue;
        tooDeep = true;
        diagnostics.push(
          diagnostic(problem.pos[0], "yaml-too-deep", tooDeepMessage(limits.maxDepth))
        );
        continue;
      }
      const openQuote = problem.code === "MISSING_CHAR" ? openQuoteAt(document, problem.pos[0]) : void 0;
      if (openQuote !== void 0) {
        diagnostics.push(
          diagnostic(
            openQuote.offset,
            "yaml-syntax",
            `the quoted value that starts here has no closing ${openQuote.quote}; add it where the value ends`
          )
        );
        continue;
      }
      const duplicate = problem.code === "DUPLICATE_KEY" ? duplicateKeyMessage(document, problem.pos[0], lineCounter) : void 0;
      const item = duplicate ? diagnostic(problem.pos[0], "yaml-duplicate-key", duplicate) : yamlDiagnostic(problem, diagnostic);
      diagnostics.push(item);
      if (indentation === void 0 && isIndentationError(problem)) indentation = item;
    }
  }
  if (indentation !== void 0) {
    const first2 = indentation;
    const withoutFollowOn = diagnostics.filter(
      (item) => item === first2 || item.ruleId !== "yaml-syntax" || item.line < first2.line || item.line === first2.line && item.column < first2.column
    );
    diagnostics.splice(0, diagnostics.length, ...withoutFollowOn);
  }
  const directive = first.directives?.yaml;
  if (directive?.explicit && directive.version !== "1.2" && versionSeverity !== "off") {
    const offset = Math.max(0, text.indexOf("%YAML"));
    diagnostics.push(
      diagnostic(
        offset,
        "yaml-version",
        `%YAML ${directive.version} directive found; manifests are read as YAML 1.2, where \`no\` is a string and \`0755\` is 755. Remove the directive`,
        versionSeverity
      )
    );
  }
  diagnostics.push(...structure);
  if (diagnostics.some((item) => item.severity === "error")) return { ok: false, diagnostics };
  let value;
  try {
    value = first.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    const unresolved = /^Unresolved alias\b.*: (\S+)$/.exec(errorText(error));
    if (unresolved) {
      const name = unresolved[1];
      diagnostics.push(
        diagnostic(
          aliasOffset(first, name),
          "yaml-syntax",
          `alias \`*${name}\` has no anchor \`&${name}\` before it; define the anchor first, or write the value out`
        )
      );
      return { ok: false, diagnostics };
    }
    diagnostics.push(
      diagnostic(
        aliasOffset(first),
        "yaml-alias-limit",
        `more than ${limits.maxAliasCount} alias expansions; write the values out instead of using anchors`
      )
    );
    return { ok: false, diagnostics };
  }
  return { ok: true, source: { file, text, document: first, lineCounter, value }, diagnostics };
}
function readYamlSource(file, text, limits = DEFAULT_YAML_LIMITS, versionSeverity = "error") {
  const value = limits.maxDepth > SIMPLE_YAML_MAX_DEPTH ? parseSimpleYaml(text) : void 0;
  if (value === void 0) return parseYamlSource(file, text, limits, versionSeverity);
  let full;
  let positions = null;
  const parseFully = () => {
    if (full !== void 0) return full;
    const parsed = parseYamlSource(file, text, limits, versionSeverity);
    if (!parsed.ok)
      throw new Error(`${file}: the full YAML parse failed where the fast path passed`);
    full = parsed.source;
    return full;
  };
  const source = {
    file,
    text,
    value,
    get document() {
      return parseFully().document;
    },
    get lineCounter() {
      return parseFully().lineCounter;
    },
    get positions() {
      if (positions === null) positions = buildSourcePositions(text);
      return positions;
    }
  };
  return { ok: true, source, diagnostics: [] };
}
function yamlDiagnostic(problem, diagnostic) {
  const firstLine = problem.message.split("\n")[0] ?? problem.message;
  const rule = YAML_ERROR_RULES[problem.code];
  const known = rule?.when === void 0 || rule.when.test(firstLine) ? rule : void 0;
  const message = known ? `${firstLine}; ${known.hint}` : firstLine;
  const severity = problem.name === "YAMLWarning" ? "warning" : "error";
  return diagnostic(problem.pos[0], known?.ruleId ?? "yaml-syntax", message, severity);
}
function duplicateKeyMessage(document, offset, lineCounter) {
  let message;
  (0, import_yaml.visit)(document, {
    Map(_key, map) {
      const index = map.items.findIndex(
        (pair) => (0, import_yaml.isScalar)(pair.key) && pair.key.range?.[0] === offset
      );
      if (index < 0) return void 0;
      const repeated = map.items[index].key;
      const first = map.items.slice(0, index).find((pair) => (0, import_yaml.isScalar)(pair.key) && pair.key.value === repeated.value);
      const line = first && (0, import_yaml.isScalar)(first.key) && first.key.range ? lineCounter.linePos(first.key.range[0]).line : void 0;
      message = `duplicate key \`${String(repeated.value)}\`${line ? ` (first at line ${line})` : ""}; remove one of the two, since YAML keeps only one value`;
      return import_yaml.visit.BREAK;
    }
  });
  return message;
}
function structureDiagnostics(document, maxDepth, diagnostic) {
  const found = [];
  let deepReported = false;
  (0, import_yaml.visit)(document, {
    Pair(_key, pair, path) {
      if ((0, import_yaml.isScalar)(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        found.push(
          diagnostic(
            pair.key.range?.[0] ?? 0,
            "yaml-forbidden-key",
            `key \`${String(pair.key.value)}\` is not allowed; rename it`
          )
        );
      } else if (pair.key !== null && !isPlainKey(pair.key)) {
        const key = pair.key;
        found.push(
          diagnostic(
            key.range?.[0] ?? 0,
            "yaml-forbidden-key",
            "a list, map, alias or `!!binary` value as a key is not allowed; write a plain key such as `name:`"
          )
        );
      }
      const depth = path.filter((ancestor) => (0, import_yaml.isMap)(ancestor) || (0, import_yaml.isSeq)(ancestor)).length;
      if (depth > maxDepth && !deepReported) {
        deepReported = true;
        const node = pair.key;
        found.push(diagnostic(node?.range?.[0] ?? 0, "yaml-too-deep", tooDeepMessage(maxDepth)));
      }
    },
    Scalar(_key, scalar) {
      if (typeof scalar.value === "number" && Number.isInteger(scalar.value) && !Number.isSafeInteger(scalar.value)) {
        const written = scalar.source ?? String(scalar.value);
        found.push(
          diagnostic(
            scalar.range?.[0] ?? 0,
            "yaml-number-range",
            `integer ${written} is too large to be read exactly (the limit is ${Number.MAX_SAFE_INTEGER}); write a smaller number, or quote it to keep it as text`
          )
        );
      }
    },
    Seq(_key, seq, path) {
      const depth = path.filter((ancestor) => (0, import_yaml.isMap)(ancestor) || (0, import_yaml.isSeq)(ancestor)).length;
      if (depth >= maxDepth && !deepReported) {
        deepReported = true;
        found.push(diagnostic(seq.range?.[0] ?? 0, "yaml-too-deep", tooDeepMessage(maxDepth)));
      }
    }
  });
  return found;
}
function isPlainKey(key) {
  if (!(0, import_yaml.isScalar)(key)) return false;
  return key.value === null || typeof key.value !== "object";
}
function tooDeepMessage(maxDepth) {
  return `nesting is deeper than ${maxDepth} levels; a manifest needs no more than 4`;
}
function isIndentationError(problem) {
  if (problem.code === "TAB_AS_INDENT") return true;
  return problem.code === "BAD_INDENT" && MISALIGNED_ITEMS.test(problem.message);
}
function openQuoteAt(document, end) {
  let found;
  (0, import_yaml.visit)(document, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (!quoted || node.range?.[1] !== end) return void 0;
      found = { offset: node.range[0], quote: node.type === "QUOTE_DOUBLE" ? '`"`' : "`'`" };
      return import_yaml.visit.BREAK;
    }
  });
  return found;
}
function aliasOffset(document, name) {
  let offset = 0;
  (0, import_yaml.visit)(document, {
    Alias(_key, node) {
      if (name !== void 0 && node.source !== name) return void 0;
      offset = node.range?.[0] ?? 0;
      return import_yaml.visit.BREAK;
    }
  });
  return offset;
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/manifest/rules/rule.ts
function rows(request, key) {
  const value = request[key];
  return Array.isArray(value) ? value.filter((row) => typeof row === "object" && row !== null) : [];
}
function isPresent(value) {
  return value !== void 0 && value !== null && value !== "";
}

// src/manifest/rules/bucket-name.ts
var VALID = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
var IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;
function bucketNameProblem(name) {
  if (/^s3a?:\/\//i.test(name)) return "is a URL; write the bucket name alone";
  if (name.includes("_")) return "contains `_`, which S3 bucket names cannot; use `-`";
  if (name.length < 3 || name.length > 63)
    return `is ${name.length} characters long; S3 bucket names have 3 to 63`;
  if (name !== name.toLowerCase())
    return "contains upper-case letters; S3 bucket names are lower case";
  if (name.includes("/"))
    return "contains `/`; a bucket name has no path, so put the folder in the path field";
  if (!VALID.test(name))
    return "may contain only lower-case letters, digits, `.` and `-`, and must start and end with a letter or digit";
  if (name.includes("..")) return "contains `..`, which S3 bucket names cannot";
  if (IP_ADDRESS.test(name)) return "looks like an IP address, which S3 bucket names cannot";
  return void 0;
}
function suggestion(name) {
  const fixed = name.replace(/^s3a?:\/\//i, "").split("/")[0].toLowerCase().replaceAll("_", "-");
  return fixed !== name && bucketNameProblem(fixed) === void 0 ? fixed : void 0;
}
var bucketName = {
  id: "bucket-name",
  description: "S3 bucket names have 3 to 63 characters: lower-case letters, digits, `.` and `-`, with no `s3://` prefix and no `_`.",
  defaultSeverity: "error",
  check(request) {
    const places = [
      { path: ["default_s3_bucket"], value: request.default_s3_bucket }
    ];
    rows(request, "migration_tables").forEach(
      (row, index) => places.push({ path: ["migration_tables", index, "bucket"], value: row.bucket })
    );
    rows(request, "folder_tables").forEach(
      (row, index) => places.push({ path: ["folder_tables", index, "target_bucket"], value: row.target_bucket })
    );
    const findings = [];
    for (const { path, value } of places) {
      if (typeof value !== "string") continue;
      const problem = bucketNameProblem(value);
      if (!problem) continue;
      const fix = suggestion(value);
      findings.push({
        path,
        message: `bucket name ${JSON.stringify(value)} ${problem}${fix ? `: write \`${fix}\`` : ""}`
      });
    }
    return findings;
  }
};

// src/manifest/rules/credentials.ts
var kerberosCredentials = {
  id: "kerberos-credentials",
  description: "A Kerberos principal needs exactly one of kinit_keytab and kinit_password, and neither is used without a principal.",
  defaultSeverity: "error",
  check(request) {
    const principal = isPresent(request.kinit_principal);
    const keytab = isPresent(request.kinit_keytab);
    const password = isPresent(request.kinit_password);
    if (principal && !keytab && !password) {
      return [
        {
          path: ["kinit_principal"],
          message: "kinit_principal is set without a credential; add kinit_keytab (a keytab path) or kinit_password (a ${env:NAME} reference)"
        }
      ];
    }
    if (principal && keytab && password) {
      return [
        {
          path: ["kinit_password"],
          target: "key",
          message: "both kinit_keytab and kinit_password are set; keep one of them"
        }
      ];
    }
    if (!principal && (keytab || password)) {
      const field = keytab ? "kinit_keytab" : "kinit_password";
      return [
        {
          path: [field],
          target: "key",
          message: `${field} is set without kinit_principal; add the principal, as in etl@EXAMPLE.COM`
        }
      ];
    }
    return [];
  }
};
var maprTicket = {
  id: "mapr-ticket",
  description: "A MapR source needs mapr_user and mapr_ticketfile_location together, and other sources use neither.",
  defaultSeverity: "error",
  check(request) {
    const user = isPresent(request.mapr_user);
    const ticket = isPresent(request.mapr_ticketfile_location);
    const mapr = request.source_format === "mapr";
    if (mapr && !user && !ticket) {
      return [
        {
          path: ["source_format"],
          message: "source_format mapr needs mapr_user and mapr_ticketfile_location; add both"
        }
      ];
    }
    if (user && !ticket)
      return [
        {
          path: ["mapr_user"],
          target: "key",
          message: "mapr_user is set without mapr_ticketfile_location; add the ticket file path"
        }
      ];
    if (ticket && !user)
      return [
        {
          path: ["mapr_ticketfile_location"],
          target: "key",
          message: "mapr_ticketfile_location is set without mapr_user; add the user"
        }
      ];
    if (!mapr && user) {
      return [
        {
          path: ["mapr_user"],
          target: "key",
          message: `mapr_user is set but source_format is ${String(request.source_format)}; remove the MapR fields or set source_format: mapr`
        }
      ];
    }
    return [];
  }
};

// src/manifest/rules/duplicate-table.ts
var ROW_KEYS = {
  migration_tables: (row) => `${String(row.database)}.${String(row.table ?? "*")}`,
  metadata_tables: (row) => `${String(row.database)}.${String(row.table ?? "*")}`,
  folder_tables: (row) => `${String(row.source_path)} -> ${String(row.target_bucket)}/${String(row.dest_folder ?? "")}`
};
var duplicateTable = {
  id: "duplicate-table",
  description: "A table list names each table (database and table) or folder copy once.",
  defaultSeverity: "error",
  check(request) {
    const findings = [];
    for (const [list, keyOf] of Object.entries(ROW_KEYS)) {
      const seen = /* @__PURE__ */ new Map();
      rows(request, list).forEach((row, index) => {
        const key = keyOf(row);
        const first = seen.get(key);
        if (first === void 0) {
          seen.set(key, index);
          return;
        }
        findings.push({
          path: [list, index],
          message: `${list}[${index}] repeats ${key} from ${list}[${first}]; remove one of the two rows`
        });
      });
    }
    return findings;
  }
};

// src/manifest/rules/email-list.ts
var ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]+$/;
var emailList = {
  id: "email-list",
  description: "email_recipients is a comma-separated list of email addresses.",
  defaultSeverity: "error",
  check(request) {
    const value = request.email_recipients;
    if (typeof value !== "string") return [];
    if (value.includes(";")) {
      return [
        {
          path: ["email_recipients"],
          message: `email_recipients ${JSON.stringify(value)} uses \`;\`; separate addresses with commas`
        }
      ];
    }
    const addresses = value.split(",").map((part) => part.trim());
    const invalid = addresses.filter((address) => !ADDRESS.test(address));
    if (invalid.length === 0) return [];
    const shown = invalid.map((address) => address === "" ? "an empty entry" : JSON.stringify(address)).join(", ");
    return [
      {
        path: ["email_recipients"],
        message: `email_recipients has ${shown}, which is not an email address; write addresses such as data-team@example.com, separated by commas`
      }
    ];
  }
};

// src/manifest/rules/numeric-bounds.ts
var numericBounds = {
  id: "numeric-bounds",
  description: "distcp_mappers is at least 1 and distcp_bandwidth (MB/s per mapper) is greater than 0.",
  defaultSeverity: "error",
  check(request) {
    const findings = [];
    const mappers = request.distcp_mappers;
    if (typeof mappers === "number" && mappers < 1) {
      findings.push({
        path: ["distcp_mappers"],
        message: `distcp_mappers is ${mappers}; write 1 or more (default 50)`
      });
    }
    const bandwidth = request.distcp_bandwidth;
    if (typeof bandwidth === "number" && bandwidth <= 0) {
      findings.push({
        path: ["distcp_bandwidth"],
        message: `distcp_bandwidth is ${bandwidth}; write a value above 0 (default 100)`
      });
    }
    return findings;
  }
};

// src/manifest/rules/secret-literal.ts
var REFERENCE_ATTEMPT = /^\$\{?(env:)?([^}]*)\}?$/;
var secretLiteral = {
  id: "secret-literal",
  description: `s3_secret_key and kinit_password are never written in git: give an environment variable reference, ${REFERENCE_SYNTAX}, that apply reads at submit time.`,
  defaultSeverity: "error",
  check(request) {
    const findings = [];
    for (const field of REFERENCE_FIELDS) {
      const value = request[field];
      if (typeof value !== "string" || referencedVariable(value) !== void 0) continue;
      const attempt = value.startsWith("$") ? REFERENCE_ATTEMPT.exec(value) : null;
      if (attempt) {
        findings.push({
          path: [field],
          message: malformedReferenceMessage(field, value, attempt[2] ?? "")
        });
        continue;
      }
      if (!SECRET_FIELDS.includes(field)) continue;
      findings.push({
        path: [field],
        message: `${field} holds a literal value; write a reference to an environment variable instead, as in ${field}: "\${env:${field.toUpperCase()}}", and remove the secret from git history`
      });
    }
    return findings;
  }
};
function malformedReferenceMessage(field, value, name) {
  const valid = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
  const reason = !valid ? `the variable name ${JSON.stringify(name)} is not letters, digits and _ starting with a letter or _` : "references are written with `env:` inside braces";
  const fix = valid ? `"\${env:${name}}"` : REFERENCE_SYNTAX;
  return `${field} ${JSON.stringify(value)} is not a valid reference: ${reason}; write ${fix}`;
}

// src/manifest/rules/tables-for-type.ts
var TABLE_LISTS = ["folder_tables", "migration_tables", "metadata_tables"];
var LIST_FOR_TYPE = {
  file_only: "folder_tables",
  data_hive_to_hive: "migration_tables",
  data_hive_to_iceberg: "migration_tables",
  metadata_hive_to_iceberg: "metadata_tables"
};
var tablesForType = {
  id: "tables-for-type",
  description: "Each migration type needs its own table list and no other: file_only takes folder_tables, data_hive_to_hive and data_hive_to_iceberg take migration_tables, metadata_hive_to_iceberg takes metadata_tables.",
  defaultSeverity: "error",
  check(request) {
    const type = request.migration_type;
    if (typeof type !== "string") return [];
    const needed = LIST_FOR_TYPE[type];
    if (!needed) return [];
    const findings = [];
    const list = request[needed];
    if (!Array.isArray(list) || list.length === 0) {
      findings.push({
        path: isPresent(list) ? [needed] : ["migration_type"],
        message: `migration_type ${type} needs a non-empty \`${needed}\` list; add one with at least one row`
      });
    }
    for (const other of TABLE_LISTS) {
      if (other === needed || !isPresent(request[other])) continue;
      findings.push({
        path: [other],
        target: "key",
        message: `\`${other}\` is not used by migration_type ${type}; remove it, or move its rows to \`${needed}\``
      });
    }
    return findings;
  }
};

// src/manifest/rules/index.ts
var RULES = [
  tablesForType,
  bucketName,
  kerberosCredentials,
  maprTicket,
  duplicateTable,
  numericBounds,
  emailList,
  secretLiteral
];

// src/manifest/display-path.ts
import { isAbsolute, relative, sep } from "node:path";
function displayPath(file, workingDir) {
  if (!isAbsolute(file)) return file.split(sep).join("/");
  const shown = relative(workingDir, file);
  if (shown === "" || shown.startsWith("..") || isAbsolute(shown)) return file;
  return shown.split(sep).join("/");
}

// src/manifest/diagnostic.ts
function formatDiagnostic(diagnostic) {
  const { file, line, column, severity, message, ruleId } = diagnostic;
  return `${file}:${line}:${column}: ${severity}: ${message} [${ruleId}]`;
}
function sortDiagnostics(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const diagnostic of diagnostics) {
    const key = formatDiagnostic(diagnostic);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(diagnostic);
  }
  return unique.sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message)
  );
}
function compareText(a, b) {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

// src/manifest/envelope.ts
var API_VERSION = "nx1-migrate/v1";
var NAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";

// src/manifest/manifest-name.ts
var NAME = new RegExp(NAME_PATTERN);
var WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
function manifestNameProblem(name) {
  if (!NAME.test(name))
    return "use letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 100 characters";
  if (name.includes("..")) return "it contains `..`; use a single `.`, or `-`";
  if (WINDOWS_DEVICE.test(name))
    return "it is a reserved device name on Windows; choose another name";
  return void 0;
}

export {
  RULES,
  decodeSource,
  readYamlSource,
  displayPath,
  formatDiagnostic,
  sortDiagnostics,
  compareText,
  API_VERSION,
  NAME_PATTERN,
  manifestNameProblem
};
