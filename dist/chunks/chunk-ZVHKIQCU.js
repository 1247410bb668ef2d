import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  manifestNameProblem
} from "./chunk-X2OCYIDF.js";

// src/ledger/folder-store.ts
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/ledger/names.ts
var LedgerNameError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LedgerNameError";
  }
};
function statusFileName(name) {
  const problem = manifestNameProblem(name);
  if (problem !== void 0) {
    throw new LedgerNameError(
      `manifest name ${JSON.stringify(name)} cannot name a status file: ${problem}`
    );
  }
  return `${name}.json`;
}
function nameOfStatusFile(fileName) {
  if (!fileName.endsWith(".json")) return void 0;
  const name = fileName.slice(0, -".json".length);
  return manifestNameProblem(name) === void 0 ? name : void 0;
}

// src/ledger/status-file.ts
var STATUS_FORMAT = 1;
var LEDGER_STATES = [
  "submitting",
  "submitted",
  "rejected",
  "unknown",
  "discarded"
];
var RUN_KEYS = [
  "event",
  "recorded_at",
  "fingerprint",
  "run_id",
  "status",
  "migration_type",
  "dag_run_id",
  "dag_run_ids",
  "created_at",
  "commit",
  "workflow_run_url",
  "error",
  "http_status"
];
function serializeStatus(status) {
  const ordered = {
    format: status.format,
    name: status.name,
    state: status.state,
    fingerprint: status.fingerprint,
    updated_at: status.updated_at,
    source: status.source ? { path: status.source.path, blob: status.source.blob, config: status.source.config } : void 0,
    request: sortedCopy(status.request),
    last_submitted: status.last_submitted ? {
      fingerprint: status.last_submitted.fingerprint,
      run_id: status.last_submitted.run_id,
      request: sortedCopy(status.last_submitted.request)
    } : void 0,
    runs: status.runs.map((run) => pick(run, RUN_KEYS))
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}
function pick(value, keys) {
  const out = {};
  for (const key of keys) if (value[key] !== void 0) out[key] = value[key];
  return out;
}
function sortedCopy(value) {
  const sort = (item) => {
    if (Array.isArray(item)) return item.map(sort);
    if (item === null || typeof item !== "object") return item;
    return Object.fromEntries(
      Object.keys(item).sort().map((key) => [key, sort(item[key])])
    );
  };
  return sort(value);
}

// src/ledger/folder-store.ts
async function readStatusFolder(dir) {
  const files = /* @__PURE__ */ new Map();
  if (!existsSync(dir)) return files;
  const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => entry.name);
  await Promise.all(
    names.map(async (name) => files.set(name, await readFile(join(dir, name), "utf8")))
  );
  return files;
}
async function writeStatusFile(dir, status) {
  await mkdir(dir, { recursive: true });
  const target = join(dir, statusFileName(status.name));
  const temporary = join(
    dir,
    `.${statusFileName(status.name)}.${randomBytes(6).toString("hex")}.tmp`
  );
  try {
    await writeFile(temporary, serializeStatus(status), { flag: "wx" });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return target;
}
async function removeStatusFile(dir, name) {
  await rm(join(dir, statusFileName(name)), { force: true });
}

// src/ledger/parse-status.ts
var StatusFileError = class extends Error {
  constructor(file, detail) {
    super(
      `${file}: invalid status file: ${detail}. Restore it from git history (git log -p -- ${file}) rather than deleting it, because deleting it lets apply submit the run again`
    );
    this.file = file;
    this.name = "StatusFileError";
  }
  file;
};
var FINGERPRINT = /^sha256:[0-9a-f]{64}$/;
var EVENTS = [
  "submitting",
  "submitted",
  "rejected",
  "unknown",
  "adopted",
  "resolved",
  "discarded"
];
function parseStatus(file, text, expectedName) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StatusFileError(
      file,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const fail = (detail) => {
    throw new StatusFileError(file, detail);
  };
  if (!isRecord(data)) return fail("expected a JSON object");
  if (data.format !== STATUS_FORMAT)
    return fail(
      `format is ${JSON.stringify(data.format)}, expected ${STATUS_FORMAT}; a newer nx1-migrate may have written it`
    );
  if (typeof data.name !== "string") return fail("`name` is missing");
  if (expectedName !== void 0 && data.name !== expectedName)
    return fail(
      `\`name\` is ${JSON.stringify(data.name)} but the file name says ${JSON.stringify(expectedName)}`
    );
  if (!LEDGER_STATES.includes(data.state))
    return fail(
      `\`state\` is ${JSON.stringify(data.state)}; expected one of ${LEDGER_STATES.join(", ")}`
    );
  if (typeof data.fingerprint !== "string" || !FINGERPRINT.test(data.fingerprint))
    return fail("`fingerprint` is not a sha256:<64 hex digits> value");
  if (!isRecord(data.request)) return fail("`request` is not an object");
  if (typeof data.updated_at !== "string") return fail("`updated_at` is missing");
  if (!Array.isArray(data.runs)) return fail("`runs` is not a list");
  data.runs.forEach((run, index) => checkRun(run, index, fail));
  if (data.last_submitted !== void 0) {
    const last = data.last_submitted;
    if (!isRecord(last) || typeof last.fingerprint !== "string" || !FINGERPRINT.test(last.fingerprint) || typeof last.run_id !== "string" || !isRecord(last.request)) {
      return fail("`last_submitted` needs fingerprint, run_id and request");
    }
  }
  if (data.source !== void 0) {
    const source = data.source;
    if (!isRecord(source) || typeof source.path !== "string" || typeof source.blob !== "string" || typeof source.config !== "string") {
      return fail("`source` needs path, blob and config");
    }
  }
  return data;
}
function checkRun(run, index, fail) {
  const where = `runs[${index}]`;
  if (!isRecord(run)) fail(`${where} is not an object`);
  const record = run;
  if (!EVENTS.includes(record.event))
    fail(`${where}.event is ${JSON.stringify(record.event)}; expected one of ${EVENTS.join(", ")}`);
  if (typeof record.recorded_at !== "string") fail(`${where}.recorded_at is missing`);
  if (typeof record.fingerprint !== "string" || !FINGERPRINT.test(record.fingerprint))
    fail(`${where}.fingerprint is not a sha256:<64 hex digits> value`);
  for (const key of [
    "run_id",
    "status",
    "migration_type",
    "created_at",
    "commit",
    "workflow_run_url",
    "error"
  ]) {
    if (record[key] !== void 0 && typeof record[key] !== "string")
      fail(`${where}.${key} is not a string`);
  }
  if (record.dag_run_ids !== void 0 && (!Array.isArray(record.dag_run_ids) || record.dag_run_ids.some((id) => typeof id !== "string"))) {
    fail(`${where}.dag_run_ids is not a list of strings`);
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/ledger/ledger.ts
function parseLedger(files, folder) {
  const entries = /* @__PURE__ */ new Map();
  const errors = [];
  const byLowerCase = /* @__PURE__ */ new Map();
  for (const fileName of [...files.keys()].sort()) {
    if (!fileName.endsWith(".json")) continue;
    const shown = `${folder}/${fileName}`;
    const name = nameOfStatusFile(fileName);
    if (name === void 0) {
      errors.push(new StatusFileError(shown, "the file name is not a valid manifest name"));
      continue;
    }
    const other = byLowerCase.get(name.toLowerCase());
    if (other !== void 0) {
      errors.push(
        new StatusFileError(
          shown,
          `its name differs only in case from ${folder}/${other}.json, and the two collide on case-insensitive file systems`
        )
      );
      continue;
    }
    byLowerCase.set(name.toLowerCase(), name);
    try {
      entries.set(name, parseStatus(shown, files.get(fileName), name));
    } catch (error) {
      if (!(error instanceof StatusFileError)) throw error;
      errors.push(error);
    }
  }
  return { entries, errors };
}

export {
  STATUS_FORMAT,
  readStatusFolder,
  writeStatusFile,
  removeStatusFile,
  parseLedger
};
