// Faults that the sandbox injects into POST /api/migration/data-migration/runs,
// so that tests and users can see how a client behaves when the Nx1 API is
// slow, failing or cut off. Only authenticated POSTs draw faults, so a 401
// uses up no `times`. Control routes under /__sandbox/ never get faults.

/** Limits shared by every fault. */
export interface FaultLimits {
  /** Number of requests the fault applies to before it expires. Default: no limit. */
  times?: number;
  /**
   * Chance from 0 to 1 that the fault applies to a request, drawn from the
   * sandbox's seeded random sequence. Default 1.
   */
  probability?: number;
}

export type StatusFaultCode = 500 | 502 | 503 | 429;

export type FaultSpec = FaultLimits &
  (
    | { kind: "latency"; ms: number }
    | { kind: "status"; status: StatusFaultCode; retryAfter?: number }
    | { kind: "reset-before-create" }
    | { kind: "reset-after-create" }
    | { kind: "hang"; during?: "headers" | "body" }
    | { kind: "invalid-json" }
    | { kind: "missing-run-id" }
  );

export type FaultKind = FaultSpec["kind"];

/** Fault kinds that replace the response, as opposed to latency, which only delays it. */
export type OutcomeFault = Exclude<FaultSpec, { kind: "latency" }>;

export const FAULT_KINDS: readonly FaultKind[] = [
  "latency",
  "status",
  "reset-before-create",
  "reset-after-create",
  "hang",
  "invalid-json",
  "missing-run-id",
];

export const STATUS_FAULT_CODES: readonly StatusFaultCode[] = [500, 502, 503, 429];

/** Node's setTimeout fires at once for a delay above 2^31 - 1 ms, so longer latencies are rejected. */
export const MAX_LATENCY_MS = 2_147_483_647;

const LIMIT_KEYS = ["times", "probability"];
const KIND_KEYS: Record<FaultKind, readonly string[]> = {
  latency: ["ms"],
  status: ["status", "retryAfter"],
  "reset-before-create": [],
  "reset-after-create": [],
  hang: ["during"],
  "invalid-json": [],
  "missing-run-id": [],
};

/** Error for a fault list that does not match FaultSpec. The message names the entry and the field. */
export class FaultSpecError extends Error {
  override name = "FaultSpecError";
}

/**
 * Checks an untrusted value, such as the body of PUT /__sandbox/faults, and
 * returns it as a fault list. Unknown keys are errors, so that a misspelt
 * `retry_after` does not silently drop the header.
 */
export function parseFaultSpecs(value: unknown): FaultSpec[] {
  if (!Array.isArray(value)) {
    throw new FaultSpecError(
      `faults must be a JSON array of fault objects, got ${describe(value)}`,
    );
  }
  return value.map((entry, index) => {
    if (!isPlainObject(entry)) {
      throw new FaultSpecError(
        `faults[${index}] must be an object such as {"kind":"latency","ms":200}, got ${describe(entry)}`,
      );
    }
    return parseFaultSpec(entry, (key) => `faults[${index}].${key}`);
  });
}

/**
 * Checks one fault object. `fieldName` turns a FaultSpec key into the name
 * that error messages use, so that the CLI can name its own syntax.
 */
export function parseFaultSpec(
  value: unknown,
  fieldName: (key: string) => string = (key) => `fault.${key}`,
): FaultSpec {
  if (!isPlainObject(value)) {
    throw new FaultSpecError(
      `fault must be an object such as {"kind":"latency","ms":200}, got ${describe(value)}`,
    );
  }
  const entry = value;
  const kind = entry.kind;
  if (typeof kind !== "string" || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new FaultSpecError(
      `${fieldName("kind")} must be one of ${FAULT_KINDS.join(", ")}, got ${describe(kind)}`,
    );
  }
  const faultKind = kind as FaultKind;
  const allowed = new Set(["kind", ...LIMIT_KEYS, ...KIND_KEYS[faultKind]]);
  for (const key of Object.keys(entry)) {
    if (!allowed.has(key)) {
      throw new FaultSpecError(
        `${fieldName(key)} is not an option of a ${faultKind} fault; allowed: ${[...allowed].map(fieldName).join(", ")}`,
      );
    }
  }

  const limits: FaultLimits = {};
  if (entry.times !== undefined) {
    limits.times = integerField(entry.times, fieldName("times"), 1, Number.MAX_SAFE_INTEGER);
  }
  if (entry.probability !== undefined) {
    const probability = entry.probability;
    if (typeof probability !== "number" || !(probability >= 0 && probability <= 1)) {
      throw new FaultSpecError(
        `${fieldName("probability")} must be a number from 0 to 1, got ${describe(probability)}`,
      );
    }
    limits.probability = probability;
  }

  switch (faultKind) {
    case "latency": {
      const ms = integerField(entry.ms, fieldName("ms"), 0, MAX_LATENCY_MS);
      return { kind: "latency", ms, ...limits };
    }
    case "status": {
      const status = entry.status;
      if (!(STATUS_FAULT_CODES as readonly unknown[]).includes(status)) {
        throw new FaultSpecError(
          `${fieldName("status")} must be one of ${STATUS_FAULT_CODES.join(", ")}, got ${describe(status)}`,
        );
      }
      const fault: FaultSpec = { kind: "status", status: status as StatusFaultCode, ...limits };
      if (entry.retryAfter !== undefined) {
        const name = fieldName("retryAfter");
        fault.retryAfter = integerField(entry.retryAfter, name, 0, Number.MAX_SAFE_INTEGER);
      }
      return fault;
    }
    case "hang": {
      const during = entry.during;
      if (during !== undefined && during !== "headers" && during !== "body") {
        throw new FaultSpecError(
          `${fieldName("during")} must be "headers" or "body", got ${describe(during)}`,
        );
      }
      return during === undefined
        ? { kind: "hang", ...limits }
        : { kind: "hang", during, ...limits };
    }
    default:
      return { kind: faultKind, ...limits } as FaultSpec;
  }
}

function integerField(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new FaultSpecError(
      `${name} must be an integer from ${min} to ${max}, got ${describe(value)}`,
    );
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
