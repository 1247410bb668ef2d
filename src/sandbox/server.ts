// The sandbox: an Nx1-compatible HTTP server for the demo, the tests of the
// apply pipeline, and users who want to try manifests without the platform.
// It implements POST /api/migration/data-migration/runs from the contract
// (schemas/nx1-openapi.yaml) with node:http, plus faults to inject and
// sandbox-only control routes under /__sandbox/.

import { setMaxListeners } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { hasValidCredentials, type CredentialConfig } from "./auth.js";
import {
  clearFaults,
  CONTROL_FAULTS_PATH,
  CONTROL_PREFIX,
  CONTROL_RUNS_PATH,
  listFaults,
  listRuns,
  replaceFaults,
  type ControlContext,
} from "./control-routes.js";
import { FaultSchedule } from "./fault-schedule.js";
import { parseFaultSpecs, type FaultSpec } from "./faults.js";
import { DEFAULT_MAX_BODY_BYTES, sendError } from "./http-json.js";
import { formatLogLine, responseOutcome, type RequestRecord } from "./request-log.js";
import { RunStore, type CreatedRun } from "./run-store.js";
import { handleCreateRun, RUNS_PATH, type RunsRouteContext } from "./runs-route.js";

export type { CreatedRun } from "./run-store.js";
export type { FaultSpec } from "./faults.js";

export interface SandboxOptions {
  /** Address to listen on. Default "127.0.0.1". The sandbox does not check that it is loopback. */
  host?: string;
  /** TCP port. Default 0, which picks a free port. */
  port?: number;
  /** Pre-shared key expected in the `Authorization-PSK` header. */
  psk?: string;
  /**
   * Tokens accepted in `Authorization: Bearer <token>`. With neither `psk`
   * nor tokens, any non-empty credential is accepted, but one is required.
   */
  bearerTokens?: string[];
  /** Faults applied from the first request on. Default none. */
  faults?: FaultSpec[];
  /** Seed of the random sequence behind `probability`. Default 1. */
  seed?: number;
  /** Maximum request body size in bytes, above which the sandbox responds 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Receives one line per request. It never contains a header value or a body field. */
  log?: (line: string) => void;
}

export interface Sandbox {
  /** Base URL, such as http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  port: number;
  /** Runs created so far, oldest first, with secret fields replaced by "***". */
  runs(): CreatedRun[];
  /** Replaces the faults and restarts the seeded random sequence. Throws FaultSpecError on an invalid list. */
  setFaults(faults: FaultSpec[]): void;
  clearFaults(): void;
  /** Stops listening and destroys every connection, including hung responses. Safe to call twice. */
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, record: RequestRecord) => unknown;

/** Starts a sandbox and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? "127.0.0.1";
  const credentials = credentialConfig(options);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new RangeError(`maxBodyBytes must be a positive integer, got ${maxBodyBytes}`);
  }

  const store = new RunStore();
  const faults = new FaultSchedule(seed);
  if (options.faults !== undefined) faults.set(parseFaultSpecs(options.faults));
  const closing = new AbortController();
  // Every request waiting out a latency fault listens on this one signal, so
  // the listener count is the number of requests in flight, not a leak.
  setMaxListeners(0, closing.signal);
  const runsContext: RunsRouteContext = { store, faults, maxBodyBytes, closing: closing.signal };
  const controlContext: ControlContext = { store, faults, maxBodyBytes };
  const log = options.log ?? (() => {});

  const routes = new Map<string, Map<string, Handler>>([
    [
      RUNS_PATH,
      new Map([["POST", (req, res, record) => handleCreateRun(req, res, runsContext, record)]]),
    ],
    [CONTROL_RUNS_PATH, new Map([["GET", (_req, res) => listRuns(res, controlContext)]])],
    [
      CONTROL_FAULTS_PATH,
      new Map<string, Handler>([
        ["GET", (_req, res) => listFaults(res, controlContext)],
        ["PUT", (req, res) => replaceFaults(req, res, controlContext)],
        ["DELETE", (_req, res) => clearFaults(res, controlContext)],
      ]),
    ],
  ]);

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const method = req.method ?? "GET";
    const record: RequestRecord = { method, path, startedAt: performance.now(), faults: [] };

    const handled = route(req, res, record).catch((error: unknown) => {
      record.error = error instanceof Error ? error.message : String(error);
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      const message = "internal sandbox error; the sandbox log line for this request has the cause";
      sendError(res, 500, message);
    });
    // The response can close before the handler settles (a client that leaves
    // mid-body), so the line waits for the handler to record its error.
    res.once("close", () => {
      const outcome = responseOutcome(res.headersSent, res.writableFinished, res.statusCode);
      const closedAt = performance.now();
      void handled.then(() => log(formatLogLine(record, outcome, closedAt)));
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, record: RequestRecord) {
    const methods = routes.get(record.path);
    if (methods === undefined) {
      const hint = record.path.startsWith(CONTROL_PREFIX)
        ? `; sandbox control routes are ${CONTROL_RUNS_PATH} and ${CONTROL_FAULTS_PATH}`
        : `; the Nx1 API has POST ${RUNS_PATH}`;
      sendError(res, 404, `no route for ${record.path}${hint}`);
      return;
    }
    const handler = methods.get(record.method);
    if (handler === undefined) {
      const allowed = [...methods.keys()].join(", ");
      sendError(
        res,
        405,
        `method ${record.method} is not allowed on ${record.path}; use ${allowed}`,
        {
          allow: allowed,
        },
      );
      return;
    }
    if (!hasValidCredentials(req.headers, credentials)) {
      sendError(
        res,
        401,
        "missing or invalid credentials: send the Authorization-PSK header or Authorization: Bearer <token>",
        { "www-authenticate": 'Bearer realm="nx1-sandbox"' },
      );
      return;
    }
    await handler(req, res, record);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host, port: options.port ?? 0 }, () => {
      server.off("error", reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${urlHost(address)}:${address.port}`,
    port: address.port,
    runs: () => store.list(),
    setFaults: (list) => faults.set(parseFaultSpecs(list)),
    clearFaults: () => faults.clear(),
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function credentialConfig(options: SandboxOptions): CredentialConfig {
  if (options.psk !== undefined && options.psk === "") {
    throw new TypeError("psk must not be empty; leave it out to accept any non-empty credential");
  }
  const tokens = options.bearerTokens ?? [];
  if (tokens.some((token) => token === "" || /\s/.test(token))) {
    throw new TypeError("bearerTokens must be non-empty and contain no whitespace");
  }
  return { psk: options.psk, bearerTokens: tokens };
}

/** Formats the bound address for a URL. A wildcard address becomes the loopback address of its family. */
function urlHost(address: AddressInfo): string {
  if (address.family === "IPv6") return address.address === "::" ? "[::1]" : `[${address.address}]`;
  return address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
}
