// The client against a real loopback HTTP server that replies with each
// status the contract and the real world produce.

import { afterEach, describe, expect, it } from "vitest";

import {
  createNx1Client,
  retryMessage,
  type Nx1ClientOptions,
  type RetryEvent,
} from "../../src/api/index.js";
import { VERSION } from "../../src/version.js";
import {
  NO_PROXY,
  PSK,
  TOKEN,
  createdResponse,
  recordingSleep,
  sampleRequest,
  sendJson,
  startHttpServer,
  stopAll,
  type HttpHandler,
  outcomeText,
} from "./support/servers.js";

afterEach(stopAll);

async function clientFor(handler: HttpHandler, options: Partial<Nx1ClientOptions> = {}) {
  const server = await startHttpServer(handler);
  const recorder = recordingSleep();
  const client = createNx1Client({
    baseUrl: server.url,
    auth: { psk: PSK },
    proxy: NO_PROXY,
    sleep: recorder.sleep,
    timeoutMs: 2000,
    connectTimeoutMs: 1000,
    ...options,
  });
  return { server, client, delays: recorder.delays };
}

describe("submitRun responses", () => {
  it("returns created for a 201 with a valid body", async () => {
    const { server, client } = await clientFor((_request, response) =>
      sendJson(response, 201, createdResponse()),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({ kind: "created", response: createdResponse(), attempts: 1 });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/api/migration/data-migration/runs");
    expect(JSON.parse(request?.body ?? "")).toEqual(sampleRequest());
  });

  it("sends the PSK, content type and user agent", async () => {
    const { server, client } = await clientFor((_request, response) =>
      sendJson(response, 201, createdResponse()),
    );
    await client.submitRun(sampleRequest());
    await client.close();

    const headers = server.requests[0]?.headers ?? {};
    expect(headers["authorization-psk"]).toBe(PSK);
    expect(headers.authorization).toBeUndefined();
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["user-agent"]).toBe(`nx1-migrate/${VERSION}`);
    // One connection per request, closed after it.
    expect(headers.connection).toBe("close");
  });

  it("sends a bearer token when no PSK is set", async () => {
    const { server, client } = await clientFor(
      (_request, response) => sendJson(response, 201, createdResponse()),
      {
        auth: { token: TOKEN },
        userAgent: "custom-agent/1",
      },
    );
    await client.submitRun(sampleRequest());
    await client.close();

    const headers = server.requests[0]?.headers ?? {};
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers["authorization-psk"]).toBeUndefined();
    expect(headers["user-agent"]).toBe("custom-agent/1");
  });

  it("keeps a path prefix of the base URL", async () => {
    const { server, client } = await clientFor((_request, response) =>
      sendJson(response, 201, createdResponse()),
    );
    await client.close();
    const prefixed = createNx1Client({ baseUrl: `${server.url}/nx1/`, auth: {}, proxy: NO_PROXY });
    await prefixed.submitRun(sampleRequest());
    await prefixed.close();
    expect(server.requests[0]?.url).toBe("/nx1/api/migration/data-migration/runs");
  });

  it("returns unknown for a 201 without run_id", async () => {
    const { run_id: _unused, ...withoutId } = createdResponse();
    const { server, client } = await clientFor((_request, response) =>
      sendJson(response, 201, withoutId),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome.kind).toBe("unknown");
    expect(outcome).toMatchObject({ status: 201, attempts: 1 });
    expect(outcomeText(outcome)).toContain("run_id");
    expect(outcomeText(outcome)).toContain("the run may exist");
    expect(server.requests).toHaveLength(1);
  });

  it("returns unknown for a 201 with a body that is not JSON", async () => {
    const { client } = await clientFor((_request, response) =>
      response.writeHead(201).end("<html>ok</html>"),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "unknown",
      status: 201,
      reason: "HTTP 201 Created with a body that is not valid JSON; the run may exist",
      attempts: 1,
    });
  });

  it("returns rejected with the ErrorResponse of a 422", async () => {
    const { server, client } = await clientFor((_request, response) =>
      sendJson(response, 422, { error: "migration_tables must not be empty", code: 422 }),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "rejected",
      status: 422,
      error: "migration_tables must not be empty",
      code: 422,
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("summarises a FastAPI detail list of a 422", async () => {
    const { client } = await clientFor((_request, response) =>
      sendJson(response, 422, {
        detail: [
          {
            loc: ["body", "source_format"],
            msg: "Input should be 'mapr', 'hdfs' or 's3'",
            type: "enum",
          },
        ],
      }),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toMatchObject({ kind: "rejected", status: 422 });
    expect(outcomeText(outcome)).toBe("source_format: Input should be 'mapr', 'hdfs' or 's3'");
  });

  it("returns rejected with a hint for a bare 401", async () => {
    const { client } = await clientFor((_request, response) => response.writeHead(401).end());
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "rejected",
      status: 401,
      error: "HTTP 401 Unauthorized; check NX1_API_KEY or NX1_TOKEN",
      attempts: 1,
    });
  });

  it("returns rejected with the ErrorResponse of a 403", async () => {
    const { client } = await clientFor((_request, response) =>
      sendJson(response, 403, { error: "invalid PSK" }),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({ kind: "rejected", status: 403, error: "invalid PSK", attempts: 1 });
  });

  it("returns rejected with a one-line snippet of a text 404", async () => {
    const { client } = await clientFor((_request, response) =>
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not\nFound</h1>\n"),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "rejected",
      status: 404,
      error: "HTTP 404 Not Found: <h1>Not Found</h1>",
      attempts: 1,
    });
  });

  it("returns rejected for a redirect and does not follow it", async () => {
    const { server, client } = await clientFor((_request, response) =>
      response.writeHead(308, { location: "https://user:hunter2@nx1.example.com/api" }).end(),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome.kind).toBe("rejected");
    expect(outcomeText(outcome)).toBe(
      "HTTP 308 Permanent Redirect: redirected to https://***@nx1.example.com/api; set NX1_API_URL to the address the API answers at",
    );
    expect(server.requests).toHaveLength(1);
  });

  it("returns unknown for a 500 and never retries it", async () => {
    const { server, client } = await clientFor((_request, response) =>
      sendJson(response, 500, { error: "database unavailable", code: 500 }),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "unknown",
      status: 500,
      reason: "HTTP 500 Internal Server Error: database unavailable; the run may exist",
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("returns unknown for a 503 without Retry-After", async () => {
    const { server, client } = await clientFor((_request, response) =>
      response.writeHead(503).end(),
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "unknown",
      status: 503,
      reason: "HTTP 503 Service Unavailable; the run may exist",
      attempts: 1,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a 503 with Retry-After, then succeeds", async () => {
    let count = 0;
    const { server, client, delays } = await clientFor((_request, response) => {
      count++;
      if (count === 1) response.writeHead(503, { "retry-after": "2" }).end();
      else sendJson(response, 201, createdResponse("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"));
    });
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toMatchObject({ kind: "created", attempts: 2 });
    expect(delays).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it("retries a 429 honouring an HTTP-date Retry-After", async () => {
    let count = 0;
    const { client, delays } = await clientFor((_request, response) => {
      count++;
      const date = new Date(Date.now() + 5000).toUTCString();
      if (count === 1) response.writeHead(429, { "retry-after": date }).end();
      else sendJson(response, 201, createdResponse());
    });
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toMatchObject({ kind: "created", attempts: 2 });
    expect(delays).toHaveLength(1);
    // An HTTP date has one-second resolution and the clock moves on.
    expect(delays[0]).toBeGreaterThanOrEqual(3000);
    expect(delays[0]).toBeLessThanOrEqual(5000);
  });

  it("caps Retry-After at maxDelayMs", async () => {
    let count = 0;
    const { client, delays } = await clientFor(
      (_request, response) => {
        count++;
        if (count === 1) response.writeHead(429, { "retry-after": "3600" }).end();
        else sendJson(response, 201, createdResponse());
      },
      { retry: { maxDelayMs: 750 } },
    );
    await client.submitRun(sampleRequest());
    await client.close();
    expect(delays).toEqual([750]);
  });

  it("returns not-sent after 429 on every attempt", async () => {
    const events: string[] = [];
    const { server, client, delays } = await clientFor(
      (_request, response) => response.writeHead(429).end(),
      {
        retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000 },
        onRetry: (event) => events.push(`${event.attempt}:${event.reason}`),
      },
    );
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "not-sent",
      reason: "HTTP 429 Too Many Requests; gave up after 3 attempts",
      attempts: 3,
    });
    expect(server.requests).toHaveLength(3);
    expect(events).toEqual(["1:HTTP 429 Too Many Requests", "2:HTTP 429 Too Many Requests"]);
    // Equal jitter: retry n waits between half and all of base * 2^(n-1).
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[0]).toBeLessThanOrEqual(100);
    expect(delays[1]).toBeGreaterThanOrEqual(100);
    expect(delays[1]).toBeLessThanOrEqual(200);
  });

  it("names labeled requests in retry events", async () => {
    const events: RetryEvent[] = [];
    const { client } = await clientFor((_request, response) => response.writeHead(429).end(), {
      retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 10 },
      onRetry: (event) => events.push(event),
    });
    await client.submitRun(sampleRequest(), { label: "orders-2024" });
    await client.submitRun(sampleRequest());
    await client.close();

    expect(events.map((event) => event.label)).toEqual(["orders-2024", undefined]);
    expect(retryMessage(events[0]!)).toMatch(
      /^retrying orders-2024 in \d+ ms after attempt 1: HTTP 429 Too Many Requests$/,
    );
    expect(retryMessage(events[1]!)).toMatch(
      /^retrying in \d+ ms after attempt 1: HTTP 429 Too Many Requests$/,
    );
  });

  it("rejects submitRun after close", async () => {
    const { client } = await clientFor((_request, response) =>
      sendJson(response, 201, createdResponse()),
    );
    await client.close();
    await expect(client.submitRun(sampleRequest())).rejects.toThrow(
      "submitRun called after close()",
    );
  });
});
