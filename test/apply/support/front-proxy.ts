// A loopback HTTP server in front of the sandbox. It forwards every request
// unchanged, except those for which `respond` returns a reply, so a test can
// observe each request as it arrives or return a status the sandbox has no
// fault for, such as a 422 ErrorResponse for one manifest.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** Headers that describe the incoming connection and body framing; fetch sets its own. */
const HOP_HEADERS = new Set(["host", "connection", "content-length", "transfer-encoding"]);

export interface ProxiedRequest {
  method: string;
  path: string;
  /** The parsed JSON body, or undefined when it is not JSON. */
  body: unknown;
}

export interface ProxyReply {
  status: number;
  body: unknown;
}

export interface FrontProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the proxy on 127.0.0.1 and a free port. `respond` runs for each
 * request as it arrives; when it returns a reply, that reply is sent and
 * the request never reaches the sandbox.
 */
export async function startFrontProxy(
  targetUrl: string,
  respond: (request: ProxiedRequest) => ProxyReply | undefined,
): Promise<FrontProxy> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        body = undefined;
      }
      const reply = respond({ method: req.method ?? "GET", path: req.url ?? "/", body });
      if (reply) {
        res.writeHead(reply.status, { "content-type": "application/json" });
        res.end(JSON.stringify(reply.body));
        return;
      }
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries(req.headers)) {
        if (typeof value === "string" && !HOP_HEADERS.has(key)) headers[key] = value;
      }
      fetch(new URL(req.url ?? "/", targetUrl), {
        method: req.method,
        headers,
        body: raw.length > 0 ? raw : undefined,
      }).then(
        async (upstream) => {
          const text = await upstream.text();
          res.writeHead(upstream.status, {
            "content-type": upstream.headers.get("content-type") ?? "application/json",
          });
          res.end(text);
        },
        () => res.destroy(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen({ host: "127.0.0.1", port: 0 }, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
