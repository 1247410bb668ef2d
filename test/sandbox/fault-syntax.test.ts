import { describe, expect, it } from "vitest";
import { parseFaultArgument } from "../../src/sandbox/fault-syntax.js";
import { FaultSpecError } from "../../src/sandbox/faults.js";
import { isLoopbackHost } from "../../src/sandbox/loopback.js";

describe("parseFaultArgument", () => {
  it.each([
    ["latency=200", { kind: "latency", ms: 200 }],
    ["status=503", { kind: "status", status: 503 }],
    ["status=429:retry-after=2", { kind: "status", status: 429, retryAfter: 2 }],
    ["status=500:times=3", { kind: "status", status: 500, times: 3 }],
    ["reset-before-create", { kind: "reset-before-create" }],
    ["reset-after-create:probability=0.25", { kind: "reset-after-create", probability: 0.25 }],
    ["hang", { kind: "hang" }],
    ["hang=body", { kind: "hang", during: "body" }],
    ["invalid-json:times=1", { kind: "invalid-json", times: 1 }],
    ["missing-run-id", { kind: "missing-run-id" }],
    ["latency=0:times=2:probability=1", { kind: "latency", ms: 0, times: 2, probability: 1 }],
  ])("parses %s", (text, expected) => {
    expect(parseFaultArgument(text)).toEqual(expected);
  });

  it.each([
    [
      "latency",
      'invalid --fault "latency": expected latency=MS, such as latency=200, got no value',
    ],
    ["latency=fast", 'expected latency=MS, such as latency=200, got "fast"'],
    ["latency=1.5", "latency must be an integer from 0 to 2147483647, got 1.5"],
    ["status=404", "status must be one of 500, 502, 503, 429, got 404"],
    ["status", "expected status=CODE"],
    ["latency=5:retry-after=1", "retry-after applies only to status faults"],
    ["hang=forever", 'hang must be "headers" or "body", got "forever"'],
    ["invalid-json=1", "invalid-json takes no value; write invalid-json"],
    ["missing-run-id:count=2", 'unknown option "count"'],
    ["reset-after-create:times=0", "times must be an integer from 1"],
    ["reset-after-create:probability=2", "probability must be a number from 0 to 1, got 2"],
    ["reset-after-create:times", "expected times=3, got no value"],
    ["", "kind must be one of latency, status"],
  ])("rejects %j", (text, message) => {
    expect(() => parseFaultArgument(text)).toThrow(FaultSpecError);
    expect(() => parseFaultArgument(text)).toThrow(message);
  });
});

describe("isLoopbackHost", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "localhost",
    "LOCALHOST",
    "::1",
    "[::1]",
    "0:0:0:0:0:0:0:1",
    "::ffff:127.0.0.1",
  ])("accepts %s", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    "0.0.0.0",
    "::",
    "10.0.0.1",
    "128.0.0.1",
    "::ffff:10.0.0.1",
    "::2",
    "example.com",
    "localhost.example.com",
    "127.0.0.1.example.com",
    "",
  ])("rejects %s", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
