import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  require_handlebars_runtime
} from "./chunk-PRLSM53E.js";
import {
  __commonJS,
  __toESM
} from "./chunk-RVDFPOOV.js";

// node_modules/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/plan/render-text.ts
var SYMBOL = {
  create: "+",
  update: "~",
  unchanged: "=",
  removed: "-",
  blocked: "!"
};
function summaryLine(plan) {
  const { create, update, unchanged, removed, blocked } = plan.counts;
  return `${create} to create, ${update} to update, ${unchanged} unchanged, ${removed} removed, ${blocked} blocked`;
}
function renderPlanText(plan, colors, options = {}) {
  const colour = {
    create: colors.green,
    update: colors.yellow,
    unchanged: colors.dim,
    removed: colors.red,
    blocked: colors.red
  };
  const lines = [];
  for (const item of plan.items) {
    if (item.action === "unchanged" && !options.showUnchanged && item.reason === void 0)
      continue;
    const head = `${colour[item.action](`${SYMBOL[item.action]} ${item.name}`)}${item.file ? colors.dim(`  (${item.file})`) : ""}`;
    lines.push(`  ${head}`);
    for (const change of item.changes ?? []) lines.push(`      ${changeLine(change, colors)}`);
    if (item.reason) lines.push(`      ${colors.dim(`${item.action}: ${item.reason}`)}`);
    if (item.action === "removed" && item.lastRunId)
      lines.push(`      ${colors.dim(`last run: ${item.lastRunId}`)}`);
  }
  const submits = plan.counts.create + plan.counts.update;
  const closing = submits === 0 && plan.counts.blocked === 0 ? "No changes. The ledger matches every manifest." : `${options.applying ? "Submitting" : "Apply would submit"} ${submits} ${submits === 1 ? "run" : "runs"}${plan.counts.blocked > 0 ? `; ${plan.counts.blocked} blocked until resolved` : ""}.`;
  return `${colors.bold(`Plan: ${summaryLine(plan)}`)}
${lines.length > 0 ? `
${lines.join("\n")}
` : ""}
${closing}
`;
}
function changeLine(change, colors) {
  switch (change.kind) {
    case "add":
      return colors.green(`+ ${change.path}: ${valueText(change.after)}`);
    case "remove":
      return colors.red(`- ${change.path}: ${valueText(change.before)}`);
    case "change":
      return colors.yellow(
        `~ ${change.path}: ${valueText(change.before)} -> ${valueText(change.after)}`
      );
  }
}
function valueText(value) {
  const text = JSON.stringify(value) ?? "null";
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
function planItemSymbol(item) {
  return SYMBOL[item.action];
}

// src/plan/render-json.ts
var PLAN_JSON_FORMAT = 1;
function planToJson(plan) {
  return {
    format: PLAN_JSON_FORMAT,
    has_changes: plan.counts.create + plan.counts.update + plan.counts.blocked > 0,
    counts: plan.counts,
    items: plan.items.map((item) => ({
      name: item.name,
      action: item.action,
      file: item.file ?? null,
      fingerprint: item.fingerprint ?? null,
      previous_fingerprint: item.previousFingerprint ?? null,
      ledger_state: item.ledgerState ?? null,
      last_run_id: item.lastRunId ?? null,
      reason: item.reason ?? null,
      changes: item.changes ?? []
    }))
  };
}

// src/report/templates.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/report/handlebars.ts
var import_runtime = __toESM(require_runtime(), 1);

// src/report/markdown.ts
function escapeMarkdown(text) {
  return oneLine(text).replace(/[\\`*_[\]<>|~&#]/g, (char) => `\\${char}`).replace(/^\s+/, "").replace(/^([-+]|\d+[.)])/, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`).replace(/(?<![A-Za-z0-9_])@(?=\w)/g, "@\u200B");
}
function codeSpan(text) {
  const content = oneLine(text).replaceAll("|", "\\|");
  if (content === "") return "";
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const padding = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return `${fence}${padding}${content}${padding}${fence}`;
}
function codeFence(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`{3,}/g)].map((match) => match[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}
function oneLine(text) {
  return text.replace(/\r\n|\r|\n|\u2028|\u2029/g, " ");
}

// src/report/handlebars.ts
var runtime = import_runtime.default.create();
registerHelpers(runtime);
var MarkdownText = class {
  constructor(raw) {
    this.raw = raw;
  }
  raw;
  toHTML() {
    return escapeMarkdown(this.raw);
  }
  toString() {
    return this.raw;
  }
};
function rawText(value) {
  if (value instanceof MarkdownText) return value.raw;
  if (value === null || value === void 0) return "";
  return String(value);
}
function registerHelpers(environment) {
  environment.registerHelper("log", () => {
    throw new Error("the log helper is not available in nx1-migrate templates; remove {{log}}");
  });
  environment.registerHelper(
    "code",
    (value) => new environment.SafeString(codeSpan(rawText(value)))
  );
  environment.registerHelper(
    "codeblock",
    function(language, options) {
      const body = options.fn(this);
      const fence = codeFence(body);
      return new environment.SafeString(
        `${fence}${typeof language === "string" ? language : ""}
${body.replace(/\n?$/, "\n")}${fence}
`
      );
    }
  );
  environment.registerHelper("raw", (value) => new environment.SafeString(rawText(value)));
  environment.registerHelper("eq", (a, b) => rawText(a) === rawText(b));
  environment.registerHelper(
    "plural",
    (count, singular, pluralForm) => Number(count) === 1 ? rawText(singular) : rawText(pluralForm)
  );
}
var TemplateError = class extends Error {
  constructor(templateName, detail) {
    super(`template ${templateName}: ${detail}`);
    this.templateName = templateName;
    this.name = "TemplateError";
  }
  templateName;
};
var compiler;
async function compileTemplate(name, source) {
  if (!compiler) {
    compiler = (await import("./lib-JQ7BTZGG.js")).default.create();
    registerHelpers(compiler);
  }
  let compiled;
  try {
    compiled = compiler.compile(source, { strict: true, noEscape: false, knownHelpersOnly: false });
    compiler.precompile(source, { strict: true });
  } catch (error) {
    throw new TemplateError(name, compileErrorDetail(error));
  }
  return renderer(name, compiled);
}
function precompiledTemplate(name, specification) {
  return renderer(
    name,
    runtime.template(specification)
  );
}
function renderer(name, compiled) {
  return (view) => {
    try {
      return compiled(toView(view), {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false
      });
    } catch (error) {
      throw new TemplateError(name, renderErrorDetail(error, view));
    }
  };
}
function compileErrorDetail(error) {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message.split("\n").filter((line) => line.trim() !== "");
  const first = lines[0] ?? "";
  const last = lines.at(-1) ?? "";
  return lines.length > 1 && first.endsWith(":") ? `${first} ${last}` : first;
}
function renderErrorDetail(error, view) {
  if (!(error instanceof Error)) return String(error);
  const firstLine = error.message.split("\n")[0] ?? "";
  const missing = /^"(.*)" not defined in .* - \d+:\d+$/.exec(firstLine);
  const { lineNumber, column } = error;
  if (!missing || lineNumber === void 0 || column === void 0) return firstLine;
  const fields = view !== null && typeof view === "object" && !Array.isArray(view) ? `; the fields at the top level are ${Object.keys(view).join(", ")}` : "";
  return `line ${lineNumber}, column ${column + 1}: field "${missing[1]}" is not defined${fields}`;
}
var VIEW_PROTOTYPE = Object.create(null, {
  [Symbol.toPrimitive]: { value: () => "the view" }
});
function toView(value) {
  if (typeof value === "string") return value === "" ? "" : new MarkdownText(value);
  if (Array.isArray(value)) return value.map(toView);
  if (value === null || typeof value !== "object" || value instanceof MarkdownText) return value;
  const out = Object.create(VIEW_PROTOTYPE);
  for (const [key, item] of Object.entries(value)) out[key] = toView(item);
  return out;
}

// handlebars-spec:src/report/templates/apply.md.hbs
var apply_md_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "**" + alias3((helper = lookupProperty(helpers, "created") || alias1(depth0, "created", { "start": { "line": 4, "column": 4 }, "end": { "line": 4, "column": 11 } }), typeof helper === "function" ? helper.call(alias2, { "name": "created", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 13 } } }) : helper)) + " of " + alias3(container.lambda(alias1(lookupProperty(depth0, "results"), "length", { "start": { "line": 4, "column": 19 }, "end": { "line": 4, "column": 33 } }), depth0)) + " " + alias3((lookupProperty(helpers, "plural") || alias1(depth0, "plural", { "start": { "line": 4, "column": 38 }, "end": { "line": 4, "column": 44 } })).call(alias2, lookupProperty(lookupProperty(depth0, "results"), "length"), "run", "runs", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 36 }, "end": { "line": 4, "column": 74 } } })) + " submitted** to the Nx1 API" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "commit"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 101 }, "end": { "line": 4, "column": 151 } } })) != null ? stack1 : "") + ".\n\n| Manifest | Outcome | Run id | Details |\n|---|---|---|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "results"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "");
}, "1": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ", recorded in " + container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 4, "column": 131 }, "end": { "line": 4, "column": 135 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "commit"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 129 }, "end": { "line": 4, "column": 144 } } }));
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| **" + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 9, "column": 6 }, "end": { "line": 9, "column": 10 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 4 }, "end": { "line": 9, "column": 12 } } }) : helper)) + "** | " + alias4((helper = lookupProperty(helpers, "outcome") || alias1(depth0, "outcome", { "start": { "line": 9, "column": 19 }, "end": { "line": 9, "column": 26 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "outcome", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 17 }, "end": { "line": 9, "column": 28 } } }) : helper)) + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "runId"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 31 }, "end": { "line": 9, "column": 65 } } })) != null ? stack1 : "") + " | " + alias4((helper = lookupProperty(helpers, "detail") || alias1(depth0, "detail", { "start": { "line": 9, "column": 70 }, "end": { "line": 9, "column": 76 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "detail", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 68 }, "end": { "line": 9, "column": 78 } } }) : helper)) + " |\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 9, "column": 46 }, "end": { "line": 9, "column": 50 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "runId"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 44 }, "end": { "line": 9, "column": 58 } } }));
}, "4": function(container, depth0, helpers, partials, data) {
  return "**Nothing to submit.** The ledger already matches every manifest.\n";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n**" + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "blocked"), "length", { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 18 } }), depth0)) + " blocked:** " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "blocked"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 32 }, "end": { "line": 16, "column": 72 } } })) != null ? stack1 : "") + "need `nx1-migrate resolve` before they can run again.\n";
}, "6": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 16, "column": 51 }, "end": { "line": 16, "column": 55 } })).call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 49 }, "end": { "line": 16, "column": 62 } } })) + " ";
}, "7": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n[Workflow run](" + container.escapeExpression((helper = lookupProperty(helpers, "workflowRunUrl") || container.strict(depth0, "workflowRunUrl", { "start": { "line": 20, "column": 17 }, "end": { "line": 20, "column": 31 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "workflowRunUrl", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 15 }, "end": { "line": 20, "column": 33 } } }) : helper)) + ")\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "### nx1-migrate apply\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "results"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "blocked"), "length"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "workflowRunUrl"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "");
}, "useData": true };

// handlebars-spec:src/report/templates/index.md.hbs
var index_md_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return alias4((helper = lookupProperty(helpers, "count") || alias1(depth0, "count", { "start": { "line": 3, "column": 85 }, "end": { "line": 3, "column": 90 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 83 }, "end": { "line": 3, "column": 92 } } }) : helper)) + " " + alias4((helper = lookupProperty(helpers, "state") || alias1(depth0, "state", { "start": { "line": 3, "column": 95 }, "end": { "line": 3, "column": 100 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "state", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 93 }, "end": { "line": 3, "column": 102 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "unless").call(alias2, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 102 }, "end": { "line": 3, "column": 132 } } })) != null ? stack1 : "");
}, "1": function(container, depth0, helpers, partials, data) {
  return ", ";
}, "2": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| [" + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 8, "column": 5 }, "end": { "line": 8, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 3 }, "end": { "line": 8, "column": 11 } } }) : helper)) + "](" + alias4((helper = lookupProperty(helpers, "reportLink") || alias1(depth0, "reportLink", { "start": { "line": 8, "column": 15 }, "end": { "line": 8, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "reportLink", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 13 }, "end": { "line": 8, "column": 27 } } }) : helper)) + ") | " + alias4((helper = lookupProperty(helpers, "state") || alias1(depth0, "state", { "start": { "line": 8, "column": 33 }, "end": { "line": 8, "column": 38 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "state", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 31 }, "end": { "line": 8, "column": 40 } } }) : helper)) + " | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 8, "column": 45 }, "end": { "line": 8, "column": 49 } })).call(alias2, lookupProperty(depth0, "migrationType"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 43 }, "end": { "line": 8, "column": 65 } } })) + " | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 8, "column": 70 }, "end": { "line": 8, "column": 74 } })).call(alias2, lookupProperty(depth0, "sourceFormat"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 68 }, "end": { "line": 8, "column": 89 } } })) + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "lastRunId"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 92 }, "end": { "line": 8, "column": 134 } } })) != null ? stack1 : "") + " | " + alias4((helper = lookupProperty(helpers, "updatedAt") || alias1(depth0, "updatedAt", { "start": { "line": 8, "column": 139 }, "end": { "line": 8, "column": 148 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "updatedAt", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 137 }, "end": { "line": 8, "column": 150 } } }) : helper)) + " |\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 8, "column": 111 }, "end": { "line": 8, "column": 115 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "lastRunId"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 109 }, "end": { "line": 8, "column": 127 } } }));
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "# Nx1 migrations\n\n" + alias3((helper = lookupProperty(helpers, "total") || alias1(depth0, "total", { "start": { "line": 3, "column": 2 }, "end": { "line": 3, "column": 7 } }), typeof helper === "function" ? helper.call(alias2, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 3, "column": 9 } } }) : helper)) + " " + alias3((lookupProperty(helpers, "plural") || alias1(depth0, "plural", { "start": { "line": 3, "column": 12 }, "end": { "line": 3, "column": 18 } })).call(alias2, lookupProperty(depth0, "total"), "migration", "migrations", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 10 }, "end": { "line": 3, "column": 51 } } })) + " recorded: " + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "stateCounts"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 62 }, "end": { "line": 3, "column": 141 } } })) != null ? stack1 : "") + ".\n\n| Migration | State | Type | Source | Last run | Updated |\n|---|---|---|---|---|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "entries"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 9 } } })) != null ? stack1 : "");
}, "useData": true };

// handlebars-spec:src/report/templates/plan.md.hbs
var plan_md_default = { "0": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hasChanges"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "";
}, "1": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "**" + alias3(alias2(alias1(lookupProperty(depth0, "counts"), "create", { "start": { "line": 5, "column": 4 }, "end": { "line": 5, "column": 17 } }), depth0)) + " to create, " + alias3(alias2(alias1(lookupProperty(depth0, "counts"), "update", { "start": { "line": 5, "column": 33 }, "end": { "line": 5, "column": 46 } }), depth0)) + " to update, " + alias3(alias2(alias1(lookupProperty(depth0, "counts"), "removed", { "start": { "line": 5, "column": 62 }, "end": { "line": 5, "column": 76 } }), depth0)) + " removed, " + alias3(alias2(alias1(lookupProperty(depth0, "counts"), "blocked", { "start": { "line": 5, "column": 90 }, "end": { "line": 5, "column": 104 } }), depth0)) + " blocked**, " + alias3(alias2(alias1(lookupProperty(depth0, "counts"), "unchanged", { "start": { "line": 5, "column": 120 }, "end": { "line": 5, "column": 136 } }), depth0)) + " unchanged.\n";
}, "2": function(container, depth0, helpers, partials, data) {
  var alias1 = container.strict, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "**No changes.** The ledger matches all " + alias2(container.lambda(alias1(lookupProperty(depth0, "counts"), "unchanged", { "start": { "line": 7, "column": 41 }, "end": { "line": 7, "column": 57 } }), depth0)) + " " + alias2((lookupProperty(helpers, "plural") || alias1(depth0, "plural", { "start": { "line": 7, "column": 62 }, "end": { "line": 7, "column": 68 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "counts"), "unchanged"), "manifest", "manifests", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 60 }, "end": { "line": 7, "column": 110 } } })) + "; merging starts no run.\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "errors"), "length"), { "name": "unless", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 11 } } })) != null ? stack1 : "";
}, "4": function(container, depth0, helpers, partials, data) {
  return "**All manifests are valid.** No plan was made in this mode.\n";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = container.strict, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n**" + alias2(container.lambda(alias1(lookupProperty(depth0, "errors"), "length", { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 17 } }), depth0)) + " " + alias2((lookupProperty(helpers, "plural") || alias1(depth0, "plural", { "start": { "line": 16, "column": 22 }, "end": { "line": 16, "column": 28 } })).call(alias3, lookupProperty(lookupProperty(depth0, "errors"), "length"), "problem", "problems", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 20 }, "end": { "line": 16, "column": 65 } } })) + " found.** Nothing can be applied until they are fixed.\n\n| | Location | Problem | Rule |\n|---|---|---|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "errors"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 9 } } })) != null ? stack1 : "");
}, "6": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias4((helper = lookupProperty(helpers, "severity") || alias1(depth0, "severity", { "start": { "line": 21, "column": 4 }, "end": { "line": 21, "column": 12 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "severity", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 2 }, "end": { "line": 21, "column": 14 } } }) : helper)) + " | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 21, "column": 19 }, "end": { "line": 21, "column": 23 } })).call(alias2, lookupProperty(depth0, "location"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 17 }, "end": { "line": 21, "column": 34 } } })) + " | " + alias4((helper = lookupProperty(helpers, "message") || alias1(depth0, "message", { "start": { "line": 21, "column": 39 }, "end": { "line": 21, "column": 46 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 37 }, "end": { "line": 21, "column": 48 } } }) : helper)) + " | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 21, "column": 53 }, "end": { "line": 21, "column": 57 } })).call(alias2, lookupProperty(depth0, "ruleId"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 51 }, "end": { "line": 21, "column": 66 } } })) + " |\n";
}, "7": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n| | Manifest | Action | File |\n|---|---|---|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "items"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 30, "column": 9 } } })) != null ? stack1 : "");
}, "8": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.escapeExpression, alias4 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias3((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 29, "column": 4 }, "end": { "line": 29, "column": 8 } })).call(alias2, lookupProperty(depth0, "symbol"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 2 }, "end": { "line": 29, "column": 17 } } })) + " | **" + alias3((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 29, "column": 24 }, "end": { "line": 29, "column": 28 } }), typeof helper === alias4 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 22 }, "end": { "line": 29, "column": 30 } } }) : helper)) + "** | " + alias3((helper = lookupProperty(helpers, "action") || alias1(depth0, "action", { "start": { "line": 29, "column": 37 }, "end": { "line": 29, "column": 43 } }), typeof helper === alias4 ? helper.call(alias2, { "name": "action", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 35 }, "end": { "line": 29, "column": 45 } } }) : helper)) + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "file"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 48 }, "end": { "line": 29, "column": 80 } } })) != null ? stack1 : "") + " |\n";
}, "9": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 29, "column": 62 }, "end": { "line": 29, "column": 66 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "file"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 60 }, "end": { "line": 29, "column": 73 } } }));
}, "10": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changes"), "length"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "reason"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 48, "column": 7 } } })) != null ? stack1 : "");
}, "11": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>" + alias3((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 35, "column": 20 }, "end": { "line": 35, "column": 24 } })).call(alias2, lookupProperty(depth0, "symbol"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 18 }, "end": { "line": 35, "column": 33 } } })) + " " + alias3((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 35, "column": 36 }, "end": { "line": 35, "column": 40 } }), typeof helper === "function" ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 34 }, "end": { "line": 35, "column": 42 } } }) : helper)) + ": " + alias3(container.lambda(alias1(lookupProperty(depth0, "changes"), "length", { "start": { "line": 35, "column": 46 }, "end": { "line": 35, "column": 60 } }), depth0)) + " " + alias3((lookupProperty(helpers, "plural") || alias1(depth0, "plural", { "start": { "line": 35, "column": 65 }, "end": { "line": 35, "column": 71 } })).call(alias2, lookupProperty(lookupProperty(depth0, "changes"), "length"), "field", "fields", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 63 }, "end": { "line": 35, "column": 105 } } })) + " changed</summary>\n\n" + ((stack1 = (lookupProperty(helpers, "codeblock") || alias1(depth0, "codeblock", { "start": { "line": 37, "column": 3 }, "end": { "line": 37, "column": 12 } })).call(alias2, "diff", { "name": "codeblock", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 41, "column": 14 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "12": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "changes"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 40, "column": 9 } } })) != null ? stack1 : "";
}, "13": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "raw") || container.strict(depth0, "raw", { "start": { "line": 39, "column": 2 }, "end": { "line": 39, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "raw", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 39, "column": 12 } } })) + "\n";
}, "14": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n> **" + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 47, "column": 6 }, "end": { "line": 47, "column": 10 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 4 }, "end": { "line": 47, "column": 12 } } }) : helper)) + "** (" + alias4((helper = lookupProperty(helpers, "action") || alias1(depth0, "action", { "start": { "line": 47, "column": 18 }, "end": { "line": 47, "column": 24 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "action", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 16 }, "end": { "line": 47, "column": 26 } } }) : helper)) + "): " + alias4((helper = lookupProperty(helpers, "reason") || alias1(depth0, "reason", { "start": { "line": 47, "column": 31 }, "end": { "line": 47, "column": 37 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 29 }, "end": { "line": 47, "column": 39 } } }) : helper)) + "\n";
}, "15": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\nMerging this pull request submits " + alias3((helper = lookupProperty(helpers, "submits") || alias1(depth0, "submits", { "start": { "line": 52, "column": 36 }, "end": { "line": 52, "column": 43 } }), typeof helper === "function" ? helper.call(alias2, { "name": "submits", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 34 }, "end": { "line": 52, "column": 45 } } }) : helper)) + " " + alias3((lookupProperty(helpers, "plural") || alias1(depth0, "plural", { "start": { "line": 52, "column": 48 }, "end": { "line": 52, "column": 54 } })).call(alias2, lookupProperty(depth0, "submits"), "run", "runs", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 46 }, "end": { "line": 52, "column": 77 } } })) + " to the Nx1 API.\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "### nx1-migrate plan\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "planned"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "errors"), "length"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "items"), "length"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "items"), { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 49, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "submits"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "");
}, "useData": true };

// handlebars-spec:src/report/templates/report.md.hbs
var report_md_default = { "0": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 13 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 15 } } }) : helper)) + "\n\n";
}, "1": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 13, "column": 27 }, "end": { "line": 13, "column": 31 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "file"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 25 }, "end": { "line": 13, "column": 38 } } }));
}, "2": function(container, depth0, helpers, partials, data) {
  return "removed";
}, "3": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 14, "column": 32 }, "end": { "line": 14, "column": 36 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "lastRunId"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 30 }, "end": { "line": 14, "column": 48 } } }));
}, "4": function(container, depth0, helpers, partials, data) {
  return "none";
}, "5": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| Labels | " + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "labels"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 11 }, "end": { "line": 18, "column": 50 } } })) != null ? stack1 : "") + "|\n";
}, "6": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 18, "column": 29 }, "end": { "line": 18, "column": 33 } })).call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 27 }, "end": { "line": 18, "column": 40 } } })) + " ";
}, "7": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n## Tables\n\n|" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tableColumns"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 1 }, "end": { "line": 24, "column": 43 } } })) != null ? stack1 : "") + "\n|" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tableColumns"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 1 }, "end": { "line": 25, "column": 36 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tables"), { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 9 } } })) != null ? stack1 : "");
}, "8": function(container, depth0, helpers, partials, data) {
  return " " + container.escapeExpression(container.lambda(depth0, depth0)) + " |";
}, "9": function(container, depth0, helpers, partials, data) {
  return "---|";
}, "10": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "|" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 1 }, "end": { "line": 27, "column": 59 } } })) != null ? stack1 : "") + "\n";
}, "11": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 16 }, "end": { "line": 27, "column": 48 } } })) != null ? stack1 : "") + " |";
}, "12": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 27, "column": 30 }, "end": { "line": 27, "column": 34 } })).call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 28 }, "end": { "line": 27, "column": 41 } } }));
}, "13": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "raw") || container.strict(depth0, "raw", { "start": { "line": 36, "column": 2 }, "end": { "line": 36, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "requestJson"), { "name": "raw", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 36, "column": 19 } } })) + "\n";
}, "14": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias4((helper = lookupProperty(helpers, "recordedAt") || alias1(depth0, "recordedAt", { "start": { "line": 44, "column": 4 }, "end": { "line": 44, "column": 14 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "recordedAt", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 2 }, "end": { "line": 44, "column": 16 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "event") || alias1(depth0, "event", { "start": { "line": 44, "column": 21 }, "end": { "line": 44, "column": 26 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "event", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 19 }, "end": { "line": 44, "column": 28 } } }) : helper)) + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "runId"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 31 }, "end": { "line": 44, "column": 65 } } })) != null ? stack1 : "") + " | " + alias4((helper = lookupProperty(helpers, "status") || alias1(depth0, "status", { "start": { "line": 44, "column": 70 }, "end": { "line": 44, "column": 76 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 68 }, "end": { "line": 44, "column": 78 } } }) : helper)) + " | " + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "dagRunIds"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 81 }, "end": { "line": 44, "column": 123 } } })) != null ? stack1 : "") + "| " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "commit"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 125 }, "end": { "line": 44, "column": 161 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "workflowRunUrl"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 164 }, "end": { "line": 44, "column": 228 } } })) != null ? stack1 : "") + alias4((helper = lookupProperty(helpers, "error") || alias1(depth0, "error", { "start": { "line": 44, "column": 230 }, "end": { "line": 44, "column": 235 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "error", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 228 }, "end": { "line": 44, "column": 237 } } }) : helper)) + " |\n";
}, "15": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 44, "column": 46 }, "end": { "line": 44, "column": 50 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "runId"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 44 }, "end": { "line": 44, "column": 58 } } }));
}, "16": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((lookupProperty(helpers, "code") || container.strict(depth0, "code", { "start": { "line": 44, "column": 141 }, "end": { "line": 44, "column": 145 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "commit"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 139 }, "end": { "line": 44, "column": 154 } } }));
}, "17": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "[workflow run](" + container.escapeExpression((helper = lookupProperty(helpers, "workflowRunUrl") || container.strict(depth0, "workflowRunUrl", { "start": { "line": 44, "column": 203 }, "end": { "line": 44, "column": 217 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "workflowRunUrl", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 201 }, "end": { "line": 44, "column": 219 } } }) : helper)) + ") ";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "# " + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 1, "column": 4 }, "end": { "line": 1, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 10 } } }) : helper)) + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 6, "column": 7 } } })) != null ? stack1 : "") + "| | |\n|---|---|\n| State | **" + alias4((helper = lookupProperty(helpers, "state") || alias1(depth0, "state", { "start": { "line": 9, "column": 14 }, "end": { "line": 9, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "state", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 12 }, "end": { "line": 9, "column": 21 } } }) : helper)) + "** |\n| Migration type | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 10, "column": 21 }, "end": { "line": 10, "column": 25 } })).call(alias2, lookupProperty(lookupProperty(depth0, "request"), "migration_type"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 19 }, "end": { "line": 10, "column": 50 } } })) + " |\n| Source format | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 11, "column": 20 }, "end": { "line": 11, "column": 24 } })).call(alias2, lookupProperty(lookupProperty(depth0, "request"), "source_format"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 18 }, "end": { "line": 11, "column": 48 } } })) + " |\n| Default bucket | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 12, "column": 21 }, "end": { "line": 12, "column": 25 } })).call(alias2, lookupProperty(lookupProperty(depth0, "request"), "default_s3_bucket"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 19 }, "end": { "line": 12, "column": 53 } } })) + " |\n| Manifest | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "file"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 13, "column": 13 }, "end": { "line": 13, "column": 60 } } })) != null ? stack1 : "") + " |\n| Last run | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "lastRunId"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 14, "column": 13 }, "end": { "line": 14, "column": 67 } } })) != null ? stack1 : "") + " |\n| Fingerprint | " + alias4((lookupProperty(helpers, "code") || alias1(depth0, "code", { "start": { "line": 15, "column": 18 }, "end": { "line": 15, "column": 22 } })).call(alias2, lookupProperty(depth0, "fingerprint"), { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 16 }, "end": { "line": 15, "column": 36 } } })) + " |\n| Updated | " + alias4((helper = lookupProperty(helpers, "updatedAt") || alias1(depth0, "updatedAt", { "start": { "line": 16, "column": 14 }, "end": { "line": 16, "column": 23 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "updatedAt", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 12 }, "end": { "line": 16, "column": 25 } } }) : helper)) + " |\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "labels"), "length"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tables"), "length"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "") + "\n## Request\n\nSecret values are never stored: fields such as `s3_secret_key` hold a reference to an environment variable.\n\n" + ((stack1 = (lookupProperty(helpers, "codeblock") || alias1(depth0, "codeblock", { "start": { "line": 35, "column": 3 }, "end": { "line": 35, "column": 12 } })).call(alias2, "json", { "name": "codeblock", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 37, "column": 14 } } })) != null ? stack1 : "") + "\n## History\n\n| Recorded | Event | Run id | Status | DAG runs | Commit | Details |\n|---|---|---|---|---|---|---|\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "runs"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 45, "column": 9 } } })) != null ? stack1 : "");
}, "useData": true };

// src/report/templates.ts
var PRECOMPILED = {
  plan: plan_md_default,
  report: report_md_default,
  index: index_md_default,
  apply: apply_md_default
};
async function loadTemplate(name, config) {
  const override = config.templates[name];
  if (override === void 0) return precompiledTemplate(`${name} (shipped)`, PRECOMPILED[name]);
  const path = resolve(config.baseDir, override);
  let source;
  try {
    source = await readFile(path, "utf8");
  } catch {
    throw new TemplateError(override, `cannot read ${path}; check templates.${name} in the config`);
  }
  return compileTemplate(override, source);
}

export {
  renderPlanText,
  valueText,
  planItemSymbol,
  loadTemplate,
  planToJson
};
