// The client against loopback servers that fail below HTTP: refused, silent,
// reset, closed and garbled connections. Each case checks the outcome kind,
// the reason, and how many times the server saw the request, because a
// retry after the request was written could start a second run.

import type { LookupFunction } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { createNx1Client, type Nx1ClientOptions } from "../../src/api/index.js";
import {
  NO_PROXY,
  PSK,
  closedPort,
  createdResponse,
  recordingSleep,
  sampleRequest,
  startTcpServer,
  stopAll,
  outcomeText,
} from "./support/servers.js";

afterEach(stopAll);

const TIMEOUT_MS = 300;

function client(baseUrl: string, options: Partial<Nx1ClientOptions> = {}) {
  const recorder = recordingSleep();
  const instance = createNx1Client({
    baseUrl,
    auth: { psk: PSK },
    proxy: NO_PROXY,
    sleep: recorder.sleep,
    timeoutMs: TIMEOUT_MS,
    connectTimeoutMs: TIMEOUT_MS,
    retry: { baseDelayMs: 100, maxDelayMs: 1000 },
    ...options,
  });
  return { client: instance, delays: recorder.delays };
}

/** Reads one HTTP request head and body from a raw socket, then calls `then`. */
function afterRequest(socket: import("node:net").Socket, then: () => void): void {
  let data = "";
  socket.on("data", (chunk: Buffer) => {
    data += chunk.toString("latin1");
    const end = data.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/content-length: (\d+)/i.exec(data)?.[1] ?? 0);
    if (data.length - end - 4 >= length) {
      socket.removeAllListeners("data");
      then();
    }
  });
}

const CREATED_HTTP = (() => {
  const body = JSON.stringify(createdResponse());
  return `HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`;
})();

describe("submitRun before the request is sent", () => {
  it("retries a refused connection, then gives up as not-sent", async () => {
    const port = await closedPort();
    const { client: nx1, delays } = client(`http://127.0.0.1:${port}`);
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toEqual({
      kind: "not-sent",
      reason: `connection refused by 127.0.0.1:${port}; gave up after 4 attempts`,
      attempts: 4,
    });
    expect(delays).toHaveLength(3);
    const bounds = [
      [50, 100],
      [100, 200],
      [200, 400],
    ];
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(bounds[index]?.[0] ?? 0);
      expect(delay).toBeLessThanOrEqual(bounds[index]?.[1] ?? 0);
    });
  });

  it("treats a silent TLS handshake as a connect timeout", async () => {
    const server = await startTcpServer(() => undefined);
    const { client: nx1 } = client(`https://127.0.0.1:${server.port}`, {
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toEqual({
      kind: "not-sent",
      reason: `timed out after ${TIMEOUT_MS} ms connecting to 127.0.0.1:${server.port}; gave up after 2 attempts`,
      attempts: 2,
    });
    expect(server.connections).toBe(2);
  });

  it("retries a reset during the TLS handshake", async () => {
    const server = await startTcpServer((socket) =>
      socket.once("data", () => socket.resetAndDestroy()),
    );
    const { client: nx1 } = client(`https://127.0.0.1:${server.port}`, {
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome.kind).toBe("not-sent");
    expect(outcome).toMatchObject({ attempts: 2 });
    expect(outcomeText(outcome)).toMatch(/reset before the request was sent|TLS handshake/);
    expect(server.connections).toBe(2);
  });

  it("retries a failed DNS lookup, then succeeds", async () => {
    const server = await startTcpServer((socket) =>
      afterRequest(socket, () => socket.end(CREATED_HTTP)),
    );
    let lookups = 0;
    const lookup: LookupFunction = (hostname, options, callback) => {
      lookups++;
      if (lookups === 1) {
        const error = Object.assign(new Error(`getaddrinfo EAI_AGAIN ${hostname}`), {
          code: "EAI_AGAIN",
          syscall: "getaddrinfo",
          hostname,
        });
        callback(error, "", 0);
        return;
      }
      if (options.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
      else callback(null, "127.0.0.1", 4);
    };
    const events: string[] = [];
    const { client: nx1, delays } = client(`http://nx1.test:${server.port}`, {
      lookup,
      onRetry: (event) => events.push(event.reason),
    });
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toMatchObject({ kind: "created", attempts: 2 });
    expect(events).toEqual(["DNS lookup of nx1.test failed temporarily (EAI_AGAIN)"]);
    expect(delays).toHaveLength(1);
    expect(server.connections).toBe(1);
  });

  it("gives up on a host that does not resolve", async () => {
    const lookup: LookupFunction = (hostname, _options, callback) => {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
        code: "ENOTFOUND",
        syscall: "getaddrinfo",
        hostname,
      });
      callback(error, "", 0);
    };
    const { client: nx1 } = client("https://nx1.test", {
      lookup,
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toEqual({
      kind: "not-sent",
      reason: "DNS lookup of nx1.test failed (ENOTFOUND); gave up after 2 attempts",
      attempts: 2,
    });
  });
});

describe("submitRun after the request is sent", () => {
  it("returns unknown when no response comes in time", async () => {
    const server = await startTcpServer((socket) => afterRequest(socket, () => undefined));
    const { client: nx1, delays } = client(server.url);
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toEqual({
      kind: "unknown",
      reason: `timed out after ${TIMEOUT_MS} ms waiting for the response; the run may exist`,
      attempts: 1,
    });
    expect(server.connections).toBe(1);
    expect(delays).toEqual([]);
  });

  it("returns unknown when the body stalls", async () => {
    const server = await startTcpServer((socket) =>
      afterRequest(socket, () =>
        socket.write('HTTP/1.1 201 Created\r\ncontent-length: 500\r\n\r\n{"run_id":'),
      ),
    );
    const { client: nx1 } = client(server.url);
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toEqual({
      kind: "unknown",
      status: 201,
      reason: `HTTP 201 Created, then timed out after ${TIMEOUT_MS} ms reading the response body; the run may exist`,
      attempts: 1,
    });
    expect(server.connections).toBe(1);
  });

  it("returns unknown when the server closes without answering", async () => {
    const server = await startTcpServer((socket) => afterRequest(socket, () => socket.end()));
    const { client: nx1 } = client(server.url);
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toEqual({
      kind: "unknown",
      reason: `connection closed by 127.0.0.1:${server.port} before the response was complete; the run may exist`,
      attempts: 1,
    });
    expect(server.connections).toBe(1);
  });

  it("returns unknown when the server resets after the request", async () => {
    const server = await startTcpServer((socket) =>
      afterRequest(socket, () => socket.resetAndDestroy()),
    );
    const { client: nx1 } = client(server.url);
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome.kind).toBe("unknown");
    expect(outcome.attempts).toBe(1);
    expect(outcomeText(outcome)).toMatch(
      /^connection (reset|closed) by 127\.0\.0\.1:\d+ (after the request was sent|before the response was complete); the run may exist$/,
    );
    expect(server.connections).toBe(1);
  });

  it("returns unknown when the body is cut short", async () => {
    const server = await startTcpServer((socket) =>
      afterRequest(socket, () =>
        socket.end('HTTP/1.1 201 Created\r\ncontent-length: 500\r\n\r\n{"run_id":'),
      ),
    );
    const { client: nx1 } = client(server.url);
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome).toEqual({
      kind: "unknown",
      status: 201,
      reason: `HTTP 201 Created, then connection closed by 127.0.0.1:${server.port} before the response was complete; the run may exist`,
      attempts: 1,
    });
  });

  it("returns unknown for a response that is not HTTP", async () => {
    const server = await startTcpServer((socket) =>
      afterRequest(socket, () => socket.end("SSH-2.0-OpenSSH_9.0\r\n\r\n")),
    );
    const { client: nx1 } = client(server.url);
    const outcome = await nx1.submitRun(sampleRequest());
    await nx1.close();

    expect(outcome.kind).toBe("unknown");
    expect(outcomeText(outcome)).toMatch(
      new RegExp(
        `^invalid HTTP response from 127\\.0\\.0\\.1:${server.port} \\(.+\\); the run may exist$`,
      ),
    );
    expect(server.connections).toBe(1);
  });
});
