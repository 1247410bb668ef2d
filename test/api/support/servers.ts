// Loopback servers that misbehave on purpose, for the client tests. Every
// server binds 127.0.0.1 on a free port and is closed by `stopAll`, which
// also destroys the connections it still holds.

import http from "node:http";
import net from "node:net";

import type { SubmitOutcome } from "../../../src/api/index.js";
import type { DataMigrationRunRequest } from "../../../src/generated/api-types.js";

export interface CapturedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface TestServer {
  port: number;
  /** Base URL of the server, such as http://127.0.0.1:40123. */
  url: string;
  /** Requests received, in order (HTTP servers only). */
  requests: CapturedRequest[];
  /** Connections accepted, including those that never sent a request. */
  connections: number;
}

type Closer = () => Promise<void>;
const closers: Closer[] = [];

/** Closes every server started since the last call. Use in afterEach. */
export async function stopAll(): Promise<void> {
  const pending = closers.splice(0);
  await Promise.all(pending.map((close) => close()));
}

function track(server: net.Server): { sockets: Set<net.Socket> } {
  const sockets = new Set<net.Socket>();
  server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // A test server must never crash the run because a client went away.
    socket.on("error", () => undefined);
  });
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { sockets };
}

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return (server.address() as net.AddressInfo).port;
}

export type HttpHandler = (
  request: CapturedRequest,
  response: http.ServerResponse,
  raw: http.IncomingMessage,
) => void;

/** Starts an HTTP server that records each request with its full body, then calls `handler`. */
export async function startHttpServer(handler: HttpHandler): Promise<TestServer> {
  const state: TestServer = { port: 0, url: "", requests: [], connections: 0 };
  const server = http.createServer((raw, response) => {
    const chunks: Buffer[] = [];
    raw.on("data", (chunk: Buffer) => chunks.push(chunk));
    raw.on("end", () => {
      const captured: CapturedRequest = {
        method: raw.method ?? "",
        url: raw.url ?? "",
        headers: raw.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      state.requests.push(captured);
      handler(captured, response, raw);
    });
  });
  server.on("connection", () => state.connections++);
  track(server);
  state.port = await listen(server);
  state.url = `http://127.0.0.1:${state.port}`;
  return state;
}

/**
 * Starts a TCP server that hands each connection to `onConnection`, for
 * failures an HTTP server cannot produce: silence, resets, garbage.
 */
export async function startTcpServer(
  onConnection: (socket: net.Socket) => void,
): Promise<TestServer> {
  const state: TestServer = { port: 0, url: "", requests: [], connections: 0 };
  const server = net.createServer((socket) => {
    state.connections++;
    onConnection(socket);
  });
  track(server);
  state.port = await listen(server);
  state.url = `http://127.0.0.1:${state.port}`;
  return state;
}

/** Returns a loopback port that was free a moment ago and has no listener now. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface TestProxy extends TestServer {
  /** Targets of CONNECT requests, as host:port. */
  tunnels: string[];
  /** Absolute-form request URLs forwarded as plain HTTP. */
  forwarded: string[];
}

/**
 * Starts a minimal forward proxy on loopback: CONNECT tunnels and
 * absolute-form plain-HTTP forwarding. It refuses any target that is not
 * 127.0.0.1, so a test can never reach another host through it.
 */
export async function startProxy(): Promise<TestProxy> {
  const state: TestProxy = {
    port: 0,
    url: "",
    requests: [],
    connections: 0,
    tunnels: [],
    forwarded: [],
  };
  const server = http.createServer((raw, response) => {
    const target = new URL(raw.url ?? "");
    state.forwarded.push(raw.url ?? "");
    if (target.hostname !== "127.0.0.1") {
      response.writeHead(403).end("test proxy forwards only to 127.0.0.1");
      return;
    }
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        method: raw.method,
        path: target.pathname + target.search,
        headers: raw.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.writeHead(502).end());
    raw.pipe(upstream);
  });
  server.on("connect", (raw: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = raw.url ?? "";
    state.tunnels.push(target);
    const [host, port] = target.split(":");
    if (host !== "127.0.0.1") {
      client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    const upstream = net.connect(Number(port), "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
  });
  server.on("connection", () => state.connections++);
  track(server);
  state.port = await listen(server);
  state.url = `http://127.0.0.1:${state.port}`;
  return state;
}

export const PSK = "psk-Zx81-secret-value";
export const TOKEN = "token-Qw77-secret-value";
export const S3_SECRET = 's3-secret-Vb63/value+with"quote';
export const S3_ACCESS = "AKIA-TEST-ACCESS-9981";
export const KINIT_PASSWORD = "kinit-password-Lm52";

/** Returns a valid request body that carries every kind of secret. */
export function sampleRequest(): DataMigrationRunRequest {
  return {
    source_format: "hdfs",
    migration_type: "data_hive_to_iceberg",
    default_s3_bucket: "lake-prod",
    tracking_database: "migration_tracking",
    tracking_location: "s3a://lake-prod/tracking",
    report_output_location: "s3a://lake-prod/reports",
    s3_access_key: S3_ACCESS,
    s3_secret_key: S3_SECRET,
    kinit_principal: "etl@EXAMPLE.COM",
    kinit_password: KINIT_PASSWORD,
    migration_tables: [{ database: "sales", table: "orders" }],
  };
}

/** Returns a response body that satisfies the contract. */
export function createdResponse(
  runId = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
): Record<string, unknown> {
  return {
    run_id: runId,
    status: "queued",
    migration_type: "data_hive_to_iceberg",
    dag_run_id: "dag-1",
    created_at: "2025-01-01T00:00:00Z",
  };
}

/** Sends a JSON body with the given status. */
export function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** A sleep stand-in that records each requested delay and returns at once. */
export function recordingSleep(): { delays: number[]; sleep: (ms: number) => Promise<void> } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms: number) => {
      delays.push(ms);
    },
  };
}

/** Proxy settings that ignore any proxy of the surrounding environment. */
export const NO_PROXY = { httpProxy: "", httpsProxy: "", noProxy: "" } as const;

/** Returns the reason or error text of an outcome, or "" for a created run. */
export function outcomeText(outcome: SubmitOutcome): string {
  if (outcome.kind === "rejected") return outcome.error;
  if (outcome.kind === "created") return "";
  return outcome.reason;
}
