// The Nx1 API address: validation of the configured base URL and the one
// endpoint this tool calls.

import { redactUrlCredentials } from "./redact.js";

/** Path of the create-run endpoint, relative to the API base URL. */
export const RUNS_PATH = "api/migration/data-migration/runs";

/**
 * Parses the API base URL and returns the absolute URL of the runs endpoint.
 * A base with a path prefix (`https://host/nx1`) keeps the prefix. `source`
 * names the setting in error messages, such as "NX1_API_URL".
 */
export function runsEndpoint(baseUrl: string, source: string): URL {
  const text = baseUrl.trim();
  if (text === "") {
    throw new Error(
      `${source} is empty; set it to the Nx1 API base URL, such as https://nx1.example.com`,
    );
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `${source} is not a valid URL: "${redactUrlCredentials(text)}"; write an absolute http(s) URL, such as https://nx1.example.com`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new Error(
      `${source} contains credentials ("${redactUrlCredentials(text)}"); remove them from the URL and put the key in NX1_API_KEY (or a bearer token in NX1_TOKEN)`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`${source} must use http or https, not "${url.protocol}": "${text}"`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(
      `${source} must not have a query or fragment: "${text}"; give only the base URL`,
    );
  }
  const base = url.pathname.endsWith("/") ? url : new URL(`${url.href}/`);
  return new URL(RUNS_PATH, base);
}

/** Formats `host:port` of a URL, with the scheme's default port filled in. */
export function hostAndPort(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname}:${port}`;
}
