// Turns ajv errors into diagnostics that point at the offending key or value
// and state what to write instead.

import type { ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import type { Diagnostic } from "./diagnostic.js";
import { locate, locateKey } from "./locate.js";
import type { DataPath } from "./locate.js";
import type { YamlSource } from "./yaml-source.js";
import { isSecretField, REFERENCE_SYNTAX } from "./secrets.js";

/** Converts ajv errors for data parsed from `source` into diagnostics, under `basePath` when the data is a part of the file. */
export function schemaDiagnostics(
  source: YamlSource,
  errors: readonly ErrorObject[],
  basePath: DataPath = [],
  rootName = "the manifest",
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    const path = [...basePath, ...pointerToPath(error.instancePath)];
    const converted = convert(error, path, rootName);
    if (!converted) continue;
    const range =
      converted.target === "key"
        ? locateKey(source, converted.path)
        : locate(source, converted.path);
    diagnostics.push({
      file: source.file,
      ...range,
      severity: "error",
      message: converted.message,
      ruleId: converted.ruleId,
    });
  }
  return diagnostics;
}

interface Converted {
  path: DataPath;
  target: "key" | "value";
  message: string;
  ruleId: string;
}

function convert(error: ErrorObject, path: DataPath, rootName: string): Converted | undefined {
  const where = describePath(path, rootName);
  // A secret field's value may be a literal secret: never quote it.
  const hidden = isSecretField(path[path.length - 1]);
  if (hidden) error = { ...error, data: "(hidden)" };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(
        (error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {},
      );
      const suggestion = suggest(key, known);
      // YAML 1.1 merge keys (`<<: *anchor`) are plain keys in YAML 1.2, which manifests use.
      const hint =
        key === "<<"
          ? "; YAML 1.2 has no merge keys, so write the fields out instead of `<<: *anchor`"
          : suggestion
            ? `; did you mean \`${suggestion}\`?`
            : known.length > 0
              ? `; known keys: ${known.join(", ")}`
              : "";
      return {
        path: [...path, key],
        target: "key",
        message: `unknown key \`${key}\` in ${where}${hint}`,
        ruleId: "schema-unknown-key",
      };
    }
    case "required":
      return {
        path,
        target: "key",
        message: `missing required key \`${String(params.missingProperty)}\` in ${where}`,
        ruleId: "schema-required",
      };
    case "type":
      return {
        path,
        target: "value",
        message: hidden
          ? `${where} must be ${typeText(params.type)}; write a reference such as "${REFERENCE_SYNTAX}" (the value is not shown, because it may be a secret)`
          : `${where} must be ${typeText(params.type)}, not ${valueText(error.data)}${typeHint(params.type, error.data)}`,
        ruleId: "schema-type",
      };
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === "string" ? suggest(error.data, allowed) : undefined;
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "";
      return {
        path,
        target: "value",
        message: `${where} is ${valueText(error.data)}; expected one of ${allowed.join(", ")}${hint}`,
        ruleId: "schema-enum",
      };
    }
    case "const":
      return {
        path,
        target: "value",
        message: `${where} is ${valueText(error.data)}; write \`${String(params.allowedValue)}\``,
        ruleId: "schema-const",
      };
    case "pattern":
      return {
        path,
        target: "value",
        message: `${where} ${valueText(error.data)} does not match ${String(params.pattern)}`,
        ruleId: "schema-pattern",
      };
    case "propertyNames":
      return undefined; // ajv reports the offending name with a `pattern` error as well.
    default:
      return {
        path,
        target: "value",
        message: `${where} ${error.message ?? "is invalid"}`,
        ruleId: `schema-${error.keyword.toLowerCase()}`,
      };
  }
}

/** Returns the known name that differs only in case, or else the closest one when it is near enough to be a typo. */
export function suggest(input: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const lower = input.toLowerCase();
  const sameLetters = known.find((name) => name.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  const candidate = closest(input, known as string[]);
  const limit = Math.max(2, Math.floor(candidate.length / 3));
  return distance(input, candidate) <= limit ? candidate : undefined;
}

/** Converts a JSON pointer such as `/spec/migration_tables/0` into a data path. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

/** Describes a data path for a message, such as `spec.migration_tables[0].bucket`. */
export function describePath(path: DataPath, rootName = "the manifest"): string {
  if (path.length === 0) return rootName;
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

function typeText(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).map((name) =>
    name === "null"
      ? "null"
      : name === "integer"
        ? "an integer"
        : name === "object"
          ? "a map"
          : name === "array"
            ? "a list"
            : `a ${String(name)}`,
  );
  return names.join(" or ");
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}

function typeHint(type: unknown, value: unknown): string {
  const expected = Array.isArray(type) ? type : [type];
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    return `; quote it to keep it as text, as in "${String(value)}"`;
  }
  if (expected.includes("integer") && typeof value === "string" && /^-?[0-9]+$/.test(value)) {
    return `; remove the quotes, as in ${value}`;
  }
  // YAML 1.1 reads yes, no, on and off as booleans, but YAML 1.2, which manifests use, reads them as strings.
  if (expected.includes("boolean") && typeof value === "string") {
    return "; write true or false, without quotes";
  }
  return "";
}
