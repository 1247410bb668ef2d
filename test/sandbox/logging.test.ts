import { afterEach, describe, expect, it } from "vitest";
import { formatLogLine } from "../../src/sandbox/request-log.js";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox/server.js";
import { failure, postRun, RUNS_URL_PATH, send, validRequest } from "./http-client.js";

const PSK = "psk-value-never-logged";
const TOKEN = "bearer-value-never-logged";
const SECRETS = {
  s3_access_key: "access-key-never-logged",
  s3_secret_key: "secret-key-never-logged",
  kinit_password: "kinit-password-never-logged",
};

const started: Sandbox[] = [];

async function loggingSandbox(
  options: SandboxOptions = {},
): Promise<{ sandbox: Sandbox; lines: string[] }> {
  const lines: string[] = [];
  const sandbox = await startSandbox({
    psk: PSK,
    bearerTokens: [TOKEN],
    log: (line) => lines.push(line),
    ...options,
  });
  started.push(sandbox);
  return { sandbox, lines };
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

/** Log lines are written on the response's close event, which can follow the client's end by a tick. */
async function settle(lines: string[], count: number): Promise<void> {
  for (let attempt = 0; attempt < 100 && lines.length < count; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("request log", () => {
  it("writes one line per request", async () => {
    const { sandbox, lines } = await loggingSandbox();
    const result = await postRun(sandbox.url, validRequest(), {
      headers: { "content-type": "application/json", "authorization-psk": PSK },
    });
    await settle(lines, 1);
    const runId = JSON.parse(result.text).run_id;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^POST ${RUNS_URL_PATH} 201 run_id=${runId} \\d+ms$`));
  });

  it("logs rejected requests without a run id", async () => {
    const { sandbox, lines } = await loggingSandbox();
    await send(sandbox.url, "/missing");
    await settle(lines, 1);
    expect(lines[0]).toMatch(/^GET \/missing 404 run_id=- \d+ms$/);
  });

  it("names the faults that applied", async () => {
    const { sandbox, lines } = await loggingSandbox({
      faults: [
        { kind: "latency", ms: 1 },
        { kind: "status", status: 503 },
      ],
    });
    await postRun(sandbox.url, validRequest(), {
      headers: { "content-type": "application/json", "authorization-psk": PSK },
    });
    await settle(lines, 1);
    expect(lines[0]).toMatch(/ 503 run_id=- \d+ms faults=latency,status-503$/);
  });

  it("logs a reset as no-response", async () => {
    const { sandbox, lines } = await loggingSandbox({ faults: [{ kind: "reset-after-create" }] });
    await failure(
      postRun(sandbox.url, validRequest(), {
        headers: { "content-type": "application/json", "authorization-psk": PSK },
      }),
    );
    await settle(lines, 1);
    const runId = sandbox.runs()[0]?.response.run_id;
    expect(lines[0]).toMatch(
      new RegExp(`no-response run_id=${runId} \\d+ms faults=reset-after-create$`),
    );
  });

  it("marks a cut-off body as incomplete", async () => {
    const { sandbox, lines } = await loggingSandbox({ faults: [{ kind: "hang", during: "body" }] });
    const pending = failure(
      postRun(sandbox.url, validRequest(), {
        headers: { "content-type": "application/json", "authorization-psk": PSK },
      }),
    );
    for (let attempt = 0; attempt < 100 && sandbox.runs().length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await sandbox.close();
    await pending;
    await settle(lines, 1);
    expect(lines[0]).toMatch(/ 201-incomplete run_id=\S+ \d+ms faults=hang$/);
  });

  it("logs a client that leaves mid-body", async () => {
    const { sandbox, lines } = await loggingSandbox();
    const { connect } = await import("node:net");
    const socket = connect(sandbox.port, "127.0.0.1");
    socket.write(
      `POST ${RUNS_URL_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Authorization-PSK: ${PSK}\r\nContent-Length: 100\r\n\r\n{"source_format"`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await settle(lines, 1);
    expect(lines[0]).toMatch(/ no-response run_id=- \d+ms error="/);
    expect(lines[0]).not.toContain(PSK);
  });

  it("contains no credential or secret field", async () => {
    const { sandbox, lines } = await loggingSandbox();
    const body = validRequest(SECRETS);
    await postRun(sandbox.url, body, {
      headers: { "content-type": "application/json", "authorization-psk": PSK },
    });
    await postRun(sandbox.url, body, {
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    });
    await postRun(
      sandbox.url,
      { ...body, migration_type: "bad" },
      {
        headers: { "content-type": "application/json", "authorization-psk": PSK },
      },
    );
    await postRun(sandbox.url, body, {
      headers: { "content-type": "application/json", "authorization-psk": `${PSK}-wrong` },
    });
    await send(sandbox.url, `${RUNS_URL_PATH}?token=${TOKEN}`, {
      method: "POST",
      headers: { "content-type": "application/json", "authorization-psk": PSK },
      body: JSON.stringify(body),
    });
    await settle(lines, 5);

    expect(lines).toHaveLength(5);
    const text = lines.join("\n");
    for (const secret of [PSK, TOKEN, ...Object.values(SECRETS)]) {
      expect(text).not.toContain(secret);
    }
  });

  it("encodes control characters in the path", () => {
    // Node's HTTP parser already rejects such targets with 400, so call the formatter directly.
    const line = formatLogLine(
      { method: "GET", path: "/a\nPOST /forged 201 \u00e9", startedAt: 0, faults: [] },
      "404",
      5,
    );
    expect(line).not.toContain("\n");
    expect(line).toBe("GET /a%0APOST%20/forged%20201%20%C3%A9 404 run_id=- 5ms");
  });
});
