// Reading JSON request bodies and writing JSON responses with node:http,
// shared by the runs route and the control routes.

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { ErrorResponse } from "../generated/api-types.js";

/** Default maximum request body size in bytes (1 MiB), far above any real manifest. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export type JsonBody =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

/**
 * Reads the request body as JSON. Returns a 400 result for a missing or
 * non-JSON content type, invalid UTF-8 or malformed JSON, and a 413 result
 * once the body exceeds `maxBytes`. After a 413 the rest of the body is
 * discarded unread, and the caller should close the connection.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const contentType = req.headers["content-type"];
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return {
      ok: false,
      status: 400,
      message: `Content-Type must be application/json, got ${contentType === undefined ? "none" : JSON.stringify(contentType.slice(0, 60))}`,
    };
  }

  const tooLarge = {
    ok: false,
    status: 413,
    message: `request body exceeds the limit of ${maxBytes} bytes`,
  } as const;
  const declaredLength = Number(req.headers["content-length"] ?? "0");
  if (declaredLength > maxBytes) {
    req.resume();
    return tooLarge;
  }

  const chunks: Buffer[] = [];
  let size = 0;
  const complete = await new Promise<boolean>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        req.off("end", onEnd);
        // Keep reading so that the client can finish sending and read the 413.
        req.resume();
        resolve(false);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(true);
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", reject);
    // Once the body has ended, this rejection is a no-op. Before that, it means the client left.
    req.once("close", () =>
      reject(new Error("client closed the connection before the body ended")),
    );
  });
  if (!complete) return tooLarge;

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, status: 400, message: "request body is not valid UTF-8" };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, message: `request body is not valid JSON${where(error)}` };
  }
}

/**
 * Returns the position of a JSON syntax error. V8's message can quote the
 * body, which may contain a secret, so only the position is kept.
 */
function where(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (message.includes("Unexpected end of JSON input")) return ": it ends early";
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined ? "" : ` at position ${position}`;
}

/** Sends `body` as JSON with the given status. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  sendRawJson(res, status, JSON.stringify(body), headers);
}

/** Sends text as application/json without checking it. Faults use it to send broken JSON on purpose. */
export function sendRawJson(
  res: ServerResponse,
  status: number,
  text: string,
  headers: OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

/** Sends an ErrorResponse whose `code` repeats the HTTP status. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: OutgoingHttpHeaders = {},
): void {
  const body: ErrorResponse = { error: message, code: status };
  sendJson(res, status, body, headers);
}
