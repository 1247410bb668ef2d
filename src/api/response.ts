// Interpretation of an HTTP response from POST /api/migration/data-migration/runs.
//
// Which statuses are safe to retry, and why:
// - 2xx: the server accepted the request. A body that is not a valid
//   DataMigrationRunResponse still means a run may exist, so it is "unknown",
//   never retried.
// - 429, and 503 with Retry-After: the server states it did not process the
//   request and requests a retry later (RFC 9110 and RFC 6585), so the run
//   does not exist and a retry is safe.
// - other 5xx, 503 without Retry-After included: the server may have created
//   the run before it failed, so the outcome is "unknown".
// - 3xx and other 4xx: the server refused the request without acting on it
//   (RFC 9110: a 3xx requests further action from the client, a 4xx is a client error). The
//   outcome is "rejected" and never retried, because the same body would be
//   refused again. undici does not follow redirects unless told to.

import { STATUS_CODES } from "node:http";

import type { DataMigrationRunResponse, ErrorResponse } from "../generated/api-types.js";
import { validateError, validateResponse } from "../generated/validators.js";
import { redactUrlCredentials } from "./redact.js";
import { parseRetryAfterMs } from "./retry.js";

export type ResponseVerdict =
  | { kind: "created"; response: DataMigrationRunResponse }
  | { kind: "rejected"; status: number; error: string; code?: number }
  | { kind: "unknown"; status: number; reason: string }
  | { kind: "not-sent"; status: number; reason: string; retryAfterMs?: number };

export interface ReceivedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Body text, possibly truncated; undefined when reading it failed. */
  body: string | undefined;
  /** Reason the body could not be read, worded to follow "HTTP 201 Created, then". */
  bodyError?: string;
}

/** Maximum length of server text copied into an outcome. */
const MAX_SERVER_TEXT = 300;

/** Decides the outcome of one response; see the file comment for the rules. */
export function interpretResponse(
  received: ReceivedResponse,
  now: number = Date.now(),
): ResponseVerdict {
  const { status } = received;
  const label = `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ""}`;

  if (status >= 200 && status < 300) return interpretSuccess(received, label);

  const retryAfter = headerValue(received.headers, "retry-after");
  if (status === 429 || (status === 503 && retryAfter !== undefined && retryAfter.trim() !== "")) {
    return {
      kind: "not-sent",
      status,
      reason: `${label}${retryAfter ? ` (Retry-After: ${cleanText(retryAfter)})` : ""}`,
      retryAfterMs: parseRetryAfterMs(retryAfter, now),
    };
  }

  if (status >= 300 && status < 400) {
    const location = headerValue(received.headers, "location");
    const target = location ? ` to ${cleanText(redactUrlCredentials(location))}` : "";
    return {
      kind: "rejected",
      status,
      error: `${label}: redirected${target}; set NX1_API_URL to the address the API answers at`,
    };
  }

  if (status >= 400 && status < 500) {
    // The server's own error text is kept as it is; only a bare status gets a hint.
    const parsed = errorFromBody(received.body);
    if (parsed) return { kind: "rejected", status, ...parsed };
    const snippet = bodySnippet(received);
    const hint = status === 401 || status === 403 ? "; check NX1_API_KEY or NX1_TOKEN" : "";
    return { kind: "rejected", status, error: `${label}${snippet ? `: ${snippet}` : ""}${hint}` };
  }

  const detail = errorFromBody(received.body)?.error ?? bodySnippet(received);
  return {
    kind: "unknown",
    status,
    reason: `${label}${detail ? `: ${detail}` : ""}; the run may exist`,
  };
}

function interpretSuccess(received: ReceivedResponse, label: string): ResponseVerdict {
  const { status, body } = received;
  if (body === undefined) {
    const failure = received.bodyError ?? "the body could not be read";
    return { kind: "unknown", status, reason: `${label}, then ${failure}; the run may exist` };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return {
      kind: "unknown",
      status,
      reason: `${label} with a body that is not valid JSON; the run may exist`,
    };
  }
  if (!validateResponse(data)) {
    const first = validateResponse.errors?.[0];
    const problem = first
      ? `${first.instancePath || "the body"} ${first.message ?? "is invalid"}`
      : "invalid body";
    return {
      kind: "unknown",
      status,
      reason: `${label} with a body that is not a DataMigrationRunResponse (${problem}); the run may exist`,
    };
  }
  return { kind: "created", response: data as DataMigrationRunResponse };
}

/**
 * Reads the error text of a 4xx or 5xx body: the contract's ErrorResponse,
 * or FastAPI's `{"detail": ...}` that the server's framework sends for its
 * own validation errors.
 */
function errorFromBody(body: string | undefined): { error: string; code?: number } | undefined {
  if (!body) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (validateError(data)) {
    const { error, code } = data as ErrorResponse;
    return { error: cleanText(error), ...(code !== undefined ? { code } : {}) };
  }
  if (typeof data === "object" && data !== null && "detail" in data) {
    return { error: cleanText(formatDetail((data as { detail: unknown }).detail)) };
  }
  return undefined;
}

function formatDetail(detail: unknown): string {
  if (typeof detail === "string") return detail;
  if (!Array.isArray(detail)) return JSON.stringify(detail);
  return detail
    .map((item: unknown) => {
      if (typeof item !== "object" || item === null) return String(item);
      const { loc, msg } = item as { loc?: unknown; msg?: unknown };
      const where = Array.isArray(loc) ? loc.filter((part) => part !== "body").join(".") : "";
      return where ? `${where}: ${String(msg)}` : String(msg);
    })
    .join("; ");
}

function bodySnippet(received: ReceivedResponse): string | undefined {
  const text = received.body === undefined ? undefined : cleanText(received.body);
  return text ? text : undefined;
}

/** Collapses whitespace and control characters and shortens server text for one-line messages. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  return flat.length > MAX_SERVER_TEXT ? `${flat.slice(0, MAX_SERVER_TEXT)}…` : flat;
}

function headerValue(headers: ReceivedResponse["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
