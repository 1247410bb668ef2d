// Turns ajv errors for a request body into the `error` text of a 422
// ErrorResponse: each problem names the JSON path of the field, what is
// wrong, and the value received, except for credential fields.

import type { ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import { SECRET_FIELDS } from "./run-store.js";

/** Upper bound on the problems listed in one message; the rest are counted. */
const MAX_PROBLEMS = 10;

/** Describes the validation errors as one line, problems separated by "; ". */
export function describeValidationErrors(errors: readonly ErrorObject[]): string {
  const problems = [...new Set(errors.map(describeError))];
  const listed = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > listed.length) listed.push(`and ${problems.length - listed.length} more`);
  return listed.join("; ");
}

function describeError(error: ErrorObject): string {
  const segments = pointerSegments(error.instancePath);
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params.missingProperty);
      return `${subject([...segments, missing])}: is required`;
    }
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      return `${subject([...segments, unknown])}: is not a field of ${schemaTitle(error)}${suggestion(unknown, error)}`;
    }
    case "enum": {
      const allowed = (error.params.allowedValues as unknown[]).map(String).join(", ");
      return `${subject(segments)}: must be one of ${allowed}${received(segments, error.data)}`;
    }
    case "type": {
      return `${subject(segments)}: must be ${typeName(error.params.type)}${received(segments, error.data)}`;
    }
    default:
      return `${subject(segments)}: ${error.message ?? error.keyword}${received(segments, error.data)}`;
  }
}

/** Splits a JSON Pointer such as `/folder_tables/0/target_bucket` into unescaped segments. */
function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Names the value as `spec field folder_tables[0].target_bucket`, or `request body` at the root. */
function subject(segments: readonly string[]): string {
  if (segments.length === 0) return "request body";
  let path = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path === "" ? segment : `.${segment}`;
  }
  return `spec field ${path}`;
}

function typeName(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).map((name) =>
    name === "object" || name === "array" || name === "integer" ? `an ${name}` : `a ${name}`,
  );
  return names.join(" or ").replace("a null", "null");
}

/** Shows the value received, unless the field carries a credential. */
function received(segments: readonly string[], data: unknown): string {
  const field = segments.at(-1);
  if (segments.length === 1 && (SECRET_FIELDS as readonly string[]).includes(field ?? "")) {
    return "";
  }
  if (data === undefined) return "";
  const text = JSON.stringify(data) ?? String(data);
  return `, got ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

function schemaTitle(error: ErrorObject): string {
  const title = (error.parentSchema as { title?: unknown } | undefined)?.title;
  return typeof title === "string" ? title : "this object";
}

/** Suggests the closest known field when the unknown one looks like a typo of it. */
function suggestion(unknown: string, error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  const known = Object.keys(properties ?? {});
  if (known.length === 0) return " (remove it)";
  const candidate = closest(unknown, known);
  if (distance(unknown, candidate) <= Math.max(2, Math.floor(candidate.length / 4))) {
    return ` (did you mean ${candidate}?)`;
  }
  return ` (remove it, or use one of ${known.join(", ")})`;
}
