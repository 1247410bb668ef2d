import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { failure, postRun, TEST_PSK, validRequest } from "./http-client.js";

/** Waits until the sandbox has created `count` runs, so that a hung request is known to be in flight. */
async function runsCreated(sandbox: Sandbox, count: number): Promise<void> {
  for (let attempt = 0; attempt < 200 && sandbox.runs().length < count; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(sandbox.runs()).toHaveLength(count);
}

async function closeTime(sandbox: Sandbox): Promise<number> {
  const startedAt = performance.now();
  await sandbox.close();
  return performance.now() - startedAt;
}

describe("close", () => {
  it.each(["headers", "body"] as const)("ends a response hung in its %s", async (during) => {
    const sandbox = await startSandbox({ psk: TEST_PSK, faults: [{ kind: "hang", during }] });
    const pending = failure(postRun(sandbox.url, validRequest()));
    await runsCreated(sandbox, 1);

    expect(await closeTime(sandbox)).toBeLessThan(1000);
    const error = await pending;
    expect(error.code).toBe("ECONNRESET");
  });

  it("cuts a latency wait short", async () => {
    const sandbox = await startSandbox({
      psk: TEST_PSK,
      faults: [{ kind: "latency", ms: 60_000 }],
    });
    const pending = failure(postRun(sandbox.url, validRequest()));
    await runsCreated(sandbox, 1);

    expect(await closeTime(sandbox)).toBeLessThan(1000);
    expect((await pending).code).toBe("ECONNRESET");
  });

  it("waits out many latencies without warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    const sandbox = await startSandbox({ psk: TEST_PSK, faults: [{ kind: "latency", ms: 200 }] });
    try {
      const responses = await Promise.all(
        Array.from({ length: 24 }, () => postRun(sandbox.url, validRequest())),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(24).fill(201));
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
      await sandbox.close();
    }
  });

  it("closes idle keep-alive connections", async () => {
    const sandbox = await startSandbox({ psk: TEST_PSK });
    const socket = connect(sandbox.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const ended = new Promise((resolve) => socket.once("close", resolve));

    expect(await closeTime(sandbox)).toBeLessThan(1000);
    await ended;
    expect(socket.destroyed).toBe(true);
  });

  it("can be called twice", async () => {
    const sandbox = await startSandbox({ psk: TEST_PSK });
    await Promise.all([sandbox.close(), sandbox.close()]);
    await sandbox.close();
  });

  it("refuses new connections afterwards", async () => {
    const sandbox = await startSandbox({ psk: TEST_PSK });
    await sandbox.close();
    const error = await failure(postRun(sandbox.url, validRequest()));
    expect(error.code).toBe("ECONNREFUSED");
  });
});

describe("listen", () => {
  it("binds 127.0.0.1 on a free port", async () => {
    const sandbox = await startSandbox();
    try {
      expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
      expect(sandbox.port).toBeGreaterThan(0);
    } finally {
      await sandbox.close();
    }
  });

  it("rejects a port in use", async () => {
    const first = await startSandbox();
    try {
      await expect(startSandbox({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
