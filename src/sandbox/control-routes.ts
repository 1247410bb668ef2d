// Control routes that exist only in the sandbox, never on the Nx1 platform.
// They let a test or a user inspect what the sandbox received and change its
// faults while it runs. They need the same credentials as the API and never
// get faults themselves.
//
//   GET    /__sandbox/runs    {"runs": CreatedRun[]}, secret fields as "***"
//   GET    /__sandbox/faults  {"faults": FaultSpec[]}, `times` = requests left
//   PUT    /__sandbox/faults  body: FaultSpec[]; replaces the faults, restarts the seeded sequence
//   DELETE /__sandbox/faults  removes every fault

import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultSchedule } from "./fault-schedule.js";
import { FaultSpecError, parseFaultSpecs } from "./faults.js";
import { readJsonBody, sendError, sendJson } from "./http-json.js";
import type { RunStore } from "./run-store.js";

export const CONTROL_PREFIX = "/__sandbox/";
export const CONTROL_RUNS_PATH = "/__sandbox/runs";
export const CONTROL_FAULTS_PATH = "/__sandbox/faults";

export interface ControlContext {
  store: RunStore;
  faults: FaultSchedule;
  maxBodyBytes: number;
}

export function listRuns(res: ServerResponse, context: ControlContext): void {
  sendJson(res, 200, { runs: context.store.list() });
}

export function listFaults(res: ServerResponse, context: ControlContext): void {
  sendJson(res, 200, { faults: context.faults.list() });
}

export async function replaceFaults(
  req: IncomingMessage,
  res: ServerResponse,
  context: ControlContext,
): Promise<void> {
  const body = await readJsonBody(req, context.maxBodyBytes);
  if (!body.ok) {
    const headers = body.status === 413 ? { connection: "close" } : {};
    sendError(res, body.status, body.message, headers);
    return;
  }
  try {
    context.faults.set(parseFaultSpecs(body.value));
  } catch (error) {
    if (!(error instanceof FaultSpecError)) throw error;
    sendError(res, 422, error.message);
    return;
  }
  sendJson(res, 200, { faults: context.faults.list() });
}

export function clearFaults(res: ServerResponse, context: ControlContext): void {
  context.faults.clear();
  sendJson(res, 200, { faults: [] });
}
