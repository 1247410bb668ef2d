// Backoff delays, Retry-After parsing and the classification of transport errors.

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { DEFAULT_RETRY_POLICY, parseRetryAfterMs, retryDelayMs } from "../../src/api/retry.js";
import { classifyTransportError, type TransportContext } from "../../src/api/transport-error.js";

describe("retryDelayMs", () => {
  it("stays within half and all of the exponential step", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, r) => {
          const step = Math.min(30_000, 500 * 2 ** (retry - 1));
          const delay = retryDelayMs(retry, DEFAULT_RETRY_POLICY, undefined, () => r);
          return delay >= step / 2 - 1 && delay <= step;
        },
      ),
    );
  });

  it("uses Retry-After over the backoff, capped", () => {
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, 1200)).toBe(1200);
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, 120_000)).toBe(30_000);
    expect(retryDelayMs(1, DEFAULT_RETRY_POLICY, 0)).toBe(0);
  });
});

describe("parseRetryAfterMs", () => {
  const now = Date.parse("2025-03-01T12:00:00Z");

  it("reads delay-seconds", () => {
    expect(parseRetryAfterMs("120", now)).toBe(120_000);
    expect(parseRetryAfterMs(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date", () => {
    expect(parseRetryAfterMs("Sat, 01 Mar 2025 12:00:30 GMT", now)).toBe(30_000);
  });

  it("returns 0 for a date in the past", () => {
    expect(parseRetryAfterMs("Sat, 01 Mar 2025 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores malformed values", () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs("-5", now)).toBeUndefined();
    expect(parseRetryAfterMs("1.5", now)).toBeUndefined();
    expect(parseRetryAfterMs("soon", now)).toBeUndefined();
  });
});

describe("classifyTransportError", () => {
  const context: TransportContext = {
    requestStarted: false,
    startDeadlineExpired: false,
    target: "nx1.example.com:443",
    timeoutMs: 30_000,
    connectTimeoutMs: 10_000,
    startDeadlineMs: 21_000,
  };
  const error = (code: string, message: string) => Object.assign(new Error(message), { code });

  it("never calls a started request not-sent, whatever the code", () => {
    for (const code of [
      "ECONNREFUSED",
      "ENOTFOUND",
      "UND_ERR_CONNECT_TIMEOUT",
      "ECONNRESET",
      "UND_ERR_INVALID_ARG",
    ]) {
      const failure = classifyTransportError(error(code, code), {
        ...context,
        requestStarted: true,
      });
      expect(failure.kind, code).toBe("unknown");
    }
  });

  it("does not retry a local argument error", () => {
    const failure = classifyTransportError(error("UND_ERR_INVALID_ARG", "invalid header"), context);
    expect(failure).toEqual({
      kind: "not-sent",
      retryable: false,
      reason:
        "request to nx1.example.com:443 failed before it was sent: invalid header (UND_ERR_INVALID_ARG)",
    });
  });

  it("describes a proxy that refused the tunnel", () => {
    const failure = classifyTransportError(
      error("UND_ERR_ABORTED", "Proxy response (403) !== 200 when HTTP Tunneling"),
      context,
    );
    expect(failure).toEqual({
      kind: "not-sent",
      retryable: true,
      reason:
        "proxy refused the tunnel to nx1.example.com:443: Proxy response (403) !== 200 when HTTP Tunneling",
    });
  });
});
