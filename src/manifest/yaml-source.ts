// Parses one YAML file into a single document that keeps source positions.
// The hazards of YAML become diagnostics at their line: several documents,
// an empty file, duplicate keys, tabs, prototype keys, keys that are not
// plain values, alias bombs and deep nesting. Manifests are always read with
// YAML 1.2 core semantics, so `no` stays a string and `0755` is never octal.

import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit } from "yaml";
import type { Document, Node, Scalar, YAMLError } from "yaml";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { buildSourcePositions } from "./simple-positions.js";
import type { SourcePositions } from "./simple-positions.js";
import { parseSimpleYaml, SIMPLE_YAML_MAX_DEPTH } from "./simple-yaml.js";

/** Limits applied while parsing. The defaults are generous for manifests a few KiB long. */
export interface YamlLimits {
  /** Maximum number of alias dereferences, as in yaml's `maxAliasCount`. Default 50. */
  maxAliasCount: number;
  /** Maximum depth of nested maps and lists. Default 32. */
  maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 50, maxDepth: 32 };

export interface YamlSource {
  file: string;
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data. */
  value: unknown;
  /**
   * Node ranges computed without yaml, which locate reads in place of
   * `document`. Present only on sources from the fast path, and undefined
   * when the text's layout is one whose ranges simple-positions.ts cannot
   * give exactly.
   */
  readonly positions?: SourcePositions | undefined;
}

export type YamlParseResult =
  | { ok: true; source: YamlSource; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** yaml's BAD_INDENT message for keys or list items that do not line up, as opposed to an unclosed flow collection. */
const MISALIGNED_ITEMS = /^All (mapping|sequence) items/;

const YAML_ERROR_RULES: Record<string, { ruleId: string; hint: string; when?: RegExp }> = {
  DUPLICATE_KEY: { ruleId: "yaml-duplicate-key", hint: "remove or rename one of the two keys" },
  TAB_AS_INDENT: { ruleId: "yaml-tab-indent", hint: "indent with spaces" },
  // yaml's words for the usual slips in hand-written YAML, with what usually causes them.
  MULTILINE_IMPLICIT_KEY: {
    ruleId: "yaml-syntax",
    hint: "a line from here to the next key is missing its `:`, or is indented deeper than its neighbours",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    ruleId: "yaml-syntax",
    hint: "quote a value that contains `: `, or indent the next line like this key",
  },
  BAD_INDENT: {
    ruleId: "yaml-syntax",
    hint: "indent the keys of one map, or the `-` items of one list, by the same number of spaces",
    // yaml uses BAD_INDENT for unclosed flow collections too, whose message is clear.
    when: MISALIGNED_ITEMS,
  },
};

/**
 * Parses `text` as exactly one YAML document. Returns the document with its
 * line counter, or every diagnostic found. A `%YAML 1.1` directive yields an
 * error with rule id `yaml-version` (a warning when configured so), and the
 * document is read as YAML 1.2 either way.
 */
export function parseYamlSource(
  file: string,
  text: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
  versionSeverity: Severity | "off" = "error",
): YamlParseResult {
  const lineCounter = new LineCounter();
  const at = (offset: number): { line: number; column: number } => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const diagnostic = (
    offset: number,
    ruleId: string,
    message: string,
    severity: Severity = "error",
  ): Diagnostic => ({
    file,
    ...at(offset),
    severity,
    message,
    ruleId,
  });

  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, {
      version: "1.2",
      schema: "core",
      lineCounter,
      uniqueKeys: true,
      strict: true,
      prettyErrors: false,
      keepSourceTokens: false,
    }) as Document.Parsed[];
  } catch (error) {
    return {
      ok: false,
      diagnostics: [diagnostic(0, "yaml-syntax", `cannot parse YAML: ${errorText(error)}`)],
    };
  }
  if (!Array.isArray(documents)) documents = [];

  const diagnostics: Diagnostic[] = [];
  const first = documents[0];
  if (first === undefined || first.contents === null) {
    diagnostics.push(
      diagnostic(
        0,
        "empty-file",
        "file is empty; write a manifest with apiVersion, kind, metadata and spec, or delete the file",
      ),
    );
    return { ok: false, diagnostics };
  }
  for (const extra of documents.slice(1)) {
    const start = extra.range[0];
    diagnostics.push(
      diagnostic(
        start,
        "yaml-multiple-documents",
        "a second YAML document is not allowed; put each migration run in its own file",
      ),
    );
  }
  const structure = structureDiagnostics(first, limits.maxDepth, diagnostic);
  // Nesting thousands of levels deep overflows the stack of yaml's composer,
  // which then reports RESOURCE_EXHAUSTION at many levels. One diagnostic is enough.
  let tooDeep = structure.some((item) => item.ruleId === "yaml-too-deep");
  let indentation: Diagnostic | undefined;
  for (const document of documents) {
    for (const problem of [...document.errors, ...document.warnings]) {
      if (problem.code === "RESOURCE_EXHAUSTION") {
        if (tooDeep) continue;
        tooDeep = true;
        diagnostics.push(
          diagnostic(problem.pos[0], "yaml-too-deep", tooDeepMessage(limits.maxDepth)),
        );
        continue;
      }
      // yaml reports a quote left open at the end of the file, which the string swallowed, so point at the quote.
      const openQuote =
        problem.code === "MISSING_CHAR" ? openQuoteAt(document, problem.pos[0]) : undefined;
      if (openQuote !== undefined) {
        diagnostics.push(
          diagnostic(
            openQuote.offset,
            "yaml-syntax",
            `the quoted value that starts here has no closing ${openQuote.quote}; add it where the value ends`,
          ),
        );
        continue;
      }
      const duplicate =
        problem.code === "DUPLICATE_KEY"
          ? duplicateKeyMessage(document, problem.pos[0], lineCounter)
          : undefined;
      const item = duplicate
        ? diagnostic(problem.pos[0], "yaml-duplicate-key", duplicate)
        : yamlDiagnostic(problem, diagnostic);
      diagnostics.push(item);
      if (indentation === undefined && isIndentationError(problem)) indentation = item;
    }
  }
  // After a tab or a misaligned key in the indentation, yaml misreads the
  // lines that follow, and its syntax errors there restate the first one.
  // Only that one is worth fixing first.
  if (indentation !== undefined) {
    const first = indentation;
    const withoutFollowOn = diagnostics.filter(
      (item) =>
        item === first ||
        item.ruleId !== "yaml-syntax" ||
        item.line < first.line ||
        (item.line === first.line && item.column < first.column),
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
        versionSeverity,
      ),
    );
  }
  diagnostics.push(...structure);
  if (diagnostics.some((item) => item.severity === "error")) return { ok: false, diagnostics };

  let value: unknown;
  try {
    value = first.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    // yaml 2.9.1 reports an alias without an anchor only here, as a ReferenceError.
    const unresolved = /^Unresolved alias\b.*: (\S+)$/.exec(errorText(error));
    if (unresolved) {
      const name = unresolved[1]!;
      diagnostics.push(
        diagnostic(
          aliasOffset(first, name),
          "yaml-syntax",
          `alias \`*${name}\` has no anchor \`&${name}\` before it; define the anchor first, or write the value out`,
        ),
      );
      return { ok: false, diagnostics };
    }
    diagnostics.push(
      diagnostic(
        aliasOffset(first),
        "yaml-alias-limit",
        `more than ${limits.maxAliasCount} alias expansions; write the values out instead of using anchors`,
      ),
    );
    return { ok: false, diagnostics };
  }
  return { ok: true, source: { file, text, document: first, lineCounter, value }, diagnostics };
}

/**
 * Parses `text` as parseYamlSource does, through the fast path of
 * simple-yaml.ts when the text allows it. Then `positions` is computed
 * when a diagnostic first needs a line and column, and the YAML document
 * only when something reads `document` or `lineCounter`: locate does when
 * `positions` is undefined.
 */
export function readYamlSource(
  file: string,
  text: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
  versionSeverity: Severity | "off" = "error",
): YamlParseResult {
  const value = limits.maxDepth > SIMPLE_YAML_MAX_DEPTH ? parseSimpleYaml(text) : undefined;
  if (value === undefined) return parseYamlSource(file, text, limits, versionSeverity);
  let full: YamlSource | undefined;
  // null until computed, because undefined is a result: the layout was declined.
  let positions: SourcePositions | undefined | null = null;
  const parseFully = (): YamlSource => {
    if (full !== undefined) return full;
    const parsed = parseYamlSource(file, text, limits, versionSeverity);
    // The fast path takes only text that the full parse reads without a diagnostic.
    if (!parsed.ok)
      throw new Error(`${file}: the full YAML parse failed where the fast path passed`);
    full = parsed.source;
    return full;
  };
  const source: YamlSource = {
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
    },
  };
  return { ok: true, source, diagnostics: [] };
}

function yamlDiagnostic(
  problem: YAMLError,
  diagnostic: (offset: number, ruleId: string, message: string, severity?: Severity) => Diagnostic,
): Diagnostic {
  const firstLine = problem.message.split("\n")[0] ?? problem.message;
  const rule = YAML_ERROR_RULES[problem.code];
  const known = rule?.when === undefined || rule.when.test(firstLine) ? rule : undefined;
  const message = known ? `${firstLine}; ${known.hint}` : firstLine;
  const severity = problem.name === "YAMLWarning" ? "warning" : "error";
  return diagnostic(problem.pos[0], known?.ruleId ?? "yaml-syntax", message, severity);
}

/** Names the repeated key and the line of its first occurrence, or returns undefined when the map is not found. */
function duplicateKeyMessage(
  document: Document.Parsed,
  offset: number,
  lineCounter: LineCounter,
): string | undefined {
  let message: string | undefined;
  visit(document, {
    Map(_key, map) {
      const index = map.items.findIndex(
        (pair) => isScalar(pair.key) && pair.key.range?.[0] === offset,
      );
      if (index < 0) return undefined;
      const repeated = map.items[index]!.key as Scalar;
      const first = map.items
        .slice(0, index)
        .find((pair) => isScalar(pair.key) && pair.key.value === repeated.value);
      const line =
        first && isScalar(first.key) && first.key.range
          ? lineCounter.linePos(first.key.range[0]).line
          : undefined;
      message = `duplicate key \`${String(repeated.value)}\`${line ? ` (first at line ${line})` : ""}; remove one of the two, since YAML keeps only one value`;
      return visit.BREAK;
    },
  });
  return message;
}

/** Finds keys that could reach an object prototype, keys that are not plain values, and nesting deeper than `maxDepth`. */
function structureDiagnostics(
  document: Document.Parsed,
  maxDepth: number,
  diagnostic: (offset: number, ruleId: string, message: string) => Diagnostic,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  let deepReported = false;
  visit(document, {
    Pair(_key, pair, path) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        found.push(
          diagnostic(
            pair.key.range?.[0] ?? 0,
            "yaml-forbidden-key",
            `key \`${String(pair.key.value)}\` is not allowed; rename it`,
          ),
        );
      } else if (pair.key !== null && !isPlainKey(pair.key)) {
        // Such a key would be turned into text, and yaml warns on the process's stderr.
        const key = pair.key as Node;
        found.push(
          diagnostic(
            key.range?.[0] ?? 0,
            "yaml-forbidden-key",
            "a list, map, alias or `!!binary` value as a key is not allowed; write a plain key such as `name:`",
          ),
        );
      }
      const depth = path.filter((ancestor) => isMap(ancestor) || isSeq(ancestor)).length;
      if (depth > maxDepth && !deepReported) {
        deepReported = true;
        const node = pair.key as Node | null;
        found.push(diagnostic(node?.range?.[0] ?? 0, "yaml-too-deep", tooDeepMessage(maxDepth)));
      }
    },
    Scalar(_key, scalar) {
      // A JavaScript number represents integers exactly only up to 2^53, so a larger one would be sent changed.
      if (
        typeof scalar.value === "number" &&
        Number.isInteger(scalar.value) &&
        !Number.isSafeInteger(scalar.value)
      ) {
        const written = scalar.source ?? String(scalar.value);
        found.push(
          diagnostic(
            scalar.range?.[0] ?? 0,
            "yaml-number-range",
            `integer ${written} is too large to be read exactly (the limit is ${Number.MAX_SAFE_INTEGER}); write a smaller number, or quote it to keep it as text`,
          ),
        );
      }
    },
    Seq(_key, seq, path) {
      const depth = path.filter((ancestor) => isMap(ancestor) || isSeq(ancestor)).length;
      if (depth >= maxDepth && !deepReported) {
        deepReported = true;
        found.push(diagnostic(seq.range?.[0] ?? 0, "yaml-too-deep", tooDeepMessage(maxDepth)));
      }
    },
  });
  return found;
}

/** Returns true for a key that is a scalar containing text, a number, a boolean or null. */
function isPlainKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  return key.value === null || typeof key.value !== "object";
}

function tooDeepMessage(maxDepth: number): string {
  return `nesting is deeper than ${maxDepth} levels; a manifest needs no more than 4`;
}

/** Returns true for a tab in the indentation, or for keys or list items that do not line up. */
function isIndentationError(problem: YAMLError): boolean {
  if (problem.code === "TAB_AS_INDENT") return true;
  return problem.code === "BAD_INDENT" && MISALIGNED_ITEMS.test(problem.message);
}

/** Finds the quoted scalar that runs up to `end` because its closing quote is missing. */
function openQuoteAt(
  document: Document.Parsed,
  end: number,
): { offset: number; quote: string } | undefined {
  let found: { offset: number; quote: string } | undefined;
  visit(document, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (!quoted || node.range?.[1] !== end) return undefined;
      found = { offset: node.range[0], quote: node.type === "QUOTE_DOUBLE" ? '`"`' : "`'`" };
      return visit.BREAK;
    },
  });
  return found;
}

/** Returns the offset of the first alias, or of the first alias to `name` when given. */
function aliasOffset(document: Document.Parsed, name?: string): number {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
