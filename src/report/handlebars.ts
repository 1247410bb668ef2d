// The Handlebars environments for every template, shipped or the
// repository's own. Templates are compiled in strict mode (a missing field
// is an error, not an empty string), without prototype access, and every
// `{{value}}` is escaped for markdown rather than HTML, so that
// `dt='2024-01-01'` reads exactly so.
//
// Shipped templates are precompiled when the bundle is built and run on the
// small Handlebars runtime. The compiler is loaded only for a repository's
// own templates, which keeps it off the action's start-up path.

import type HandlebarsModule from "handlebars";
import HandlebarsRuntime from "handlebars/runtime";
import { codeFence, codeSpan, escapeMarkdown } from "./markdown.js";

type HandlebarsEnvironment = typeof HandlebarsModule;

const runtime = (HandlebarsRuntime as unknown as HandlebarsEnvironment).create();
registerHelpers(runtime);

/**
 * A string from the view model. Handlebars prints `{{value}}` through
 * `escapeExpression`, which calls `toHTML()` when a value has one: that is
 * the hook that gives markdown escaping in place of HTML escaping.
 */
export class MarkdownText {
  constructor(readonly raw: string) {}
  toHTML(): string {
    return escapeMarkdown(this.raw);
  }
  toString(): string {
    return this.raw;
  }
}

function rawText(value: unknown): string {
  if (value instanceof MarkdownText) return value.raw;
  if (value === null || value === undefined) return "";
  return String(value);
}

/** Registers the helpers every template may use, and disables `{{log}}`. */
function registerHelpers(environment: HandlebarsEnvironment): void {
  // The built-in `{{log}}` writes to the process's stdout, where a template
  // from a pull request could print GitHub workflow commands such as `::add-mask::`.
  environment.registerHelper("log", () => {
    throw new Error("the log helper is not available in nx1-migrate templates; remove {{log}}");
  });
  environment.registerHelper(
    "code",
    (value: unknown) => new environment.SafeString(codeSpan(rawText(value))),
  );
  environment.registerHelper(
    "codeblock",
    function (this: unknown, language: unknown, options: HandlebarsModule.HelperOptions) {
      const body = options.fn(this);
      const fence = codeFence(body);
      return new environment.SafeString(
        `${fence}${typeof language === "string" ? language : ""}\n${body.replace(/\n?$/, "\n")}${fence}\n`,
      );
    },
  );
  // Inside a code block only: the text as is, since markdown is not parsed there.
  environment.registerHelper("raw", (value: unknown) => new environment.SafeString(rawText(value)));
  environment.registerHelper("eq", (a: unknown, b: unknown) => rawText(a) === rawText(b));
  environment.registerHelper("plural", (count: unknown, singular: unknown, pluralForm: unknown) =>
    Number(count) === 1 ? rawText(singular) : rawText(pluralForm),
  );
}

export type Template = (view: unknown) => string;

export class TemplateError extends Error {
  constructor(
    readonly templateName: string,
    detail: string,
  ) {
    super(`template ${templateName}: ${detail}`);
    this.name = "TemplateError";
  }
}

let compiler: HandlebarsEnvironment | undefined;

/** Compiles a repository's own template; syntax errors and, at render time, missing fields raise a TemplateError naming the template. */
export async function compileTemplate(name: string, source: string): Promise<Template> {
  if (!compiler) {
    compiler = (await import("handlebars")).default.create();
    registerHelpers(compiler);
  }
  let compiled: HandlebarsModule.TemplateDelegate;
  try {
    compiled = compiler.compile(source, { strict: true, noEscape: false, knownHelpersOnly: false });
    // compile() parses lazily, on the first render; precompile() parses now, so syntax errors surface here.
    compiler.precompile(source, { strict: true });
  } catch (error) {
    throw new TemplateError(name, compileErrorDetail(error));
  }
  return renderer(name, compiled);
}

/** Returns a shipped template from the specification that the build precompiled. */
export function precompiledTemplate(name: string, specification: unknown): Template {
  return renderer(
    name,
    runtime.template(specification as Parameters<HandlebarsEnvironment["template"]>[0]),
  );
}

function renderer(name: string, compiled: HandlebarsModule.TemplateDelegate): Template {
  return (view: unknown) => {
    try {
      return compiled(toView(view), {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    } catch (error) {
      throw new TemplateError(name, renderErrorDetail(error, view));
    }
  };
}

/**
 * Shortens a Handlebars parse error, whose lines are the location, an
 * excerpt, a caret and what the parser expected, to the first and last.
 */
function compileErrorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message.split("\n").filter((line) => line.trim() !== "");
  const first = lines[0] ?? "";
  const last = lines.at(-1) ?? "";
  return lines.length > 1 && first.endsWith(":") ? `${first} ${last}` : first;
}

/**
 * Rewords Handlebars' strict-mode error, `"email" not defined in undefined
 * - 3:9` (0-based column), into a 1-based location and the fields the view
 * has, because the missing name may be the last part of a longer path.
 */
function renderErrorDetail(error: unknown, view: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const firstLine = error.message.split("\n")[0] ?? "";
  const missing = /^"(.*)" not defined in .* - \d+:\d+$/.exec(firstLine);
  const { lineNumber, column } = error as { lineNumber?: number; column?: number };
  if (!missing || lineNumber === undefined || column === undefined) return firstLine;
  const fields =
    view !== null && typeof view === "object" && !Array.isArray(view)
      ? `; the fields at the top level are ${Object.keys(view).join(", ")}`
      : "";
  return `line ${lineNumber}, column ${column + 1}: field "${missing[1]}" is not defined${fields}`;
}

/**
 * Prototype of every view object. It has no property that a template can
 * name, only a conversion to a primitive. Handlebars' strict-mode error
 * concatenates the object into its message, and a bare null-prototype
 * object would make that raise "Cannot convert object to primitive value".
 */
const VIEW_PROTOTYPE: object = Object.create(null, {
  [Symbol.toPrimitive]: { value: () => "the view" },
});

/** Wraps every non-empty string of a view model in MarkdownText; other values pass as they are. */
export function toView(value: unknown): unknown {
  if (typeof value === "string") return value === "" ? "" : new MarkdownText(value);
  if (Array.isArray(value)) return value.map(toView);
  if (value === null || typeof value !== "object" || value instanceof MarkdownText) return value;
  const out: Record<string, unknown> = Object.create(VIEW_PROTOTYPE);
  for (const [key, item] of Object.entries(value)) out[key] = toView(item);
  return out;
}
