import { afterEach, describe, expect, it } from "vitest";
import { validateError } from "../../src/generated/validators.js";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox/server.js";
import { postRun, send, validRequest } from "./http-client.js";

const started: Sandbox[] = [];

async function sandboxWith(options: SandboxOptions): Promise<Sandbox> {
  const sandbox = await startSandbox(options);
  started.push(sandbox);
  return sandbox;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((sandbox) => sandbox.close()));
});

async function statusWith(sandbox: Sandbox, credentials: Record<string, string>): Promise<number> {
  const result = await postRun(sandbox.url, validRequest(), {
    headers: { "content-type": "application/json", ...credentials },
  });
  return result.status;
}

describe("with a PSK", () => {
  it("accepts the PSK", async () => {
    const sandbox = await sandboxWith({ psk: "right-key" });
    expect(await statusWith(sandbox, { "authorization-psk": "right-key" })).toBe(201);
  });

  it("rejects a wrong PSK", async () => {
    const sandbox = await sandboxWith({ psk: "right-key" });
    expect(await statusWith(sandbox, { "authorization-psk": "wrong-key" })).toBe(401);
  });

  it("rejects a PSK prefix", async () => {
    const sandbox = await sandboxWith({ psk: "right-key" });
    expect(await statusWith(sandbox, { "authorization-psk": "right" })).toBe(401);
  });

  it("rejects a missing credential", async () => {
    const sandbox = await sandboxWith({ psk: "right-key" });
    const result = await postRun(sandbox.url, validRequest(), {
      headers: { "content-type": "application/json" },
    });
    expect(result.status).toBe(401);
    const body = JSON.parse(result.text);
    expect(validateError(body)).toBe(true);
    expect(body.code).toBe(401);
    expect(body.error).toContain("Authorization-PSK");
    expect(result.headers["www-authenticate"]).toMatch(/^Bearer/);
  });

  it("rejects a bearer token", async () => {
    const sandbox = await sandboxWith({ psk: "right-key" });
    expect(await statusWith(sandbox, { authorization: "Bearer right-key" })).toBe(401);
  });

  it("creates no run without credentials", async () => {
    const sandbox = await sandboxWith({ psk: "right-key" });
    await statusWith(sandbox, { "authorization-psk": "wrong-key" });
    expect(sandbox.runs()).toHaveLength(0);
  });
});

describe("with bearer tokens", () => {
  it("accepts each configured token", async () => {
    const sandbox = await sandboxWith({ bearerTokens: ["token-a", "token-b"] });
    expect(await statusWith(sandbox, { authorization: "Bearer token-a" })).toBe(201);
    expect(await statusWith(sandbox, { authorization: "Bearer token-b" })).toBe(201);
  });

  it("accepts the scheme in any case", async () => {
    const sandbox = await sandboxWith({ bearerTokens: ["token-a"] });
    expect(await statusWith(sandbox, { authorization: "bearer token-a" })).toBe(201);
  });

  it("rejects an unknown token", async () => {
    const sandbox = await sandboxWith({ bearerTokens: ["token-a"] });
    expect(await statusWith(sandbox, { authorization: "Bearer token-c" })).toBe(401);
  });

  it("rejects another scheme", async () => {
    const sandbox = await sandboxWith({ bearerTokens: ["token-a"] });
    expect(await statusWith(sandbox, { authorization: "Basic dG9rZW4tYQ==" })).toBe(401);
  });

  it("rejects a PSK header", async () => {
    const sandbox = await sandboxWith({ bearerTokens: ["token-a"] });
    expect(await statusWith(sandbox, { "authorization-psk": "token-a" })).toBe(401);
  });

  it("accepts either credential when both are set", async () => {
    const sandbox = await sandboxWith({ psk: "key", bearerTokens: ["token-a"] });
    expect(await statusWith(sandbox, { "authorization-psk": "key" })).toBe(201);
    expect(await statusWith(sandbox, { authorization: "Bearer token-a" })).toBe(201);
  });
});

describe("without configured credentials", () => {
  it("accepts any non-empty PSK", async () => {
    const sandbox = await sandboxWith({});
    expect(await statusWith(sandbox, { "authorization-psk": "anything" })).toBe(201);
  });

  it("accepts any bearer token", async () => {
    const sandbox = await sandboxWith({});
    expect(await statusWith(sandbox, { authorization: "Bearer anything" })).toBe(201);
  });

  it("still requires a credential", async () => {
    const sandbox = await sandboxWith({});
    expect(await statusWith(sandbox, {})).toBe(401);
  });

  it("rejects an empty PSK header", async () => {
    const sandbox = await sandboxWith({});
    expect(await statusWith(sandbox, { "authorization-psk": "" })).toBe(401);
  });

  it("rejects a bearer scheme without token", async () => {
    const sandbox = await sandboxWith({});
    expect(await statusWith(sandbox, { authorization: "Bearer " })).toBe(401);
  });
});

describe("control routes", () => {
  it.each([
    ["GET", "/__sandbox/runs"],
    ["GET", "/__sandbox/faults"],
    ["PUT", "/__sandbox/faults"],
    ["DELETE", "/__sandbox/faults"],
  ])("%s %s needs credentials", async (method, path) => {
    const sandbox = await sandboxWith({ psk: "key" });
    const result = await send(sandbox.url, path, {
      method,
      headers: { "content-type": "application/json", "authorization-psk": "wrong" },
      body: method === "PUT" ? "[]" : undefined,
    });
    expect(result.status).toBe(401);
  });
});

describe("options", () => {
  it("rejects an empty PSK option", async () => {
    await expect(startSandbox({ psk: "" })).rejects.toThrow(/psk must not be empty/);
  });

  it("rejects a token with whitespace", async () => {
    await expect(startSandbox({ bearerTokens: ["a b"] })).rejects.toThrow(/bearerTokens/);
  });
});
