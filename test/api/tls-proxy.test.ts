// TLS trust and proxies: a self-signed HTTPS server on loopback, trusted only
// through NODE_EXTRA_CA_CERTS, and a small CONNECT/forward proxy on loopback.

import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { clientOptionsFromEnv, createNx1Client, type SubmitOutcome } from "../../src/api/index.js";
import {
  NO_PROXY,
  PSK,
  closedPort,
  createdResponse,
  sampleRequest,
  sendJson,
  startHttpServer,
  startProxy,
  startTcpServer,
  stopAll,
  outcomeText,
} from "./support/servers.js";

const run = promisify(execFile);
const repositoryRoot = resolve(import.meta.dirname, "../..");
const childScript = join(import.meta.dirname, "support/submit-child.ts");

function opensslAvailable(): boolean {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const hasOpenssl = opensslAvailable();

afterEach(stopAll);

describe("proxy", () => {
  it("forwards a plain-http request through HTTP_PROXY", async () => {
    const api = await startHttpServer((_request, response) =>
      sendJson(response, 201, createdResponse()),
    );
    const proxy = await startProxy();
    const options = clientOptionsFromEnv({
      NX1_API_URL: api.url,
      NX1_API_KEY: PSK,
      HTTP_PROXY: proxy.url,
    });
    const client = createNx1Client({ ...options, retry: { attempts: 1 } });
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toMatchObject({ kind: "created", attempts: 1 });
    expect(proxy.forwarded).toEqual([`${api.url}/api/migration/data-migration/runs`]);
    expect(api.requests[0]?.headers["authorization-psk"]).toBe(PSK);
  });

  it("bypasses the proxy for a NO_PROXY host", async () => {
    const api = await startHttpServer((_request, response) =>
      sendJson(response, 201, createdResponse()),
    );
    const deadProxy = `http://127.0.0.1:${await closedPort()}`;
    const options = clientOptionsFromEnv({
      NX1_API_URL: api.url,
      HTTP_PROXY: deadProxy,
      NO_PROXY: "localhost,127.0.0.1",
    });
    const client = createNx1Client({ ...options, retry: { attempts: 1 } });
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toMatchObject({ kind: "created" });
  });

  it("reports a refused proxy as not-sent, naming the proxy", async () => {
    const api = await startHttpServer((_request, response) =>
      sendJson(response, 201, createdResponse()),
    );
    const proxyPort = await closedPort();
    const client = createNx1Client({
      baseUrl: api.url,
      auth: {},
      proxy: { ...NO_PROXY, httpProxy: `http://127.0.0.1:${proxyPort}` },
      retry: { attempts: 2, baseDelayMs: 1 },
    });
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "not-sent",
      reason: `connection refused by 127.0.0.1:${proxyPort}; gave up after 2 attempts`,
      attempts: 2,
    });
    expect(api.requests).toHaveLength(0);
  });

  it("reports a proxy that never answers CONNECT as not-sent", async () => {
    const silentProxy = await startTcpServer(() => undefined);
    const client = createNx1Client({
      baseUrl: "https://127.0.0.1:9",
      auth: {},
      proxy: { ...NO_PROXY, httpsProxy: silentProxy.url },
      connectTimeoutMs: 200,
      retry: { attempts: 1 },
    });
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome).toEqual({
      kind: "not-sent",
      reason:
        "timed out after 1400 ms before the request was sent to 127.0.0.1:9 (slow proxy or connection); gave up after 1 attempt",
      attempts: 1,
    });
    expect(silentProxy.connections).toBe(1);
  });

  it("rejects a proxy URL that is not http(s)", () => {
    expect(() =>
      createNx1Client({
        baseUrl: "https://nx1.example.com",
        auth: {},
        proxy: { httpsProxy: "socks5://user:pw@127.0.0.1:1080" },
      }),
    ).toThrow('HTTPS_PROXY is not an http(s) proxy URL: "socks5://***@127.0.0.1:1080"');
  });
});

describe.skipIf(!hasOpenssl)("TLS with a self-signed certificate", () => {
  let folder = "";
  let certificateFile = "";
  let apiUrl = "";
  let server: https.Server | undefined;
  let requestCount = 0;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "nx1-tls-"));
    certificateFile = join(folder, "cert.pem");
    const keyFile = join(folder, "key.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        keyFile,
        "-out",
        certificateFile,
      ],
      { stdio: "ignore" },
    );
    server = https.createServer(
      { key: readFileSync(keyFile), cert: readFileSync(certificateFile) },
      (request, response) => {
        requestCount++;
        request.resume();
        request.on("end", () => sendJson(response, 201, createdResponse()));
      },
    );
    await new Promise<void>((done) => server?.listen(0, "127.0.0.1", () => done()));
    apiUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    rmSync(folder, { recursive: true, force: true });
  });

  async function submitInChild(env: Record<string, string>): Promise<SubmitOutcome> {
    const { stdout } = await run(process.execPath, ["--import", "tsx", childScript], {
      cwd: repositoryRoot,
      // A clean environment, so that no proxy or CA of the developer's shell applies.
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NX1_API_KEY: PSK, ...env },
      timeout: 20_000,
    });
    return JSON.parse(stdout.trim().split("\n").pop() ?? "") as SubmitOutcome;
  }

  it("fails the handshake as not-sent without the CA", async () => {
    const before = requestCount;
    const client = createNx1Client({
      baseUrl: apiUrl,
      auth: {},
      proxy: NO_PROXY,
      retry: { attempts: 1 },
    });
    const outcome = await client.submitRun(sampleRequest());
    await client.close();

    expect(outcome.kind).toBe("not-sent");
    expect(outcomeText(outcome)).toMatch(
      /^TLS handshake with 127\.0\.0\.1:\d+ failed: .*self[- ]signed.* \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\); gave up after 1 attempt$/,
    );
    expect(requestCount).toBe(before);
  });

  it("trusts the server through NODE_EXTRA_CA_CERTS", async () => {
    const before = requestCount;
    const outcome = await submitInChild({
      NX1_API_URL: apiUrl,
      NODE_EXTRA_CA_CERTS: certificateFile,
    });

    expect(outcome).toMatchObject({ kind: "created", attempts: 1 });
    expect(requestCount).toBe(before + 1);
  });

  it("tunnels through HTTPS_PROXY with CONNECT", async () => {
    const proxy = await startProxy();
    const outcome = await submitInChild({
      NX1_API_URL: apiUrl,
      NODE_EXTRA_CA_CERTS: certificateFile,
      HTTPS_PROXY: proxy.url,
    });

    expect(outcome).toMatchObject({ kind: "created", attempts: 1 });
    expect(proxy.tunnels).toEqual([new URL(apiUrl).host]);
  });
});
