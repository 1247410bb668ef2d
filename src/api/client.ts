// The Nx1 API client: submits one data migration run and reports what is
// known about it afterwards. It retries only a request that certainly never
// reached the server. transport-error.ts and response.ts define which
// requests those are and explain why.

import type { LookupFunction } from "node:net";
import { setTimeout as delay } from "node:timers/promises";

import { request } from "undici";

import type { DataMigrationRunRequest } from "../generated/api-types.js";
import { VERSION } from "../version.js";
import { hostAndPort, runsEndpoint } from "./api-url.js";
import { createDispatcher, trackRequestStart, type ProxySettings } from "./dispatcher.js";
import type { SubmitOutcome } from "./outcome.js";
import { createRedactor, requestSecrets, type Redactor } from "./redact.js";
import { interpretResponse, type ResponseVerdict } from "./response.js";
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy } from "./retry.js";
import {
  classifyTransportError,
  describeSentFailure,
  type TransportContext,
  type TransportFailure,
} from "./transport-error.js";

export interface Nx1ClientOptions {
  /** API base URL, such as `https://nx1.example.com`; a path prefix is kept. */
  baseUrl: string;
  /** Sent as `Authorization-PSK: <psk>` when set, else as `Authorization: Bearer <token>`. */
  auth: { psk?: string; token?: string };
  /** Time to wait for the response headers, and then between body chunks, in ms. Default 30000. */
  timeoutMs?: number;
  /** Time allowed for DNS, TCP connect and the TLS handshake, in ms. Default 10000. */
  connectTimeoutMs?: number;
  /** Default `nx1-migrate/<version>`. */
  userAgent?: string;
  /** Retries of requests that never reached the server. Defaults: 4 attempts, 500 ms base, 30000 ms cap. */
  retry?: Partial<RetryPolicy>;
  /** Waits between attempts; tests pass a recorder. Default: a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Proxy settings; each one left undefined is read from process.env by undici. */
  proxy?: ProxySettings;
  /** DNS lookup for the API and proxy hosts. Default: Node's dns.lookup. */
  lookup?: LookupFunction;
  /** Called before each retry, for logging. The reason contains no secret. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  /** The attempt that just failed, starting at 1. */
  attempt: number;
  reason: string;
  delayMs: number;
  /** The label passed to submitRun, such as the manifest name, when one was given. */
  label?: string;
}

export interface SubmitOptions {
  /** Names the request in retry events, so that log lines of concurrent requests can be distinguished. */
  label?: string;
}

export interface Nx1Client {
  /**
   * Submits one run. Network and server failures come back as outcomes; it
   * throws only after close(), or when `sleep` or `onRetry` throws.
   */
  submitRun(body: DataMigrationRunRequest, submit?: SubmitOptions): Promise<SubmitOutcome>;
  /** Waits for requests in flight, then closes all connections. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Returns the log line for a retry, naming the request by its label when it has one. */
export function retryMessage(event: RetryEvent): string {
  const subject = event.label === undefined ? "" : ` ${event.label}`;
  return `retrying${subject} in ${event.delayMs} ms after attempt ${event.attempt}: ${event.reason}`;
}

/** Creates a client. Throws when an option is invalid; the message names it. */
export function createNx1Client(options: Nx1ClientOptions): Nx1Client {
  const endpoint = runsEndpoint(options.baseUrl, "baseUrl");
  const timeoutMs = positiveInteger(options.timeoutMs ?? 30_000, "timeoutMs");
  const connectTimeoutMs = positiveInteger(options.connectTimeoutMs ?? 10_000, "connectTimeoutMs");
  const policy = retryPolicy(options.retry);
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const headers = requestHeaders(options);
  const agent = createDispatcher({
    timeoutMs,
    connectTimeoutMs,
    proxy: options.proxy,
    lookup: options.lookup,
  });
  const context: Omit<TransportContext, "requestStarted" | "startDeadlineExpired"> = {
    target: hostAndPort(endpoint),
    timeoutMs,
    connectTimeoutMs,
    // Bounds the wait before the request is written: connect to a proxy, its
    // reply to CONNECT and the TLS handshake, which undici does not all bound.
    // undici fires its connect timeout up to about 1 s late (its timers tick
    // every 499 ms in undici 7), so the extra second lets that error win.
    startDeadlineMs: 2 * connectTimeoutMs + 1000,
  };
  let closed = false;
  const inFlight = new Set<Promise<SubmitOutcome>>();

  async function sendOnce(
    json: string,
    redact: Redactor,
  ): Promise<ResponseVerdict | TransportFailure> {
    let requestStarted = false;
    let startDeadlineExpired = false;
    let startTimer: NodeJS.Timeout | undefined;
    const abort = new AbortController();
    const dispatcher = trackRequestStart(agent, () => {
      requestStarted = true;
      clearTimeout(startTimer);
    });
    const transport = (): TransportContext => ({
      ...context,
      requestStarted,
      startDeadlineExpired,
    });

    const exchange = (async () => {
      const response = await request(endpoint, {
        dispatcher,
        method: "POST",
        headers,
        body: json,
        signal: abort.signal,
        // A fresh connection per request, closed after the response: reusing
        // an idle keep-alive connection races with the server closing it, and
        // that race would turn a healthy submission into "unknown".
        reset: true,
      });
      const { body, bodyError } = await readBody(response.body, transport());
      // Redacted before interpretResponse shortens server text: a secret cut in
      // half by the shortening would no longer match, and its first half would leak.
      return interpretResponse({
        status: response.statusCode,
        headers: response.headers,
        body: body === undefined ? undefined : redact(body),
        bodyError,
      });
    })();
    // The exchange may settle after the deadline below has already decided.
    exchange.catch(() => undefined);

    // A request still waiting for its connection when the deadline passes is
    // given up. Aborting the signal first makes undici drop it at the moment
    // the connection would be handed over, before any byte is written (the
    // request handler checks the abort reason in onConnect), so it can never
    // reach the server later.
    const deadline = new Promise<"deadline">((resolve) => {
      startTimer = setTimeout(() => {
        if (requestStarted) return;
        startDeadlineExpired = true;
        abort.abort();
        resolve("deadline");
      }, context.startDeadlineMs);
    });

    try {
      const result = await Promise.race([exchange, deadline]);
      if (result !== "deadline") return result;
      return classifyTransportError(new Error("start deadline passed"), transport());
    } catch (error) {
      return classifyTransportError(error, transport());
    } finally {
      clearTimeout(startTimer);
    }
  }

  async function submitRun(
    body: DataMigrationRunRequest,
    submit: SubmitOptions = {},
  ): Promise<SubmitOutcome> {
    if (closed) throw new Error("submitRun called after close(); create a new client");
    const submission = submitWithRetries(body, submit.label);
    inFlight.add(submission);
    try {
      return await submission;
    } finally {
      inFlight.delete(submission);
    }
  }

  async function submitWithRetries(
    body: DataMigrationRunRequest,
    label: string | undefined,
  ): Promise<SubmitOutcome> {
    const redact = createRedactor([options.auth.psk, options.auth.token, ...requestSecrets(body)]);
    const json = JSON.stringify(body);

    for (let attempt = 1; ; attempt++) {
      const verdict = await sendOnce(json, redact);
      switch (verdict.kind) {
        case "created":
          return { kind: "created", response: verdict.response, attempts: attempt };
        case "rejected":
          return {
            kind: "rejected",
            status: verdict.status,
            error: redact(verdict.error),
            ...(verdict.code !== undefined ? { code: verdict.code } : {}),
            attempts: attempt,
          };
        case "unknown":
          return {
            kind: "unknown",
            reason: redact(verdict.reason),
            ...("status" in verdict ? { status: verdict.status } : {}),
            attempts: attempt,
          };
        case "not-sent": {
          // Safe to repeat: this attempt never reached the server (see transport-error.ts).
          const retryable = "retryable" in verdict ? verdict.retryable : true;
          if (!retryable)
            return { kind: "not-sent", reason: redact(verdict.reason), attempts: attempt };
          if (attempt >= policy.attempts) {
            const tries = attempt === 1 ? "1 attempt" : `${attempt} attempts`;
            return {
              kind: "not-sent",
              reason: redact(`${verdict.reason}; gave up after ${tries}`),
              attempts: attempt,
            };
          }
          const retryAfterMs = "retryAfterMs" in verdict ? verdict.retryAfterMs : undefined;
          const delayMs = retryDelayMs(attempt, policy, retryAfterMs);
          const event: RetryEvent = { attempt, reason: redact(verdict.reason), delayMs };
          if (label !== undefined) event.label = label;
          options.onRetry?.(event);
          await sleep(delayMs);
        }
      }
    }
  }

  return {
    submitRun,
    async close() {
      closed = true;
      await Promise.allSettled(inFlight);
      // Every submission has settled. What remains are connections that a
      // start deadline gave up on, and destroy() ends them instead of waiting
      // for a silent proxy.
      await agent.destroy();
    },
  };
}

/**
 * Reads at most MAX_BODY_BYTES of the body as UTF-8. A failure while reading
 * is returned as text, because the status line already decided most outcomes.
 */
async function readBody(
  stream: AsyncIterable<Buffer> & { destroy(): unknown },
  context: TransportContext,
): Promise<{ body?: string; bodyError?: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= MAX_BODY_BYTES) {
        stream.destroy();
        break;
      }
    }
  } catch (error) {
    return { bodyError: describeSentFailure(error, context) };
  }
  return { body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString("utf8") };
}

function requestHeaders(options: Nx1ClientOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": options.userAgent ?? `nx1-migrate/${VERSION}`,
  };
  const { psk, token } = options.auth;
  if (psk) {
    headers["authorization-psk"] = headerSafe(psk, "auth.psk (NX1_API_KEY)");
  } else if (token) {
    headers.authorization = `Bearer ${headerSafe(token, "auth.token (NX1_TOKEN)")}`;
  }
  return headers;
}

/** Rejects values that cannot be sent in a header, without echoing the secret. */
function headerSafe(value: string, name: string): string {
  if (/[^\t\u0020-\u007e\u0080-\u00ff]/.test(value) || value.trim() !== value) {
    throw new Error(
      `${name} contains a line break, control character, non-Latin-1 character or surrounding whitespace; copy the value again without them`,
    );
  }
  return value;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number of milliseconds, not ${value}`);
  }
  return value;
}

function retryPolicy(retry: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(retry) };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1) {
    throw new Error(`retry.attempts must be a whole number of at least 1, not ${policy.attempts}`);
  }
  for (const name of ["baseDelayMs", "maxDelayMs"] as const) {
    if (!Number.isFinite(policy[name]) || policy[name] < 0) {
      throw new Error(
        `retry.${name} must be zero or a positive number of milliseconds, not ${policy[name]}`,
      );
    }
  }
  return policy;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
