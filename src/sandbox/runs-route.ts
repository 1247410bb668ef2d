// POST /api/migration/data-migration/runs: validates the body against the
// contract, creates a run, and applies the faults drawn for the request.

import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { DataMigrationRunRequest, DataMigrationRunResponse } from "../generated/api-types.js";
import { validateContractRequest } from "../generated/validators.js";
import type { FaultSchedule } from "./fault-schedule.js";
import { readJsonBody, sendError, sendJson, sendRawJson } from "./http-json.js";
import type { RequestRecord } from "./request-log.js";
import type { RunStore } from "./run-store.js";
import { describeValidationErrors } from "./validation-message.js";

export const RUNS_PATH = "/api/migration/data-migration/runs";

export interface RunsRouteContext {
  store: RunStore;
  faults: FaultSchedule;
  maxBodyBytes: number;
  /** Aborted when the sandbox closes, which cuts latency waits short. */
  closing: AbortSignal;
}

/**
 * Handles one authenticated POST. The run is created before any latency, so
 * a client that times out while waiting cannot tell whether it exists: the
 * case that the client's at-most-once bookkeeping has to cover. Faults that imply a failure in front of
 * the API (status, reset-before-create) create no run and win over a 400 or
 * 422; faults that imply the API accepted the request (reset-after-create,
 * hang, invalid-json, missing-run-id) only act on a valid request.
 */
export async function handleCreateRun(
  req: IncomingMessage,
  res: ServerResponse,
  context: RunsRouteContext,
  record: RequestRecord,
): Promise<void> {
  // Faults are drawn when the request arrives, so that their order follows
  // arrival order and not the time each body takes to upload.
  const decision = context.faults.draw();
  record.faults = decision.applied;
  const outcome = decision.outcome;

  const body = await readJsonBody(req, context.maxBodyBytes);
  let rejection: { status: number; message: string } | undefined;
  if (!body.ok) {
    rejection = body;
  } else if (!validateContractRequest(body.value)) {
    rejection = {
      status: 422,
      message: describeValidationErrors(validateContractRequest.errors ?? []),
    };
  }

  const failsInFront = outcome?.kind === "status" || outcome?.kind === "reset-before-create";
  let response: DataMigrationRunResponse | undefined;
  if (body.ok && rejection === undefined && !failsInFront) {
    response = context.store.create(body.value as DataMigrationRunRequest);
    record.runId = response.run_id;
  }

  if (decision.latencyMs > 0) {
    try {
      await sleep(decision.latencyMs, undefined, { signal: context.closing });
    } catch {
      return; // The sandbox is closing and has destroyed the socket.
    }
  }
  if (res.destroyed) return;

  if (outcome?.kind === "status") {
    const headers =
      outcome.retryAfter === undefined ? {} : { "retry-after": String(outcome.retryAfter) };
    sendError(res, outcome.status, `injected fault: status ${outcome.status}`, headers);
    return;
  }
  if (outcome?.kind === "reset-before-create") {
    req.socket.destroy();
    return;
  }
  if (rejection !== undefined) {
    // After a 413 the body was not read to the end, so the connection cannot be reused.
    const headers = rejection.status === 413 ? { connection: "close" } : {};
    sendError(res, rejection.status, rejection.message, headers);
    return;
  }
  if (response === undefined) return;

  switch (outcome?.kind) {
    case "reset-after-create":
      req.socket.destroy();
      return;
    case "hang":
      hang(res, response, outcome.during ?? "headers");
      return;
    case "invalid-json": {
      const text = JSON.stringify(response);
      // Any proper prefix of a JSON object lacks its closing brace, so it never parses.
      sendRawJson(res, 201, text.slice(0, Math.floor(text.length / 2)));
      return;
    }
    case "missing-run-id": {
      const { run_id: _runId, ...rest } = response;
      sendJson(res, 201, rest);
      return;
    }
    default:
      sendJson(res, 201, response);
  }
}

/**
 * Leaves the response unfinished until the client gives up or the sandbox
 * closes: either no headers at all, or the headers and half of the body
 * with a Content-Length for all of it.
 */
function hang(res: ServerResponse, response: DataMigrationRunResponse, during: "headers" | "body") {
  if (during === "headers") return;
  const text = JSON.stringify(response);
  res.writeHead(201, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.write(text.slice(0, Math.floor(text.length / 2)));
}
