// A bare node:http client for the sandbox tests. It opens a new connection
// per request (no pooling), so that a test can see a reset, a hang or a
// half-sent body exactly as the server produced it.

import { request, type IncomingHttpHeaders } from "node:http";

export const RUNS_URL_PATH = "/api/migration/data-migration/runs";
export const TEST_PSK = "test-psk-4f1c9a";

export interface HttpResult {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Milliseconds of socket inactivity after which the request fails with code "ETIMEDOUT_TEST". */
  timeoutMs?: number;
}

/** Sends one request and resolves with the full response, or rejects with the socket error. */
export function send(
  baseUrl: string,
  path: string,
  options: SendOptions = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, baseUrl), {
      method: options.method ?? "GET",
      headers: options.headers,
      agent: false,
    });
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => {
        const error = Object.assign(new Error("test client timed out"), { code: "ETIMEDOUT_TEST" });
        req.destroy(error);
      });
    }
    req.on("error", reject);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("aborted", () =>
        reject(Object.assign(new Error("response aborted"), { code: "ECONNRESET" })),
      );
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.end(options.body);
  });
}

/** POSTs a JSON body to the runs endpoint with the test PSK, unless `headers` replaces them. */
export function postRun(
  baseUrl: string,
  body: unknown,
  options: Omit<SendOptions, "body" | "method"> = {},
): Promise<HttpResult> {
  return send(baseUrl, RUNS_URL_PATH, {
    ...options,
    method: "POST",
    headers: options.headers ?? {
      "content-type": "application/json",
      "authorization-psk": TEST_PSK,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Resolves with the error a request fails with, or rejects if it succeeds. */
export async function failure(promise: Promise<HttpResult>): Promise<NodeJS.ErrnoException> {
  let result: HttpResult;
  try {
    result = await promise;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
  throw new Error(`expected the request to fail, got status ${result.status}: ${result.text}`);
}

/** Returns a small valid request body (file_only with two folder rows) with `overrides` applied. */
export function validRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source_format: "hdfs",
    migration_type: "file_only",
    default_s3_bucket: "lake-test",
    tracking_database: "migration_tracking",
    tracking_location: "s3a://lake-test/tracking",
    report_output_location: "s3a://lake-test/reports",
    folder_tables: [
      { source_path: "/data/raw/orders", target_bucket: "lake-test" },
      { source_path: "/data/raw/customers", target_bucket: "lake-test" },
    ],
    ...overrides,
  };
}
