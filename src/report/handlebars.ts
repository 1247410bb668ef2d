// One Handlebars environment for every template, shipped or the
// repository's own. Templates are compiled in strict mode (a missing field
// is an error, not an empty string), without prototype access, and every
// `{{value}}` is escaped for markdown rather than HTML, so that
// `dt='2024-01-01'` reads exactly so.

import Handlebars from "handlebars";
import { codeFence, codeSpan, escapeMarkdown } from "./markdown.js";

const handlebars = Handlebars.create();

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

handlebars.registerHelper(
  "code",
  (value: unknown) => new Handlebars.SafeString(codeSpan(rawText(value))),
);
handlebars.registerHelper(
  "codeblock",
  function (this: unknown, language: unknown, options: Handlebars.HelperOptions) {
    const body = options.fn(this);
    const fence = codeFence(body);
    return new Handlebars.SafeString(
      `${fence}${typeof language === "string" ? language : ""}\n${body.replace(/\n?$/, "\n")}${fence}\n`,
    );
  },
);
// Inside a code block only: the text as is, since markdown is not parsed there.
handlebars.registerHelper("raw", (value: unknown) => new Handlebars.SafeString(rawText(value)));
handlebars.registerHelper("eq", (a: unknown, b: unknown) => rawText(a) === rawText(b));
handlebars.registerHelper("plural", (count: unknown, singular: unknown, pluralForm: unknown) =>
  Number(count) === 1 ? rawText(singular) : rawText(pluralForm),
);

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

/** Compiles a template; syntax errors and, at render time, missing fields raise a TemplateError naming the template. */
export function compileTemplate(name: string, source: string): Template {
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = handlebars.compile(source, {
      strict: true,
      noEscape: false,
      knownHelpersOnly: false,
    });
    // Compilation is lazy in Handlebars: render once with an empty object to surface syntax errors now.
    handlebars.precompile(source, { strict: true });
  } catch (error) {
    throw new TemplateError(
      name,
      error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
    );
  }
  return (view: unknown) => {
    try {
      return compiled(toView(view), {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
    } catch (error) {
      throw new TemplateError(
        name,
        error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
      );
    }
  };
}

/** Wraps every non-empty string of a view model in MarkdownText; other values pass as they are. */
export function toView(value: unknown): unknown {
  if (typeof value === "string") return value === "" ? "" : new MarkdownText(value);
  if (Array.isArray(value)) return value.map(toView);
  if (value === null || typeof value !== "object" || value instanceof MarkdownText) return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, item] of Object.entries(value)) out[key] = toView(item);
  return out;
}
