// Prism (a mock built from schemas/nx1-openapi.yaml) and the sandbox must
// agree on accept versus reject for every body in corpus/, so that the
// sandbox can stand in for the platform in tests. The exact statuses are
// pinned too, as measured with Prism 5.14.2, so a change in either server
// shows up here first.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateError, validateResponse } from "../../src/generated/validators.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { postRun, send, RUNS_URL_PATH, type HttpResult } from "../sandbox/http-client.js";
import { REPO_ROOT, startPrism, type PrismMock } from "./prism.js";

const CORPUS_DIR = join(REPO_ROOT, "test/contract/corpus");
const CORPUS = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith(".json"))
  .sort();
const PSK = "contract-test-psk";
const HEADERS = { "content-type": "application/json", "authorization-psk": PSK };

/** Expected statuses per file name prefix. */
const EXPECTED: Record<string, { prism: number; sandbox: number }> = {
  accept: { prism: 201, sandbox: 201 },
  reject: { prism: 422, sandbox: 422 },
};

let prism: PrismMock;
let sandbox: Sandbox;

beforeAll(async () => {
  [prism, sandbox] = await Promise.all([startPrism(), startSandbox({ psk: PSK })]);
});

afterAll(async () => {
  await Promise.all([prism?.stop(), sandbox?.close()]);
});

function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

/** Sends the same request to both servers. */
async function both(
  send: (baseUrl: string) => Promise<HttpResult>,
): Promise<{ prism: HttpResult; sandbox: HttpResult }> {
  const [fromPrism, fromSandbox] = await Promise.all([send(prism.url), send(sandbox.url)]);
  return { prism: fromPrism, sandbox: fromSandbox };
}

describe("corpus", () => {
  it("has at least 25 bodies with a known prefix", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
    for (const name of CORPUS) expect(Object.keys(EXPECTED)).toContain(name.split("-")[0]);
  });

  it.each(CORPUS)("%s", async (name) => {
    const body = readFileSync(join(CORPUS_DIR, name), "utf8");
    const expected = EXPECTED[name.split("-")[0] as string];
    const results = await both((url) => postRun(url, body, { headers: HEADERS }));

    expect(results.prism.status, results.prism.headers["sl-violations"] as string).toBe(
      expected?.prism,
    );
    expect(results.sandbox.status, results.sandbox.text).toBe(expected?.sandbox);
    if (expected?.prism === expected?.sandbox) {
      expect(statusClass(results.sandbox.status)).toBe(statusClass(results.prism.status));
    }
  });

  it("gets contract-valid 201 bodies from both", async () => {
    const body = readFileSync(join(CORPUS_DIR, "accept-every-top-level-field.json"), "utf8");
    const results = await both((url) => postRun(url, body, { headers: HEADERS }));
    expect(validateResponse(JSON.parse(results.prism.text))).toBe(true);
    expect(validateResponse(JSON.parse(results.sandbox.text))).toBe(true);
  });

  it("gets ErrorResponse 422 bodies from both", async () => {
    const body = readFileSync(join(CORPUS_DIR, "reject-unknown-source-format.json"), "utf8");
    const results = await both((url) => postRun(url, body, { headers: HEADERS }));
    expect(validateError(JSON.parse(results.prism.text))).toBe(true);
    expect(validateError(JSON.parse(results.sandbox.text))).toBe(true);
  });
});

describe("transport cases", () => {
  const valid = readFileSync(join(CORPUS_DIR, "accept-required-fields-only.json"), "utf8");

  // [case, request, Prism status, sandbox status]: both must fall in the same class.
  const cases: [string, (url: string) => Promise<HttpResult>, number, number][] = [
    ["malformed JSON", (url) => postRun(url, '{"source_format": ', { headers: HEADERS }), 400, 400],
    // Prism reports an empty body as a missing required body (422), the sandbox as invalid JSON (400).
    ["empty body", (url) => postRun(url, "", { headers: HEADERS }), 422, 400],
    // Prism reports a 415 violation but responds with the operation's declared 422.
    [
      "text/plain content type",
      (url) => postRun(url, valid, { headers: { ...HEADERS, "content-type": "text/plain" } }),
      422,
      400,
    ],
    [
      "no credentials",
      (url) => postRun(url, valid, { headers: { "content-type": "application/json" } }),
      401,
      401,
    ],
    [
      "unknown path",
      (url) => send(url, "/api/migration/runs", { method: "POST", headers: HEADERS }),
      404,
      404,
    ],
    ["GET on the runs path", (url) => send(url, RUNS_URL_PATH, { headers: HEADERS }), 405, 405],
  ];

  it.each(cases)("%s", async (_name, request, prismStatus, sandboxStatus) => {
    const results = await both(request);
    expect(results.prism.status).toBe(prismStatus);
    expect(results.sandbox.status).toBe(sandboxStatus);
    expect(statusClass(results.sandbox.status)).toBe(statusClass(results.prism.status));
  });

  // Prism accepts any bearer token, but the sandbox accepts only a configured one.
  it("accepts a configured bearer token", async () => {
    const tokenSandbox = await startSandbox({ bearerTokens: ["any-token"] });
    try {
      const headers = { "content-type": "application/json", authorization: "Bearer any-token" };
      const [fromPrism, fromSandbox] = await Promise.all([
        postRun(prism.url, valid, { headers }),
        postRun(tokenSandbox.url, valid, { headers }),
      ]);
      expect(fromPrism.status).toBe(201);
      expect(fromSandbox.status).toBe(201);
    } finally {
      await tokenSandbox.close();
    }
  });
});
