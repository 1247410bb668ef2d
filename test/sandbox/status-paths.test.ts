import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateError, validateResponse } from "../../src/generated/validators.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { postRun, RUNS_URL_PATH, send, TEST_PSK, validRequest } from "./http-client.js";

const JSON_HEADERS = { "content-type": "application/json", "authorization-psk": TEST_PSK };

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ psk: TEST_PSK, maxBodyBytes: 64 * 1024 });
});

afterAll(async () => {
  await sandbox.close();
});

function expectErrorResponse(text: string, status: number): { error: string; code: number } {
  const body = JSON.parse(text) as { error: string; code: number };
  expect(validateError(body)).toBe(true);
  expect(body.code).toBe(status);
  return body;
}

describe("201 created", () => {
  it("returns a contract-valid response", async () => {
    const result = await postRun(sandbox.url, validRequest());
    expect(result.status).toBe(201);
    expect(result.headers["content-type"]).toMatch(/^application\/json/);
    const body = JSON.parse(result.text);
    expect(validateResponse(body)).toBe(true);
    expect(body.status).toBe("queued");
    expect(body.migration_type).toBe("file_only");
    expect(Date.parse(body.created_at)).not.toBeNaN();
  });

  it("lists the created run", async () => {
    const result = await postRun(sandbox.url, validRequest({ tracking_database: "listed" }));
    const runId = JSON.parse(result.text).run_id;
    const run = sandbox.runs().find((entry) => entry.response.run_id === runId);
    expect(run?.request.tracking_database).toBe("listed");
  });

  it("gives every run its own id", async () => {
    const first = JSON.parse((await postRun(sandbox.url, validRequest())).text).run_id;
    const second = JSON.parse((await postRun(sandbox.url, validRequest())).text).run_id;
    expect(first).not.toBe(second);
  });

  it.each([
    ["file_only", "folder_tables", { source_path: "/a", target_bucket: "b" }],
    ["data_hive_to_hive", "migration_tables", { database: "sales" }],
    ["data_hive_to_iceberg", "migration_tables", { database: "sales", table: "orders" }],
    ["metadata_hive_to_iceberg", "metadata_tables", { database: "sales" }],
  ])("returns one DAG run id per row for %s", async (migrationType, listField, row) => {
    const body = validRequest({
      migration_type: migrationType,
      folder_tables: undefined,
      [listField]: [row, row, row],
    });
    const response = JSON.parse((await postRun(sandbox.url, body)).text);
    expect(response.migration_type).toBe(migrationType);
    expect(response.dag_run_ids).toHaveLength(3);
    expect(new Set(response.dag_run_ids).size).toBe(3);
    expect(response.dag_run_id).toBe(response.dag_run_ids[0]);
  });

  it("returns one DAG run id without rows", async () => {
    const response = JSON.parse(
      (await postRun(sandbox.url, validRequest({ folder_tables: null }))).text,
    );
    expect(response.dag_run_ids).toHaveLength(1);
  });

  it("accepts a charset parameter", async () => {
    const result = await postRun(sandbox.url, validRequest(), {
      headers: { ...JSON_HEADERS, "content-type": "application/json; charset=utf-8" },
    });
    expect(result.status).toBe(201);
  });
});

describe("400 bad request", () => {
  it("rejects malformed JSON", async () => {
    const result = await postRun(sandbox.url, '{"source_format": "hdfs",');
    expect(result.status).toBe(400);
    expect(expectErrorResponse(result.text, 400).error).toContain("not valid JSON");
  });

  it("rejects an empty body", async () => {
    const result = await postRun(sandbox.url, "");
    expect(result.status).toBe(400);
    expectErrorResponse(result.text, 400);
  });

  it("hides the body in syntax errors", async () => {
    const result = await postRun(sandbox.url, '{"s3_secret_key": "quoted-secret" oops}');
    expect(result.status).toBe(400);
    expect(result.text).not.toContain("quoted-secret");
  });

  it("rejects a text/plain content type", async () => {
    const result = await postRun(sandbox.url, JSON.stringify(validRequest()), {
      headers: { ...JSON_HEADERS, "content-type": "text/plain" },
    });
    expect(result.status).toBe(400);
    expect(expectErrorResponse(result.text, 400).error).toContain("application/json");
  });

  it("rejects a missing content type", async () => {
    const result = await postRun(sandbox.url, JSON.stringify(validRequest()), {
      headers: { "authorization-psk": TEST_PSK },
    });
    expect(result.status).toBe(400);
    expectErrorResponse(result.text, 400);
  });

  it("rejects invalid UTF-8", async () => {
    const result = await send(sandbox.url, RUNS_URL_PATH, {
      method: "POST",
      headers: JSON_HEADERS,
      body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]),
    });
    expect(result.status).toBe(400);
    expect(expectErrorResponse(result.text, 400).error).toContain("UTF-8");
  });

  it("creates no run for a rejected body", async () => {
    const before = sandbox.runs().length;
    await postRun(sandbox.url, "{");
    expect(sandbox.runs()).toHaveLength(before);
  });
});

describe("413 payload too large", () => {
  it("rejects a declared oversized body", async () => {
    const padding = "x".repeat(70 * 1024);
    const result = await postRun(sandbox.url, validRequest({ email_recipients: padding }));
    expect(result.status).toBe(413);
    expect(result.headers.connection).toBe("close");
    expectErrorResponse(result.text, 413);
  });

  it("rejects an oversized chunked body", async () => {
    const { request } = await import("node:http");
    const url = new URL(RUNS_URL_PATH, sandbox.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: "POST", headers: JSON_HEADERS, agent: false });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      // No Content-Length, so node sends Transfer-Encoding: chunked.
      for (let index = 0; index < 10; index += 1) req.write("y".repeat(10 * 1024));
      req.end();
    });
    expect(status).toBe(413);
  });
});

describe("422 unprocessable content", () => {
  async function rejectionOf(body: unknown): Promise<string> {
    const result = await postRun(sandbox.url, body);
    expect(result.status).toBe(422);
    return expectErrorResponse(result.text, 422).error;
  }

  it("names an enum field and its values", async () => {
    const error = await rejectionOf(validRequest({ migration_type: "files" }));
    expect(error).toContain(
      "spec field migration_type: must be one of file_only, data_hive_to_hive",
    );
    expect(error).toContain('got "files"');
  });

  it("names a missing required field", async () => {
    const body = validRequest();
    delete body.tracking_location;
    expect(await rejectionOf(body)).toContain("spec field tracking_location: is required");
  });

  it("names a nested row field by JSON path", async () => {
    const error = await rejectionOf(
      validRequest({
        folder_tables: [{ source_path: "/a", target_bucket: "b" }, { source_path: "/b" }],
      }),
    );
    expect(error).toContain("spec field folder_tables[1].target_bucket: is required");
  });

  it("names a wrong type with the value", async () => {
    const error = await rejectionOf(validRequest({ distcp_mappers: 1.5 }));
    expect(error).toContain("spec field distcp_mappers: must be an integer, got 1.5");
  });

  it("accepts a field the contract does not declare", async () => {
    // The contract leaves additionalProperties open, so the platform ignores such a field.
    const result = await postRun(sandbox.url, validRequest({ distcp_maper: 20 }));
    expect(result.status).toBe(201);
  });

  it("hides the value of a secret field", async () => {
    const error = await rejectionOf(validRequest({ s3_secret_key: 987654321 }));
    expect(error).toContain("spec field s3_secret_key: must be a string or null");
    expect(error).not.toContain("987654321");
  });

  it("rejects a body that is not an object", async () => {
    expect(await rejectionOf([validRequest()])).toContain("request body: must be an object");
  });

  it("lists several problems", async () => {
    const error = await rejectionOf({ source_format: "ftp" });
    expect(error.split("; ").length).toBeGreaterThanOrEqual(6);
  });
});

describe("404 and 405", () => {
  it("answers 404 for an unknown path", async () => {
    const result = await send(sandbox.url, "/api/migration/data-migration/run", { method: "POST" });
    expect(result.status).toBe(404);
    expectErrorResponse(result.text, 404);
  });

  it("answers 404 for an unknown control route", async () => {
    const result = await send(sandbox.url, "/__sandbox/unknown", {
      headers: { "authorization-psk": TEST_PSK },
    });
    expect(result.status).toBe(404);
    expect(expectErrorResponse(result.text, 404).error).toContain("/__sandbox/runs");
  });

  it.each(["GET", "PUT", "DELETE", "PATCH"])(
    "answers 405 for %s on the runs path",
    async (method) => {
      const result = await send(sandbox.url, RUNS_URL_PATH, { method, headers: JSON_HEADERS });
      expect(result.status).toBe(405);
      expect(result.headers.allow).toBe("POST");
      expectErrorResponse(result.text, 405);
    },
  );

  it("answers 405 for POST on a control route", async () => {
    const result = await send(sandbox.url, "/__sandbox/runs", {
      method: "POST",
      headers: JSON_HEADERS,
    });
    expect(result.status).toBe(405);
    expect(result.headers.allow).toBe("GET");
  });

  it("ignores the query string when routing", async () => {
    const result = await send(sandbox.url, `${RUNS_URL_PATH}?dry=1`, {
      method: "POST",
      headers: JSON_HEADERS,
      body: JSON.stringify(validRequest()),
    });
    expect(result.status).toBe(201);
  });
});
