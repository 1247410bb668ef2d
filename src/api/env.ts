// Client options from environment variables. The caller passes the
// environment, so tests and the GitHub Action can use their own.

import { runsEndpoint } from "./api-url.js";
import type { Nx1ClientOptions } from "./client.js";

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Builds client options from NX1_API_URL, NX1_API_KEY, NX1_TOKEN and the
 * proxy variables, then applies `overrides`. Throws when NX1_API_URL is
 * missing, not http(s), or contains credentials.
 *
 * Proxy variables follow undici 7's EnvHttpProxyAgent: the lower-case name
 * wins over the upper-case one, and HTTPS_PROXY falls back to HTTP_PROXY.
 * They are read from `env`, not from process.env, so an empty value here
 * turns a proxy off even when the process has one. NODE_EXTRA_CA_CERTS is
 * the exception: Node reads it from the real environment at startup.
 */
export function clientOptionsFromEnv(
  env: Environment,
  overrides: Partial<Nx1ClientOptions> = {},
): Nx1ClientOptions {
  const baseUrl = overrides.baseUrl ?? env.NX1_API_URL;
  if (baseUrl === undefined || baseUrl.trim() === "") {
    throw new Error(
      "NX1_API_URL is not set; set it to the Nx1 API base URL, such as https://nx1.example.com",
    );
  }
  runsEndpoint(baseUrl, overrides.baseUrl !== undefined ? "baseUrl" : "NX1_API_URL");

  const psk = nonEmpty(env.NX1_API_KEY);
  const token = nonEmpty(env.NX1_TOKEN);
  return {
    baseUrl,
    auth: { ...(psk ? { psk } : {}), ...(token ? { token } : {}) },
    proxy: {
      httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? "",
      httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? "",
      noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
    },
    ...overrides,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
