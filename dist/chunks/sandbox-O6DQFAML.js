import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  validateContractRequest
} from "./chunk-6NYFVFWC.js";
import {
  require_mod
} from "./chunk-ZAHGKAMQ.js";
import {
  __toESM
} from "./chunk-RVDFPOOV.js";

// src/sandbox/command.ts
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";

// src/sandbox/faults.ts
var FAULT_KINDS = [
  "latency",
  "status",
  "reset-before-create",
  "reset-after-create",
  "hang",
  "invalid-json",
  "missing-run-id"
];
var STATUS_FAULT_CODES = [500, 502, 503, 429];
var MAX_LATENCY_MS = 2147483647;
var LIMIT_KEYS = ["times", "probability"];
var KIND_KEYS = {
  latency: ["ms"],
  status: ["status", "retryAfter"],
  "reset-before-create": [],
  "reset-after-create": [],
  hang: ["during"],
  "invalid-json": [],
  "missing-run-id": []
};
var FaultSpecError = class extends Error {
  name = "FaultSpecError";
};
function parseFaultSpecs(value) {
  if (!Array.isArray(value)) {
    throw new FaultSpecError(
      `faults must be a JSON array of fault objects, got ${describe(value)}`
    );
  }
  return value.map((entry, index) => {
    if (!isPlainObject(entry)) {
      throw new FaultSpecError(
        `faults[${index}] must be an object such as {"kind":"latency","ms":200}, got ${describe(entry)}`
      );
    }
    return parseFaultSpec(entry, (key) => `faults[${index}].${key}`);
  });
}
function parseFaultSpec(value, fieldName = (key) => `fault.${key}`) {
  if (!isPlainObject(value)) {
    throw new FaultSpecError(
      `fault must be an object such as {"kind":"latency","ms":200}, got ${describe(value)}`
    );
  }
  const entry = value;
  const kind = entry.kind;
  if (typeof kind !== "string" || !FAULT_KINDS.includes(kind)) {
    throw new FaultSpecError(
      `${fieldName("kind")} must be one of ${FAULT_KINDS.join(", ")}, got ${describe(kind)}`
    );
  }
  const faultKind = kind;
  const allowed = /* @__PURE__ */ new Set(["kind", ...LIMIT_KEYS, ...KIND_KEYS[faultKind]]);
  for (const key of Object.keys(entry)) {
    if (!allowed.has(key)) {
      throw new FaultSpecError(
        `${fieldName(key)} is not an option of a ${faultKind} fault; allowed: ${[...allowed].map(fieldName).join(", ")}`
      );
    }
  }
  const limits = {};
  if (entry.times !== void 0) {
    limits.times = integerField(entry.times, fieldName("times"), 1, Number.MAX_SAFE_INTEGER);
  }
  if (entry.probability !== void 0) {
    const probability = entry.probability;
    if (typeof probability !== "number" || !(probability >= 0 && probability <= 1)) {
      throw new FaultSpecError(
        `${fieldName("probability")} must be a number from 0 to 1, got ${describe(probability)}`
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
      if (!STATUS_FAULT_CODES.includes(status)) {
        throw new FaultSpecError(
          `${fieldName("status")} must be one of ${STATUS_FAULT_CODES.join(", ")}, got ${describe(status)}`
        );
      }
      const fault = { kind: "status", status, ...limits };
      if (entry.retryAfter !== void 0) {
        const name = fieldName("retryAfter");
        fault.retryAfter = integerField(entry.retryAfter, name, 0, Number.MAX_SAFE_INTEGER);
      }
      return fault;
    }
    case "hang": {
      const during = entry.during;
      if (during !== void 0 && during !== "headers" && during !== "body") {
        throw new FaultSpecError(
          `${fieldName("during")} must be "headers" or "body", got ${describe(during)}`
        );
      }
      return during === void 0 ? { kind: "hang", ...limits } : { kind: "hang", during, ...limits };
    }
    default:
      return { kind: faultKind, ...limits };
  }
}
function integerField(value, name, min, max) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new FaultSpecError(
      `${name} must be an integer from ${min} to ${max}, got ${describe(value)}`
    );
  }
  return value;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function describe(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// src/sandbox/fault-syntax.ts
var FAULT_SYNTAX_HELP = `Faults (--fault KIND[=VALUE][:OPTION=VALUE]..., repeatable, applied in order):
  latency=MS                   wait MS milliseconds before responding; combines with the others
  status=CODE[:retry-after=S]  respond CODE (500, 502, 503 or 429) without creating a run,
                               with a Retry-After of S seconds if given
  reset-before-create          close the connection without creating a run
  reset-after-create           create the run, then close the connection without a response
  hang[=headers|body]          create the run, then never finish the response: send no headers
                               (default), or the headers and half of the body
  invalid-json                 create the run, respond 201 with a body that is not valid JSON
  missing-run-id               create the run, respond 201 without run_id
Options of every fault:
  times=N                      apply to the next N requests only, then expire
  probability=P                apply with a chance of P (0 to 1), drawn from the --seed sequence
A request gets every latency that applies and the first other fault that applies.
`;
var SYNTAX_NAMES = {
  kind: "kind",
  ms: "latency",
  status: "status",
  retryAfter: "retry-after",
  during: "hang",
  times: "times",
  probability: "probability"
};
function parseFaultArgument(text) {
  const fail = (problem) => new FaultSpecError(`invalid --fault ${JSON.stringify(text)}: ${problem}`);
  const [head = "", ...optionParts] = text.split(":");
  const [kind = "", value] = splitOnce(head);
  const spec = { kind };
  switch (kind) {
    case "latency":
      spec.ms = numberValue(value, "latency=MS, such as latency=200", fail);
      break;
    case "status":
      spec.status = numberValue(value, "status=CODE, such as status=503", fail);
      break;
    case "hang":
      if (value !== void 0) spec.during = value;
      break;
    default:
      if (value !== void 0) throw fail(`${kind} takes no value; write ${kind}`);
  }
  for (const part of optionParts) {
    const [option = "", optionValue] = splitOnce(part);
    const example = `${option}=${option === "probability" ? "0.5" : "3"}`;
    switch (option) {
      case "times":
      case "probability":
        spec[option] = numberValue(optionValue, example, fail);
        break;
      case "retry-after":
        if (kind !== "status") throw fail("retry-after applies only to status faults");
        spec.retryAfter = numberValue(optionValue, "retry-after=SECONDS", fail);
        break;
      default:
        throw fail(
          `unknown option ${JSON.stringify(option)}; options are times, probability and, for status, retry-after`
        );
    }
  }
  try {
    return parseFaultSpec(spec, (key) => SYNTAX_NAMES[key] ?? key);
  } catch (error) {
    if (error instanceof FaultSpecError) throw fail(error.message);
    throw error;
  }
}
function splitOnce(text) {
  const index = text.indexOf("=");
  return index === -1 ? [text, void 0] : [text.slice(0, index), text.slice(index + 1)];
}
function numberValue(value, expected, fail) {
  if (value === void 0 || !/^-?(\d+(\.\d*)?|\.\d+)$/.test(value)) {
    throw fail(
      `expected ${expected}, got ${value === void 0 ? "no value" : JSON.stringify(value)}`
    );
  }
  return Number(value);
}

// src/sandbox/loopback.ts
import { isIPv4, isIPv6 } from "node:net";
function isLoopbackHost(host) {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  if (bare.toLowerCase() === "localhost") return true;
  if (isIPv4(bare)) return bare.startsWith("127.");
  if (!isIPv6(bare)) return false;
  const lower = bare.toLowerCase();
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1] !== void 0) return mapped[1].startsWith("127.");
  return expandIPv6(lower) === "0000:0000:0000:0000:0000:0000:0000:0001";
}
function expandIPv6(address) {
  const [left = "", right] = address.split("::");
  const head = left === "" ? [] : left.split(":");
  const tail = right === void 0 || right === "" ? [] : right.split(":");
  const zeros = right === void 0 ? [] : Array(8 - head.length - tail.length).fill("0");
  return [...head, ...zeros, ...tail].map((group) => group.padStart(4, "0")).join(":");
}

// src/sandbox/runs-route.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/sandbox/http-json.ts
var DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
async function readJsonBody(req, maxBytes) {
  const contentType = req.headers["content-type"];
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return {
      ok: false,
      status: 400,
      message: `Content-Type must be application/json, got ${contentType === void 0 ? "none" : JSON.stringify(contentType.slice(0, 60))}`
    };
  }
  const tooLarge = {
    ok: false,
    status: 413,
    message: `request body exceeds the limit of ${maxBytes} bytes`
  };
  const declaredLength = Number(req.headers["content-length"] ?? "0");
  if (declaredLength > maxBytes) {
    req.resume();
    return tooLarge;
  }
  const chunks = [];
  let size = 0;
  const complete = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        req.off("end", onEnd);
        req.resume();
        resolve(false);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(true);
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", reject);
    req.once(
      "close",
      () => reject(new Error("client closed the connection before the body ended"))
    );
  });
  if (!complete) return tooLarge;
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, status: 400, message: "request body is not valid UTF-8" };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, message: `request body is not valid JSON${where(error)}` };
  }
}
function where(error) {
  const message = error instanceof Error ? error.message : "";
  if (message.includes("Unexpected end of JSON input")) return ": it ends early";
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === void 0 ? "" : ` at position ${position}`;
}
function sendJson(res, status, body, headers = {}) {
  sendRawJson(res, status, JSON.stringify(body), headers);
}
function sendRawJson(res, status, text, headers = {}) {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers
  });
  res.end(text);
}
function sendError(res, status, message, headers = {}) {
  const body = { error: message, code: status };
  sendJson(res, status, body, headers);
}

// src/sandbox/validation-message.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);

// src/sandbox/run-store.ts
import { randomUUID } from "node:crypto";
var SECRET_FIELDS = ["s3_access_key", "s3_secret_key", "kinit_password"];
var MASK = "***";
var RunStore = class {
  runs = [];
  /** Creates a run for a request that passed validation and returns its response. */
  create(request) {
    const runId = randomUUID();
    const createdAt = (/* @__PURE__ */ new Date()).toISOString();
    const dagRunIds = Array.from(
      { length: Math.max(1, tableRowCount(request)) },
      (_, index) => `sandbox__${createdAt}__${runId.slice(0, 8)}_${index + 1}`
    );
    const response = {
      run_id: runId,
      status: "queued",
      migration_type: request.migration_type,
      dag_run_id: dagRunIds[0] ?? null,
      dag_run_ids: dagRunIds,
      created_at: createdAt
    };
    this.runs.push({ request: maskSecrets(request), response: structuredClone(response) });
    return response;
  }
  /** Returns copies of the created runs, oldest first. */
  list() {
    return structuredClone(this.runs);
  }
};
function maskSecrets(request) {
  const copy = structuredClone(request);
  for (const field of SECRET_FIELDS) {
    if (copy[field] !== void 0 && copy[field] !== null) copy[field] = MASK;
  }
  return copy;
}
function tableRowCount(request) {
  switch (request.migration_type) {
    case "file_only":
      return request.folder_tables?.length ?? 0;
    case "data_hive_to_hive":
    case "data_hive_to_iceberg":
      return request.migration_tables?.length ?? 0;
    case "metadata_hive_to_iceberg":
      return request.metadata_tables?.length ?? 0;
  }
}

// src/sandbox/validation-message.ts
var MAX_PROBLEMS = 10;
function describeValidationErrors(errors) {
  const problems = [...new Set(errors.map(describeError))];
  const listed = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > listed.length) listed.push(`and ${problems.length - listed.length} more`);
  return listed.join("; ");
}
function describeError(error) {
  const segments = pointerSegments(error.instancePath);
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params.missingProperty);
      return `${subject([...segments, missing])}: is required`;
    }
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      return `${subject([...segments, unknown])}: is not a field of ${schemaTitle(error)}${suggestion(unknown, error)}`;
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String).join(", ");
      return `${subject(segments)}: must be one of ${allowed}${received(segments, error.data)}`;
    }
    case "type": {
      return `${subject(segments)}: must be ${typeName(error.params.type)}${received(segments, error.data)}`;
    }
    default:
      return `${subject(segments)}: ${error.message ?? error.keyword}${received(segments, error.data)}`;
  }
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function subject(segments) {
  if (segments.length === 0) return "request body";
  let path = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path === "" ? segment : `.${segment}`;
  }
  return `spec field ${path}`;
}
function typeName(type) {
  const names = (Array.isArray(type) ? type : [type]).map(
    (name) => name === "object" || name === "array" || name === "integer" ? `an ${name}` : `a ${name}`
  );
  return names.join(" or ").replace("a null", "null");
}
function received(segments, data) {
  const field = segments.at(-1);
  if (segments.length === 1 && SECRET_FIELDS.includes(field ?? "")) {
    return "";
  }
  if (data === void 0) return "";
  const text = JSON.stringify(data) ?? String(data);
  return `, got ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}
function schemaTitle(error) {
  const title = error.parentSchema?.title;
  return typeof title === "string" ? title : "this object";
}
function suggestion(unknown, error) {
  const properties = error.parentSchema?.properties;
  const known = Object.keys(properties ?? {});
  if (known.length === 0) return " (remove it)";
  const candidate = (0, import_fastest_levenshtein.closest)(unknown, known);
  if ((0, import_fastest_levenshtein.distance)(unknown, candidate) <= Math.max(2, Math.floor(candidate.length / 4))) {
    return ` (did you mean ${candidate}?)`;
  }
  return ` (remove it, or use one of ${known.join(", ")})`;
}

// src/sandbox/runs-route.ts
var RUNS_PATH = "/api/migration/data-migration/runs";
async function handleCreateRun(req, res, context, record) {
  const decision = context.faults.draw();
  record.faults = decision.applied;
  const outcome = decision.outcome;
  const body = await readJsonBody(req, context.maxBodyBytes);
  let rejection;
  if (!body.ok) {
    rejection = body;
  } else if (!validateContractRequest(body.value)) {
    rejection = {
      status: 422,
      message: describeValidationErrors(validateContractRequest.errors ?? [])
    };
  }
  const failsInFront = outcome?.kind === "status" || outcome?.kind === "reset-before-create";
  let response;
  if (body.ok && rejection === void 0 && !failsInFront) {
    response = context.store.create(body.value);
    record.runId = response.run_id;
  }
  if (decision.latencyMs > 0) {
    try {
      await sleep(decision.latencyMs, void 0, { signal: context.closing });
    } catch {
      return;
    }
  }
  if (res.destroyed) return;
  if (outcome?.kind === "status") {
    const headers = outcome.retryAfter === void 0 ? {} : { "retry-after": String(outcome.retryAfter) };
    sendError(res, outcome.status, `injected fault: status ${outcome.status}`, headers);
    return;
  }
  if (outcome?.kind === "reset-before-create") {
    req.socket.destroy();
    return;
  }
  if (rejection !== void 0) {
    const headers = rejection.status === 413 ? { connection: "close" } : {};
    sendError(res, rejection.status, rejection.message, headers);
    return;
  }
  if (response === void 0) return;
  switch (outcome?.kind) {
    case "reset-after-create":
      req.socket.destroy();
      return;
    case "hang":
      hang(res, response, outcome.during ?? "headers");
      return;
    case "invalid-json": {
      const text = JSON.stringify(response);
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
function hang(res, response, during) {
  if (during === "headers") return;
  const text = JSON.stringify(response);
  res.writeHead(201, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text)
  });
  res.write(text.slice(0, Math.floor(text.length / 2)));
}

// src/sandbox/server.ts
import { setMaxListeners } from "node:events";
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";

// src/sandbox/auth.ts
import { createHash, timingSafeEqual } from "node:crypto";
function hasValidCredentials(headers, config) {
  const psk = headerText(headers["authorization-psk"]).trim();
  const token = bearerToken(headerText(headers.authorization));
  const tokens = config.bearerTokens ?? [];
  if (config.psk === void 0 && tokens.length === 0) {
    return psk !== "" || token !== "";
  }
  if (config.psk !== void 0 && psk !== "" && secretsEqual(psk, config.psk)) return true;
  return token !== "" && tokens.some((expected) => secretsEqual(token, expected));
}
function bearerToken(authorization) {
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  return match?.[1] ?? "";
}
function headerText(value) {
  return Array.isArray(value) ? value.join(", ") : value ?? "";
}
function secretsEqual(received2, expected) {
  const digest = (text) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(received2), digest(expected));
}

// src/sandbox/control-routes.ts
var CONTROL_PREFIX = "/__sandbox/";
var CONTROL_RUNS_PATH = "/__sandbox/runs";
var CONTROL_FAULTS_PATH = "/__sandbox/faults";
function listRuns(res, context) {
  sendJson(res, 200, { runs: context.store.list() });
}
function listFaults(res, context) {
  sendJson(res, 200, { faults: context.faults.list() });
}
async function replaceFaults(req, res, context) {
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
function clearFaults(res, context) {
  context.faults.clear();
  sendJson(res, 200, { faults: [] });
}

// src/sandbox/fault-schedule.ts
var FaultSchedule = class {
  constructor(seed) {
    this.seed = seed;
    this.nextRandom = mulberry32(seed);
  }
  seed;
  faults = [];
  nextRandom;
  /**
   * Replaces the fault list and restarts the random sequence from the seed,
   * so that a trial which sets its faults replays the same way whatever
   * requests came before it.
   */
  set(faults) {
    this.faults = faults.map((spec) => ({ spec: { ...spec }, remaining: spec.times }));
    this.nextRandom = mulberry32(this.seed);
  }
  clear() {
    this.faults = [];
  }
  /** Returns the active faults, with `times` lowered to the requests each has left. */
  list() {
    return this.faults.map(
      ({ spec, remaining }) => remaining === void 0 ? { ...spec } : { ...spec, times: remaining }
    );
  }
  /**
   * Draws the faults for the next request. Faults are considered in list
   * order: every latency fault that applies adds its delay, and the first
   * other fault that applies becomes the outcome. Later non-latency faults
   * are then skipped without drawing a random number or using up `times`.
   */
  draw() {
    const decision = { latencyMs: 0, applied: [] };
    for (const fault of this.faults) {
      const { spec } = fault;
      if (spec.kind !== "latency" && decision.outcome !== void 0) continue;
      if (spec.probability !== void 0 && this.nextRandom() >= spec.probability) continue;
      if (spec.kind === "latency") {
        decision.latencyMs += spec.ms;
      } else {
        decision.outcome = spec;
      }
      decision.applied.push(spec.kind === "status" ? `status-${spec.status}` : spec.kind);
      if (fault.remaining !== void 0) fault.remaining -= 1;
    }
    this.faults = this.faults.filter(
      (fault) => fault.remaining === void 0 || fault.remaining > 0
    );
    return decision;
  }
};
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/sandbox/request-log.ts
function formatLogLine(record, outcome, now) {
  const parts = [
    record.method,
    printable(record.path),
    outcome,
    `run_id=${record.runId ?? "-"}`,
    `${Math.round(now - record.startedAt)}ms`
  ];
  if (record.faults.length > 0) parts.push(`faults=${record.faults.join(",")}`);
  if (record.error !== void 0) parts.push(`error=${JSON.stringify(printable(record.error))}`);
  return parts.join(" ");
}
function responseOutcome(headersSent, finished, status) {
  if (!headersSent) return "no-response";
  return finished ? String(status) : `${status}-incomplete`;
}
function printable(text) {
  return text.replace(/[^\x21-\x7e]/gu, (character) => encodeURIComponent(character));
}

// src/sandbox/server.ts
async function startSandbox(options = {}) {
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
  if (options.faults !== void 0) faults.set(parseFaultSpecs(options.faults));
  const closing = new AbortController();
  setMaxListeners(0, closing.signal);
  const runsContext = { store, faults, maxBodyBytes, closing: closing.signal };
  const controlContext = { store, faults, maxBodyBytes };
  const log = options.log ?? (() => {
  });
  const routes = /* @__PURE__ */ new Map([
    [
      RUNS_PATH,
      /* @__PURE__ */ new Map([["POST", (req, res, record) => handleCreateRun(req, res, runsContext, record)]])
    ],
    [CONTROL_RUNS_PATH, /* @__PURE__ */ new Map([["GET", (_req, res) => listRuns(res, controlContext)]])],
    [
      CONTROL_FAULTS_PATH,
      /* @__PURE__ */ new Map([
        ["GET", (_req, res) => listFaults(res, controlContext)],
        ["PUT", (req, res) => replaceFaults(req, res, controlContext)],
        ["DELETE", (_req, res) => clearFaults(res, controlContext)]
      ])
    ]
  ]);
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const method = req.method ?? "GET";
    const record = { method, path, startedAt: performance.now(), faults: [] };
    const handled = route(req, res, record).catch((error) => {
      record.error = error instanceof Error ? error.message : String(error);
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      const message = "internal sandbox error; the sandbox log line for this request has the cause";
      sendError(res, 500, message);
    });
    res.once("close", () => {
      const outcome = responseOutcome(res.headersSent, res.writableFinished, res.statusCode);
      const closedAt = performance.now();
      void handled.then(() => log(formatLogLine(record, outcome, closedAt)));
    });
  });
  async function route(req, res, record) {
    const methods = routes.get(record.path);
    if (methods === void 0) {
      const hint = record.path.startsWith(CONTROL_PREFIX) ? `; sandbox control routes are ${CONTROL_RUNS_PATH} and ${CONTROL_FAULTS_PATH}` : `; the Nx1 API has POST ${RUNS_PATH}`;
      sendError(res, 404, `no route for ${record.path}${hint}`);
      return;
    }
    const handler = methods.get(record.method);
    if (handler === void 0) {
      const allowed = [...methods.keys()].join(", ");
      sendError(
        res,
        405,
        `method ${record.method} is not allowed on ${record.path}; use ${allowed}`,
        {
          allow: allowed
        }
      );
      return;
    }
    if (!hasValidCredentials(req.headers, credentials)) {
      sendError(
        res,
        401,
        "missing or invalid credentials: send the Authorization-PSK header or Authorization: Bearer <token>",
        { "www-authenticate": 'Bearer realm="nx1-sandbox"' }
      );
      return;
    }
    await handler(req, res, record);
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ host, port: options.port ?? 0 }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  let closed;
  return {
    url: `http://${urlHost(address)}:${address.port}`,
    port: address.port,
    runs: () => store.list(),
    setFaults: (list) => faults.set(parseFaultSpecs(list)),
    clearFaults: () => faults.clear(),
    close() {
      closed ??= new Promise((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    }
  };
}
function credentialConfig(options) {
  if (options.psk !== void 0 && options.psk === "") {
    throw new TypeError("psk must not be empty; leave it out to accept any non-empty credential");
  }
  const tokens = options.bearerTokens ?? [];
  if (tokens.some((token) => token === "" || /\s/.test(token))) {
    throw new TypeError("bearerTokens must be non-empty and contain no whitespace");
  }
  return { psk: options.psk, bearerTokens: tokens };
}
function urlHost(address) {
  if (address.family === "IPv6") return address.address === "::" ? "[::1]" : `[${address.address}]`;
  return address.address === "0.0.0.0" ? "127.0.0.1" : address.address;
}

// src/sandbox/command.ts
var SANDBOX_HELP = `Usage: nx1-migrate sandbox [options]

Run a local server that implements the Nx1 API endpoint
POST ${RUNS_PATH} from the contract, to try manifests and
\`nx1-migrate apply\` without the platform. It responds with 401 without
credentials, 400 for a body that is not JSON, 422 for a body the schema
rejects, and 201 with a new run id otherwise. Runs live in memory until the sandbox stops
(Ctrl-C or SIGTERM).

Options:
  --host ADDRESS   address to listen on (default 127.0.0.1)
  --port N         TCP port, 0 for a free one (default 0)
  --psk KEY        pre-shared key expected in the Authorization-PSK header
                   (default: $NX1_SANDBOX_PSK, else a random key printed once)
  --fault SPEC     inject a fault into POST requests to the API, repeatable
  --seed N         seed of the random sequence for faults with a probability
                   (default 1, so a run with the same faults replays the same way)
  --allow-remote   allow a --host that is not loopback
  -h, --help       show this help

${FAULT_SYNTAX_HELP}
Sandbox-only control routes (same credentials, never faulted):
  GET /__sandbox/runs                 runs created so far, secret fields as "***"
  GET, PUT, DELETE /__sandbox/faults  show, replace (JSON array) or clear the faults

Example:
  nx1-migrate sandbox --port 8080 --fault latency=300 --fault status=503:retry-after=1:times=2
`;
var SandboxUsageError = class extends Error {
  name = "SandboxUsageError";
};
async function runSandboxCommand(argv, io) {
  let settings;
  try {
    settings = parseSandboxArgs(argv, io.env ?? process.env);
  } catch (error) {
    if (!(error instanceof SandboxUsageError || error instanceof FaultSpecError)) throw error;
    io.stderr.write(
      `nx1-migrate sandbox: ${error.message}
Run \`nx1-migrate sandbox --help\` for usage.
`
    );
    return 2;
  }
  if (settings === "help") {
    io.stdout.write(SANDBOX_HELP);
    return 0;
  }
  let sandbox;
  try {
    sandbox = await startSandbox({
      host: settings.host,
      port: settings.port,
      psk: settings.psk,
      faults: settings.faults,
      seed: settings.seed,
      log: (line) => io.stdout.write(`${(/* @__PURE__ */ new Date()).toISOString()} ${line}
`)
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `nx1-migrate sandbox: cannot listen on ${settings.host} port ${settings.port}: ${reason}; choose another --port, or 0 for a free one
`
    );
    return 1;
  }
  io.stdout.write(`Nx1 sandbox listening on ${sandbox.url}
`);
  io.stdout.write(`API endpoint: POST ${sandbox.url}${RUNS_PATH}
`);
  if (settings.pskSource === "generated") {
    io.stdout.write(`Authorization-PSK (generated for this sandbox): ${settings.psk}
`);
  } else {
    io.stdout.write(`Authorization-PSK: the value of ${settings.pskSource}
`);
  }
  for (const fault of settings.faults) io.stdout.write(`Fault: ${JSON.stringify(fault)}
`);
  io.stdout.write("Press Ctrl-C to stop.\n");
  const signalName = await waitForStop(io.signal);
  io.stdout.write(
    `Stopping the sandbox (${signalName}); ${sandbox.runs().length} run(s) were created.
`
  );
  await sandbox.close();
  return 0;
}
function parseSandboxArgs(argv, env) {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        psk: { type: "string" },
        fault: { type: "string", multiple: true },
        seed: { type: "string" },
        "allow-remote": { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    }));
  } catch (error) {
    throw new SandboxUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return "help";
  const rawHost = values.host ?? "127.0.0.1";
  const host = rawHost.startsWith("[") && rawHost.endsWith("]") ? rawHost.slice(1, -1) : rawHost;
  if (host === "")
    throw new SandboxUsageError("--host must not be empty; for example --host 127.0.0.1");
  if (!isLoopbackHost(host) && !values["allow-remote"]) {
    throw new SandboxUsageError(
      `--host ${JSON.stringify(rawHost)} is not a loopback address. The sandbox accepts any well-formed run and prints its credential, so other machines should not reach it. Use 127.0.0.1, or add --allow-remote if you really want that`
    );
  }
  const port = integerOption("port", values.port, 0, 65535, 0);
  const seed = integerOption("seed", values.seed, 0, 4294967295, 1);
  const faults = (values.fault ?? []).map(parseFaultArgument);
  if (values.psk !== void 0) {
    if (values.psk === "") throw new SandboxUsageError("--psk must not be empty");
    return { host, port, seed, faults, psk: values.psk, pskSource: "--psk" };
  }
  const fromEnv = env.NX1_SANDBOX_PSK;
  if (fromEnv !== void 0 && fromEnv !== "") {
    return { host, port, seed, faults, psk: fromEnv, pskSource: "NX1_SANDBOX_PSK" };
  }
  const psk = randomBytes(24).toString("base64url");
  return { host, port, seed, faults, psk, pskSource: "generated" };
}
function integerOption(name, value, min, max, fallback) {
  if (value === void 0) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) {
    throw new SandboxUsageError(
      `invalid --${name} ${JSON.stringify(value)}; expected a whole number from ${min} to ${max}`
    );
  }
  return number;
}
function waitForStop(abort) {
  return new Promise((resolve) => {
    const stop = (name) => {
      process.off("SIGINT", onInterrupt);
      process.off("SIGTERM", onTerminate);
      abort?.removeEventListener("abort", onAbort);
      resolve(name);
    };
    const onInterrupt = () => stop("SIGINT");
    const onTerminate = () => stop("SIGTERM");
    const onAbort = () => stop("abort signal");
    process.once("SIGINT", onInterrupt);
    process.once("SIGTERM", onTerminate);
    if (abort?.aborted) stop("abort signal");
    else abort?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/cli/commands/sandbox.ts
async function sandboxCommand(argv, io) {
  return runSandboxCommand(argv, { stdout: io.stdout, stderr: io.stderr, env: io.env });
}
export {
  sandboxCommand
};
