// Client options read from environment variables.

import { describe, expect, it } from "vitest";

import { clientOptionsFromEnv, createNx1Client } from "../../src/api/index.js";

describe("clientOptionsFromEnv", () => {
  it("reads the URL, key and token", () => {
    const options = clientOptionsFromEnv({
      NX1_API_URL: "https://nx1.example.com",
      NX1_API_KEY: "key-1",
      NX1_TOKEN: "token-1",
    });
    expect(options.baseUrl).toBe("https://nx1.example.com");
    expect(options.auth).toEqual({ psk: "key-1", token: "token-1" });
  });

  it("reads proxies with lower case first", () => {
    const options = clientOptionsFromEnv({
      NX1_API_URL: "https://nx1.example.com",
      https_proxy: "http://lower.example:3128",
      HTTPS_PROXY: "http://upper.example:3128",
      NO_PROXY: "internal.example",
    });
    expect(options.proxy).toEqual({
      httpProxy: "",
      httpsProxy: "http://lower.example:3128",
      noProxy: "internal.example",
    });
  });

  it("turns proxies off when the environment has none", () => {
    const options = clientOptionsFromEnv({ NX1_API_URL: "https://nx1.example.com" });
    expect(options.proxy).toEqual({ httpProxy: "", httpsProxy: "", noProxy: "" });
  });

  it("treats empty credentials as unset", () => {
    const options = clientOptionsFromEnv({
      NX1_API_URL: "http://127.0.0.1:8080",
      NX1_API_KEY: "",
      NX1_TOKEN: "",
    });
    expect(options.auth).toEqual({});
  });

  it("applies overrides last", () => {
    const options = clientOptionsFromEnv(
      { NX1_API_URL: "https://nx1.example.com", NX1_API_KEY: "key-1" },
      { timeoutMs: 5000, auth: { token: "t" } },
    );
    expect(options.timeoutMs).toBe(5000);
    expect(options.auth).toEqual({ token: "t" });
  });

  it("rejects a missing URL", () => {
    expect(() => clientOptionsFromEnv({})).toThrow(
      "NX1_API_URL is not set; set it to the Nx1 API base URL, such as https://nx1.example.com",
    );
  });

  it("rejects a URL that is not http(s)", () => {
    expect(() => clientOptionsFromEnv({ NX1_API_URL: "ftp://nx1.example.com" })).toThrow(
      'NX1_API_URL must use http or https, not "ftp:"',
    );
  });

  it("rejects a URL that does not parse", () => {
    expect(() => clientOptionsFromEnv({ NX1_API_URL: "nx1.example.com" })).toThrow(
      'NX1_API_URL is not a valid URL: "nx1.example.com"',
    );
  });

  it("rejects credentials in the URL without echoing them", () => {
    let message = "";
    try {
      clientOptionsFromEnv({ NX1_API_URL: "https://user:hunter2@nx1.example.com" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('NX1_API_URL contains credentials ("https://***@nx1.example.com")');
    expect(message).toContain("NX1_API_KEY");
    expect(message).not.toContain("hunter2");
  });

  it("rejects a query in the URL", () => {
    expect(() => clientOptionsFromEnv({ NX1_API_URL: "https://nx1.example.com/?x=1" })).toThrow(
      "NX1_API_URL must not have a query or fragment",
    );
  });
});

describe("createNx1Client options", () => {
  it("rejects a zero timeout", () => {
    expect(() =>
      createNx1Client({ baseUrl: "https://nx1.example.com", auth: {}, timeoutMs: 0 }),
    ).toThrow("timeoutMs must be a positive whole number of milliseconds, not 0");
  });

  it("rejects zero attempts", () => {
    expect(() =>
      createNx1Client({ baseUrl: "https://nx1.example.com", auth: {}, retry: { attempts: 0 } }),
    ).toThrow("retry.attempts must be a whole number of at least 1, not 0");
  });

  it("names baseUrl when it is invalid", () => {
    expect(() => createNx1Client({ baseUrl: "", auth: {} })).toThrow("baseUrl is empty");
  });
});
