// Classification of errors that undici raises instead of an HTTP response.
//
// The at-most-once rule lives here. POST /runs is not idempotent and the API
// has no endpoint to look a run up, so a request that may have reached the
// server must never be sent again: a second copy can start a second run. The
// client therefore retries only a request that certainly never left this
// process. It decides that from one fact observed in undici itself: the
// dispatcher calls `onRequestStart` right before it writes the request line
// to a connected socket (client-h1.js in undici 7, `writeH1`). Until that
// call no byte of the request exists on any wire. After it, any failure may
// hide a run the server already created.
//
// Error codes, as undici 7.30 on Node 20 reports them (checked against
// misbehaving loopback servers in test/api):
// - ECONNREFUSED: nothing listens on the port. Always before the request.
// - ENOTFOUND, EAI_AGAIN: DNS lookup failed, permanently or for now.
// - UND_ERR_CONNECT_TIMEOUT: TCP connect, or the TLS handshake for https,
//   took longer than `connectTimeoutMs`. undici clears that timer on
//   `connect`/`secureConnect`, so it never fires once the request is written.
// - TLS codes (certificate invalid, self-signed, hostname mismatch, protocol
//   errors): the handshake failed, and undici writes nothing until it ends.
// - ECONNRESET: the peer reset the connection. With syscall `connect` or
//   during the TLS handshake it comes before the request. With syscall
//   `read` it comes after the request was written, and the server may have
//   acted on it.
// - UND_ERR_HEADERS_TIMEOUT: the request was written and no status line came
//   within `timeoutMs`. The server may still be creating the run.
// - UND_ERR_BODY_TIMEOUT: the status line came, the body stalled.
// - UND_ERR_SOCKET ("other side closed"): the server closed the connection
//   after reading the request, before a complete response.
// - HPE_* (HTTPParserError): the peer replied with something that is not
//   HTTP/1.1, after reading the request.
// - The client's own start deadline (client.ts) passed while the request
//   still waited for a connection, for example for a proxy's reply to
//   CONNECT. The request was aborted before it was written.
// The code alone is not proof: ECONNRESET appears on both sides of the
// write. So "not sent" needs the request to be unstarted, and the code only
// decides whether a retry can help and how to describe the failure.

export type TransportFailure =
  { kind: "not-sent"; retryable: boolean; reason: string } | { kind: "unknown"; reason: string };

export interface TransportContext {
  /** True once undici called onRequestStart: the request may be on the wire. */
  requestStarted: boolean;
  /** True when the client's own start deadline aborted an unstarted request. */
  startDeadlineExpired: boolean;
  /** `host:port` of the API, used when the error names no address. */
  target: string;
  timeoutMs: number;
  connectTimeoutMs: number;
  startDeadlineMs: number;
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_|EPROTO$)/;

/** Codes that describe a local mistake, which a retry cannot fix. */
const PERMANENT_CODES = new Set([
  "UND_ERR_INVALID_ARG",
  "ERR_INVALID_URL",
  "UND_ERR_NOT_SUPPORTED",
  "UND_ERR_CLOSED",
  "UND_ERR_DESTROYED",
]);

/** Classifies an error raised while sending the request or reading its response. */
export function classifyTransportError(
  error: unknown,
  context: TransportContext,
): TransportFailure {
  const details = errorDetails(error);
  if (!context.requestStarted) return classifyUnstarted(details, context);
  return { kind: "unknown", reason: `${describeSentFailure(error, context)}; the run may exist` };
}

interface ErrorDetails {
  name: string;
  code: string;
  message: string;
  address?: string;
}

function classifyUnstarted(details: ErrorDetails, context: TransportContext): TransportFailure {
  const { code, message } = details;
  const peer = peerOf(details, context);
  const retryable = !PERMANENT_CODES.has(code);

  if (context.startDeadlineExpired) {
    return {
      kind: "not-sent",
      retryable,
      reason: `timed out after ${context.startDeadlineMs} ms before the request was sent to ${context.target} (slow proxy or connection)`,
    };
  }
  if (code === "ECONNREFUSED")
    return { kind: "not-sent", retryable, reason: `connection refused by ${peer}` };
  if (code === "ENOTFOUND") {
    return {
      kind: "not-sent",
      retryable,
      reason: `DNS lookup of ${hostOf(details, context)} failed (ENOTFOUND)`,
    };
  }
  if (code === "EAI_AGAIN") {
    return {
      kind: "not-sent",
      retryable,
      reason: `DNS lookup of ${hostOf(details, context)} failed temporarily (EAI_AGAIN)`,
    };
  }
  if (code === "UND_ERR_CONNECT_TIMEOUT") {
    return {
      kind: "not-sent",
      retryable,
      reason: `timed out after ${context.connectTimeoutMs} ms connecting to ${peer}`,
    };
  }
  if (TLS_CODE.test(code)) {
    return {
      kind: "not-sent",
      retryable,
      reason: `TLS handshake with ${peer} failed: ${message} (${code})`,
    };
  }
  if (code === "ECONNRESET") {
    return {
      kind: "not-sent",
      retryable,
      reason: `connection to ${peer} was reset before the request was sent`,
    };
  }
  if (code === "UND_ERR_ABORTED" && message.startsWith("Proxy response")) {
    return {
      kind: "not-sent",
      retryable,
      reason: `proxy refused the tunnel to ${context.target}: ${message}`,
    };
  }
  return {
    kind: "not-sent",
    retryable,
    reason: `request to ${context.target} failed before it was sent: ${message}${code ? ` (${code})` : ""}`,
  };
}

/**
 * Describes a failure after the request was written, such as a timeout or a
 * closed connection while reading the response, without the "run may exist"
 * conclusion, which the caller adds.
 */
export function describeSentFailure(error: unknown, context: TransportContext): string {
  const details = errorDetails(error);
  const { code, message } = details;
  const peer = peerOf(details, context);
  switch (code) {
    case "UND_ERR_HEADERS_TIMEOUT":
      return `timed out after ${context.timeoutMs} ms waiting for the response`;
    case "UND_ERR_BODY_TIMEOUT":
      return `timed out after ${context.timeoutMs} ms reading the response body`;
    case "UND_ERR_SOCKET":
      return `connection closed by ${peer} before the response was complete`;
    case "ECONNRESET":
      return `connection reset by ${peer} after the request was sent`;
    case "UND_ERR_ABORTED":
      return `request aborted after it was sent to ${peer}`;
    default:
      // undici leaves `code` undefined on some parser errors, so the class name decides.
      if (code.startsWith("HPE_") || details.name === "HTTPParserError") {
        return `invalid HTTP response from ${peer} (${message})`;
      }
      return `request to ${peer} failed after it was sent: ${message}${code ? ` (${code})` : ""}`;
  }
}

function errorDetails(error: unknown): ErrorDetails {
  if (!(error instanceof Error)) return { name: "", code: "", message: String(error) };
  const record = error as Error & { code?: unknown; address?: unknown; port?: unknown };
  const code = typeof record.code === "string" ? record.code : "";
  const address =
    typeof record.address === "string"
      ? `${record.address}${typeof record.port === "number" ? `:${record.port}` : ""}`
      : undefined;
  return { name: record.name, code, message: record.message, address };
}

/** Returns the address named in the error (a proxy, for example), else the API. */
function peerOf(details: ErrorDetails, context: TransportContext): string {
  return details.address ?? context.target;
}

function hostOf(details: ErrorDetails, context: TransportContext): string {
  const match = /(?:ENOTFOUND|EAI_AGAIN) (\S+)/.exec(details.message);
  return match?.[1] ?? context.target;
}
