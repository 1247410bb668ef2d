// The shipped templates, and the repository's overrides from the config's
// `templates:` section.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Config } from "../config/config.js";
import type { Template } from "./handlebars.js";
import { compileTemplate, precompiledTemplate, TemplateError } from "./handlebars.js";
import applySpecification from "./templates/apply.md.hbs?spec";
import indexSpecification from "./templates/index.md.hbs?spec";
import planSpecification from "./templates/plan.md.hbs?spec";
import reportSpecification from "./templates/report.md.hbs?spec";
import applyTemplate from "./templates/apply.md.hbs?raw";
import indexTemplate from "./templates/index.md.hbs?raw";
import planTemplate from "./templates/plan.md.hbs?raw";
import reportTemplate from "./templates/report.md.hbs?raw";

export type TemplateName = "plan" | "report" | "index" | "apply";

const SHIPPED: Record<TemplateName, string> = {
  plan: planTemplate,
  report: reportTemplate,
  index: indexTemplate,
  apply: applyTemplate,
};

const PRECOMPILED: Record<TemplateName, unknown> = {
  plan: planSpecification,
  report: reportSpecification,
  index: indexSpecification,
  apply: applySpecification,
};

/** Returns the shipped template text, for users who want a starting point for their own. */
export function shippedTemplate(name: TemplateName): string {
  return SHIPPED[name];
}

/** Loads and compiles a template: the config's override when set, else the shipped one. */
export async function loadTemplate(name: TemplateName, config: Config): Promise<Template> {
  const override = config.templates[name];
  if (override === undefined) return precompiledTemplate(`${name} (shipped)`, PRECOMPILED[name]);
  const path = resolve(config.baseDir, override);
  let source: string;
  try {
    source = await readFile(path, "utf8");
  } catch {
    throw new TemplateError(override, `cannot read ${path}; check templates.${name} in the config`);
  }
  return compileTemplate(override, source);
}
