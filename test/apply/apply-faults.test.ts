// Each failure class of the Nx1 API, injected with sandbox faults, ends in
// its ledger state: unknown when a run may exist, not-sent (entry put back)
// when the request certainly never arrived, rejected on a 4xx.

import { afterEach, describe, expect, test } from "vitest";
import type { FaultSpec } from "../../src/sandbox/server.js";
import { outputOf } from "./support/cli.js";
import type { Fixture } from "./support/fixture.js";
import { closeFixtures, closeLater, createFixture } from "./support/fixture.js";
import { startFrontProxy } from "./support/front-proxy.js";
import { bucketOf, manifestFiles, manifestText, runsOf } from "./support/manifests.js";
import { commitAndPush, commitLog, STATUS_DIR, statusOf } from "./support/repository.js";

afterEach(closeFixtures);

/** Applies the one manifest `orders` with `faults` set in the sandbox. */
async function applyWithFaults(faults: FaultSpec[], args: readonly string[] = []) {
  const fixture = await createFixture(manifestFiles(["orders"]));
  fixture.sandbox.setFaults(faults);
  const result = await fixture.apply(args);
  return { fixture, result, status: statusOf(fixture.origin, "orders", "main") };
}

async function planText(fixture: Fixture): Promise<string> {
  const plan = await fixture.cli(["plan"]);
  expect(plan.code, outputOf(plan)).toBe(0);
  return plan.stdout;
}

describe("a run that may exist", () => {
  test.each([500, 502] as const)("status %i is unknown, then blocked", async (status) => {
    const { fixture, result, status: entry } = await applyWithFaults([{ kind: "status", status }]);

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stdout).toMatch(/^\[1\/1\] unknown +orders +HTTP 5\d\d .*the run may exist$/m);
    expect(entry?.state).toBe("unknown");
    expect(entry?.runs.at(-1)?.http_status).toBe(status);
    // The sandbox created nothing, but a 5xx cannot tell the client that.
    expect(fixture.sandbox.runs()).toHaveLength(0);

    fixture.sandbox.clearFaults();
    expect(await planText(fixture)).toContain("! orders");
    const again = await fixture.apply();
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(again.stderr).toContain("1 blocked manifest needs `nx1-migrate resolve`");
  });

  // The sandbox closes the connection after reading the request: the
  // client cannot tell this from a reset after the run was created.
  test("reset before create is unknown", async () => {
    const { fixture, result, status } = await applyWithFaults([{ kind: "reset-before-create" }]);

    expect(result.code, outputOf(result)).toBe(1);
    expect(status?.state).toBe("unknown");
    expect(fixture.sandbox.runs()).toHaveLength(0);
  });

  test.each(["reset-after-create", "invalid-json", "missing-run-id"] as const)(
    "%s is unknown, run created",
    async (kind) => {
      const { fixture, result, status } = await applyWithFaults([{ kind }]);

      expect(result.code, outputOf(result)).toBe(1);
      expect(status?.state).toBe("unknown");
      expect(status?.last_submitted).toBeUndefined();
      expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
      expect(await planText(fixture)).toContain("! orders");
    },
  );

  test.each(["headers", "body"] as const)("hang during %s times out as unknown", async (during) => {
    const started = Date.now();
    const { fixture, result, status } = await applyWithFaults(
      [{ kind: "hang", during }],
      ["--timeout", "1"],
    );

    expect(result.code, outputOf(result)).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(status?.state).toBe("unknown");
    expect(status?.runs.at(-1)?.error).toMatch(/the run may exist/);
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
  });
});

describe("a request the server turned away", () => {
  test("503 with Retry-After is retried", async () => {
    const { fixture, result, status } = await applyWithFaults([
      { kind: "status", status: 503, retryAfter: 0, times: 2 },
    ]);

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stderr).toMatch(/retrying orders in 0 ms after attempt 1: HTTP 503/);
    expect(result.stderr).toMatch(/retrying orders in 0 ms after attempt 2: HTTP 503/);
    expect(status?.state).toBe("submitted");
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
  });

  test("429 is retried with backoff", async () => {
    const { fixture, result, status } = await applyWithFaults([
      { kind: "status", status: 429, times: 2 },
    ]);

    expect(result.code, outputOf(result)).toBe(0);
    expect(
      result.stderr.match(/retrying orders in \d+ ms after attempt \d: HTTP 429/g),
    ).toHaveLength(2);
    expect(status?.state).toBe("submitted");
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
  });

  test("exhausted retries drop a new entry", async () => {
    const { fixture, result } = await applyWithFaults([
      { kind: "status", status: 503, retryAfter: 0 },
    ]);

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stdout).toMatch(
      /^\[1\/1\] not sent +orders +HTTP 503 .*gave up after 4 attempts$/m,
    );
    expect(fixture.sandbox.runs()).toHaveLength(0);
    const [record, submit] = commitLog(fixture.origin);
    expect(submit?.subject).toBe("nx1-migrate: submit 1 run [skip ci]");
    expect(record?.subject).toBe("nx1-migrate: record 0 of 1 run [skip ci]");
    expect(record?.files).toContain(`${STATUS_DIR}/orders.json`);
    expect(statusOf(fixture.origin, "orders", "main")).toBeUndefined();

    fixture.sandbox.clearFaults();
    const again = await fixture.apply();
    expect(again.code, outputOf(again)).toBe(0);
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
  });

  test("exhausted retries restore the previous entry", async () => {
    const fixture = await createFixture(manifestFiles(["orders"]));
    await fixture.apply();
    const before = statusOf(fixture.origin, "orders", "main");
    commitAndPush(
      fixture.clone,
      { "migrations/orders.yaml": manifestText("orders", { mappers: 60 }) },
      "Raise the mappers of orders",
    );
    fixture.sandbox.setFaults([{ kind: "status", status: 503, retryAfter: 0 }]);

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(1);
    expect(statusOf(fixture.origin, "orders", "main")).toEqual(before);
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);

    fixture.sandbox.clearFaults();
    expect(await planText(fixture)).toContain("~ orders");
    const again = await fixture.apply();
    expect(again.code, outputOf(again)).toBe(0);
    expect(
      runsOf(fixture.sandbox.runs(), "orders").map((run) => run.request.distcp_mappers),
    ).toEqual([40, 60]);
  });
});

describe("a request the API rejects", () => {
  // The sandbox accepts every body the manifest schema accepts and has no
  // 4xx fault, so a proxy on loopback returns 422 for one manifest.
  test("422 is rejected, not resent", async () => {
    const fixture = await createFixture(manifestFiles(["orders", "stock"]));
    const arrivals: string[] = [];
    let reject = true;
    const proxy = await startFrontProxy(fixture.sandbox.url, (request) => {
      const bucket = (request.body as { default_s3_bucket?: string } | undefined)
        ?.default_s3_bucket;
      arrivals.push(bucket ?? "");
      if (!reject || bucket !== bucketOf("orders")) return undefined;
      return { status: 422, body: { error: "table sales.orders_0 does not exist", code: 422 } };
    });
    closeLater(proxy.close);
    const env = { NX1_API_URL: proxy.url };

    const result = await fixture.apply([], { env });

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stdout).toMatch(
      /^\[[12]\/2\] rejected +orders +table sales\.orders_0 does not exist$/m,
    );
    expect(result.stdout).toMatch(/^orders +rejected +-$/m);
    const status = statusOf(fixture.origin, "orders", "main");
    expect(status?.state).toBe("rejected");
    expect(status?.runs.at(-1)).toMatchObject({
      event: "rejected",
      http_status: 422,
      error: "table sales.orders_0 does not exist",
    });
    expect(statusOf(fixture.origin, "stock", "main")?.state).toBe("submitted");
    expect(arrivals).toHaveLength(2);

    reject = false;
    const plan = await fixture.cli(["plan"]);
    expect(plan.stdout).toContain("unchanged: the API rejected this request");
    const again = await fixture.apply([], { env });
    expect(again.code, outputOf(again)).toBe(0);
    expect(arrivals).toHaveLength(2);

    commitAndPush(
      fixture.clone,
      { "migrations/orders.yaml": manifestText("orders", { mappers: 20 }) },
      "Fix orders",
    );
    const fixed = await fixture.apply([], { env });
    expect(fixed.code, outputOf(fixed)).toBe(0);
    expect(statusOf(fixture.origin, "orders", "main")?.state).toBe("submitted");
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
  });

  test("413 from the sandbox is rejected", async () => {
    const fixture = await createFixture(
      {
        ...manifestFiles(["orders"]),
        "migrations/archive.yaml": manifestText("archive", { tables: 60 }),
      },
      { maxBodyBytes: 2048 },
    );

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(1);
    const status = statusOf(fixture.origin, "archive", "main");
    expect(status?.state).toBe("rejected");
    expect(status?.runs.at(-1)?.http_status).toBe(413);
    expect(runsOf(fixture.sandbox.runs(), "archive")).toHaveLength(0);
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
  });
});

describe("a mix of faults", () => {
  const NAMES = Array.from({ length: 16 }, (_, index) => `table-${String(index).padStart(2, "0")}`);

  interface JsonOutput {
    results: { name: string; outcome: string; run_id: string | null }[];
    pushed: boolean;
  }

  /** Checks that each manifest has one outcome, recorded once in the pushed ledger, and at most one run. */
  function expectEveryOutcomeRecorded(fixture: Fixture, output: JsonOutput): void {
    expect(output.pushed).toBe(true);
    expect(output.results.map((item) => item.name)).toEqual(NAMES);
    const [record, submit] = commitLog(fixture.origin);
    expect(submit?.subject).toBe(`nx1-migrate: submit ${NAMES.length} runs [skip ci]`);
    const runs = fixture.sandbox.runs();
    for (const item of output.results) {
      const created = runsOf(runs, item.name);
      const status = statusOf(fixture.origin, item.name, "main");
      expect(record?.body.match(new RegExp(`^${item.name}: `, "gm")), item.name).toHaveLength(1);
      expect(created.length, item.name).toBeLessThanOrEqual(1);
      if (item.outcome === "submitted") {
        expect(status?.state, item.name).toBe("submitted");
        expect(item.run_id, item.name).toBe(created[0]?.response.run_id);
        expect(status?.last_submitted?.run_id, item.name).toBe(created[0]?.response.run_id);
      } else if (item.outcome === "unknown") {
        expect(status?.state, item.name).toBe("unknown");
      } else {
        expect(item.outcome, item.name).toBe("not-sent");
        expect(status, item.name).toBeUndefined();
        expect(created, item.name).toHaveLength(0);
      }
    }
  }

  // With one request at a time, the seeded faults fall on the same
  // manifests in every run: the first gets four 503s and is not sent.
  test("records each outcome, concurrency 1", async () => {
    const fixture = await createFixture(manifestFiles(NAMES), { seed: 7 });
    fixture.sandbox.setFaults([
      { kind: "status", status: 503, retryAfter: 0, times: 4 },
      { kind: "status", status: 500, probability: 0.2 },
      { kind: "reset-after-create", probability: 0.2 },
      { kind: "invalid-json", probability: 0.1 },
    ]);

    const result = await fixture.apply(["--format", "json", "--concurrency", "1"]);

    expect(result.code, outputOf(result)).toBe(1);
    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.results[0]?.outcome).toBe("not-sent");
    expect(new Set(output.results.map((item) => item.outcome))).toEqual(
      new Set(["submitted", "unknown", "not-sent"]),
    );
    expectEveryOutcomeRecorded(fixture, output);
  });

  // With four in flight, which manifest draws which fault depends on
  // arrival order, so only the invariants are checked.
  test("records each outcome, concurrency 4", async () => {
    const fixture = await createFixture(manifestFiles(NAMES), { seed: 7 });
    fixture.sandbox.setFaults([
      { kind: "latency", ms: 50, probability: 0.5 },
      { kind: "status", status: 500, probability: 0.15 },
      { kind: "reset-after-create", probability: 0.15 },
      { kind: "status", status: 503, retryAfter: 0, probability: 0.45 },
      { kind: "invalid-json", probability: 0.1 },
    ]);

    const result = await fixture.apply(["--format", "json", "--concurrency", "4"]);

    const output = JSON.parse(result.stdout) as JsonOutput;
    expect(output.results.some((item) => item.outcome === "submitted")).toBe(true);
    expect(result.code, outputOf(result)).toBe(
      output.results.every((item) => item.outcome === "submitted") ? 0 : 1,
    );
    expectEveryOutcomeRecorded(fixture, output);
  });
});
