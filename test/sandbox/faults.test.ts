import { afterEach, describe, expect, it } from "vitest";
import { validateError, validateResponse } from "../../src/generated/validators.js";
import { FaultSchedule } from "../../src/sandbox/fault-schedule.js";
import { FaultSpecError, parseFaultSpecs, type FaultSpec } from "../../src/sandbox/faults.js";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox/server.js";
import { failure, postRun, send, TEST_PSK, validRequest } from "./http-client.js";

const started: Sandbox[] = [];

async function sandboxWith(faults: FaultSpec[], options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({ psk: TEST_PSK, faults, ...options });
  started.push(sandbox);
  return sandbox;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

describe("latency", () => {
  it("delays the response", async () => {
    const sandbox = await sandboxWith([{ kind: "latency", ms: 150 }]);
    const startedAt = performance.now();
    const result = await postRun(sandbox.url, validRequest());
    expect(result.status).toBe(201);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it("creates the run before waiting", async () => {
    const sandbox = await sandboxWith([{ kind: "latency", ms: 2000 }]);
    const error = await failure(postRun(sandbox.url, validRequest(), { timeoutMs: 200 }));
    expect(error.code).toBe("ETIMEDOUT_TEST");
    expect(sandbox.runs()).toHaveLength(1);
  });

  it("combines with a status fault", async () => {
    const sandbox = await sandboxWith([
      { kind: "latency", ms: 120 },
      { kind: "status", status: 502 },
    ]);
    const startedAt = performance.now();
    const result = await postRun(sandbox.url, validRequest());
    expect(result.status).toBe(502);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(110);
  });

  it("adds up several latencies", async () => {
    const sandbox = await sandboxWith([
      { kind: "latency", ms: 80 },
      { kind: "latency", ms: 80 },
    ]);
    const startedAt = performance.now();
    await postRun(sandbox.url, validRequest());
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(150);
  });
});

describe("status", () => {
  it.each([500, 502, 503, 429] as const)("answers %i without a run", async (status) => {
    const sandbox = await sandboxWith([{ kind: "status", status }]);
    const result = await postRun(sandbox.url, validRequest());
    expect(result.status).toBe(status);
    const body = JSON.parse(result.text);
    expect(validateError(body)).toBe(true);
    expect(body.code).toBe(status);
    expect(result.headers["retry-after"]).toBeUndefined();
    expect(sandbox.runs()).toHaveLength(0);
  });

  it("sends Retry-After in seconds", async () => {
    const sandbox = await sandboxWith([{ kind: "status", status: 429, retryAfter: 2 }]);
    const result = await postRun(sandbox.url, validRequest());
    expect(result.headers["retry-after"]).toBe("2");
  });

  it("wins over a 422", async () => {
    const sandbox = await sandboxWith([{ kind: "status", status: 503 }]);
    const result = await postRun(sandbox.url, { source_format: "ftp" });
    expect(result.status).toBe(503);
  });
});

describe("reset-before-create", () => {
  it("resets without a run", async () => {
    const sandbox = await sandboxWith([{ kind: "reset-before-create" }]);
    const error = await failure(postRun(sandbox.url, validRequest()));
    expect(error.code).toBe("ECONNRESET");
    expect(sandbox.runs()).toHaveLength(0);
  });
});

describe("reset-after-create", () => {
  it("resets after listing the run", async () => {
    const sandbox = await sandboxWith([{ kind: "reset-after-create" }]);
    const error = await failure(postRun(sandbox.url, validRequest()));
    expect(error.code).toBe("ECONNRESET");
    expect(sandbox.runs()).toHaveLength(1);
  });

  it("leaves a 422 alone", async () => {
    const sandbox = await sandboxWith([{ kind: "reset-after-create" }]);
    const result = await postRun(sandbox.url, { source_format: "ftp" });
    expect(result.status).toBe(422);
    expect(sandbox.runs()).toHaveLength(0);
  });
});

describe("hang", () => {
  it("sends no headers by default", async () => {
    const sandbox = await sandboxWith([{ kind: "hang" }]);
    const error = await failure(postRun(sandbox.url, validRequest(), { timeoutMs: 300 }));
    expect(error.code).toBe("ETIMEDOUT_TEST");
    expect(sandbox.runs()).toHaveLength(1);
  });

  it("stops halfway through the body", async () => {
    const sandbox = await sandboxWith([{ kind: "hang", during: "body" }]);
    const { request } = await import("node:http");
    const seen = await new Promise<{ status: number; partial: string }>((resolve, reject) => {
      const req = request(new URL("/api/migration/data-migration/runs", sandbox.url), {
        method: "POST",
        headers: { "content-type": "application/json", "authorization-psk": TEST_PSK },
        agent: false,
      });
      req.on("error", reject);
      req.on("response", (res) => {
        let partial = "";
        res.on("data", (chunk: Buffer) => (partial += chunk.toString("utf8")));
        res.on("error", () => {});
        setTimeout(() => {
          resolve({ status: res.statusCode ?? 0, partial });
          req.destroy();
        }, 200);
      });
      req.end(JSON.stringify(validRequest()));
    });
    expect(seen.status).toBe(201);
    expect(seen.partial).toMatch(/^\{"run_id":/);
    expect(() => JSON.parse(seen.partial)).toThrow();
  });
});

describe("invalid-json", () => {
  it("answers 201 with broken JSON", async () => {
    const sandbox = await sandboxWith([{ kind: "invalid-json" }]);
    const result = await postRun(sandbox.url, validRequest());
    expect(result.status).toBe(201);
    expect(result.headers["content-type"]).toMatch(/^application\/json/);
    expect(() => JSON.parse(result.text)).toThrow(SyntaxError);
    expect(sandbox.runs()).toHaveLength(1);
  });
});

describe("missing-run-id", () => {
  it("answers 201 without run_id", async () => {
    const sandbox = await sandboxWith([{ kind: "missing-run-id" }]);
    const result = await postRun(sandbox.url, validRequest());
    expect(result.status).toBe(201);
    const body = JSON.parse(result.text);
    expect(body).not.toHaveProperty("run_id");
    expect(body.status).toBe("queued");
    expect(validateResponse(body)).toBe(false);
    expect(sandbox.runs()).toHaveLength(1);
  });
});

describe("times", () => {
  it("expires after N requests", async () => {
    const sandbox = await sandboxWith([{ kind: "status", status: 503, times: 2 }]);
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      statuses.push((await postRun(sandbox.url, validRequest())).status);
    }
    expect(statuses).toEqual([503, 503, 201, 201]);
  });

  it("lets a later fault take over", async () => {
    const sandbox = await sandboxWith([
      { kind: "status", status: 503, times: 1 },
      { kind: "status", status: 500, times: 1 },
    ]);
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push((await postRun(sandbox.url, validRequest())).status);
    }
    expect(statuses).toEqual([503, 500, 201]);
  });
});

describe("probability", () => {
  async function statusSequence(seed: number, count: number): Promise<number[]> {
    const sandbox = await sandboxWith([{ kind: "status", status: 500, probability: 0.5 }], {
      seed,
    });
    const statuses: number[] = [];
    for (let index = 0; index < count; index += 1) {
      statuses.push((await postRun(sandbox.url, validRequest())).status);
    }
    return statuses;
  }

  it("replays the same sequence for a seed", async () => {
    const first = await statusSequence(42, 20);
    const second = await statusSequence(42, 20);
    expect(first).toEqual(second);
    expect(first).toContain(500);
    expect(first).toContain(201);
  });

  it("differs between seeds", async () => {
    expect(await statusSequence(1, 20)).not.toEqual(await statusSequence(2, 20));
  });

  it("restarts the sequence on setFaults", async () => {
    const sandbox = await sandboxWith([], { seed: 7 });
    const trial = async () => {
      sandbox.setFaults([{ kind: "status", status: 500, probability: 0.5 }]);
      const statuses: number[] = [];
      for (let index = 0; index < 12; index += 1) {
        statuses.push((await postRun(sandbox.url, validRequest())).status);
      }
      return statuses;
    };
    expect(await trial()).toEqual(await trial());
  });

  it("matches the requested rate", () => {
    const schedule = new FaultSchedule(123);
    schedule.set([{ kind: "reset-after-create", probability: 0.3 }]);
    let applied = 0;
    for (let index = 0; index < 10_000; index += 1) {
      if (schedule.draw().outcome !== undefined) applied += 1;
    }
    expect(applied / 10_000).toBeGreaterThan(0.28);
    expect(applied / 10_000).toBeLessThan(0.32);
  });
});

describe("control routes", () => {
  const headers = { "content-type": "application/json", "authorization-psk": TEST_PSK };

  it("sets faults with PUT", async () => {
    const sandbox = await sandboxWith([]);
    const put = await send(sandbox.url, "/__sandbox/faults", {
      method: "PUT",
      headers,
      body: JSON.stringify([{ kind: "status", status: 503, times: 1 }]),
    });
    expect(put.status).toBe(200);
    expect((await postRun(sandbox.url, validRequest())).status).toBe(503);
    expect((await postRun(sandbox.url, validRequest())).status).toBe(201);
  });

  it("shows the requests left with GET", async () => {
    const sandbox = await sandboxWith([{ kind: "status", status: 503, times: 3 }]);
    await postRun(sandbox.url, validRequest());
    const result = await send(sandbox.url, "/__sandbox/faults", { headers });
    expect(JSON.parse(result.text)).toEqual({
      faults: [{ kind: "status", status: 503, times: 2 }],
    });
  });

  it("clears faults with DELETE", async () => {
    const sandbox = await sandboxWith([{ kind: "status", status: 503 }]);
    const result = await send(sandbox.url, "/__sandbox/faults", { method: "DELETE", headers });
    expect(result.status).toBe(200);
    expect((await postRun(sandbox.url, validRequest())).status).toBe(201);
  });

  it("rejects an invalid fault list with 422", async () => {
    const sandbox = await sandboxWith([]);
    const result = await send(sandbox.url, "/__sandbox/faults", {
      method: "PUT",
      headers,
      body: JSON.stringify([{ kind: "status", status: 404 }]),
    });
    expect(result.status).toBe(422);
    expect(JSON.parse(result.text).error).toContain(
      "faults[0].status must be one of 500, 502, 503, 429",
    );
  });

  it("rejects a non-JSON fault list with 400", async () => {
    const sandbox = await sandboxWith([]);
    const result = await send(sandbox.url, "/__sandbox/faults", {
      method: "PUT",
      headers,
      body: "[",
    });
    expect(result.status).toBe(400);
  });

  it("applies no fault to control routes", async () => {
    const sandbox = await sandboxWith([{ kind: "reset-before-create" }]);
    const result = await send(sandbox.url, "/__sandbox/runs", { headers });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.text)).toEqual({ runs: [] });
  });

  it("lists runs with secrets masked", async () => {
    const sandbox = await sandboxWith([]);
    await postRun(
      sandbox.url,
      validRequest({
        s3_access_key: "AKIA-TEST",
        s3_secret_key: "s3-secret",
        kinit_password: null,
      }),
    );
    const result = await send(sandbox.url, "/__sandbox/runs", { headers });
    const [run] = JSON.parse(result.text).runs;
    expect(run.request.s3_access_key).toBe("***");
    expect(run.request.s3_secret_key).toBe("***");
    expect(run.request.kinit_password).toBeNull();
    expect(result.text).not.toContain("s3-secret");
    expect(result.text).not.toContain("AKIA-TEST");
    expect(validateResponse(run.response)).toBe(true);
  });

  it("masks secrets in runs()", async () => {
    const sandbox = await sandboxWith([]);
    await postRun(sandbox.url, validRequest({ kinit_password: "kerberos-secret" }));
    expect(sandbox.runs()[0]?.request.kinit_password).toBe("***");
  });
});

describe("parseFaultSpecs", () => {
  it.each([
    [{}, "faults must be a JSON array"],
    [[{ kind: "slow" }], "faults[0].kind must be one of latency, status"],
    [[{ kind: "latency" }], "faults[0].ms must be an integer from 0 to 2147483647, got nothing"],
    [[{ kind: "latency", ms: -1 }], "faults[0].ms must be an integer"],
    [[{ kind: "status", status: 503, retry_after: 2 }], "faults[0].retry_after is not an option"],
    [[{ kind: "status", status: 503, retryAfter: 1.5 }], "faults[0].retryAfter must be an integer"],
    [[{ kind: "hang", during: "trailers" }], 'faults[0].during must be "headers" or "body"'],
    [[{ kind: "invalid-json", times: 0 }], "faults[0].times must be an integer from 1"],
    [
      [{ kind: "invalid-json", probability: 1.5 }],
      "faults[0].probability must be a number from 0 to 1",
    ],
    [["latency"], "faults[0] must be an object"],
  ])("rejects %j", (value, message) => {
    expect(() => parseFaultSpecs(value)).toThrow(FaultSpecError);
    expect(() => parseFaultSpecs(value)).toThrow(message);
  });

  it("rejects an invalid list in setFaults", async () => {
    const sandbox = await sandboxWith([]);
    expect(() => sandbox.setFaults([{ kind: "nope" } as unknown as FaultSpec])).toThrow(
      FaultSpecError,
    );
  });

  it("rejects an invalid list at start", async () => {
    await expect(
      startSandbox({ faults: [{ kind: "latency", ms: "5" } as unknown as FaultSpec] }),
    ).rejects.toThrow(FaultSpecError);
  });
});
