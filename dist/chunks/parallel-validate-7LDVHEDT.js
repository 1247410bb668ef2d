import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  combineFileResults,
  resolveRequest,
  specOf,
  validateFileContent
} from "./chunk-4HSDPOGC.js";
import {
  decodeSource,
  readYamlSource
} from "./chunk-44LEY7PT.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PDKC3KT5.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";

// src/manifest/parallel-validate.ts
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var MIN_FILES_FOR_THREADS = 256;
var BATCH_SIZE = 100;
var WORKER_ROLE = "nx1-migrate/validate-worker";
function threadCount(fileCount, env = process.env) {
  const otherBatches = Math.ceil(fileCount / BATCH_SIZE) - 1;
  const override = env.NX1_VALIDATE_THREADS;
  if (override !== void 0 && /^[0-9]+$/.test(override))
    return Math.max(0, Math.min(Number(override), otherBatches));
  if (fileCount < MIN_FILES_FOR_THREADS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 2, 7, otherBatches));
}
async function validateContentsInThreads(contents, config, workingDir) {
  const read = ({ path, bytes }) => ({
    path,
    bytes: bytes ?? readFileSync(path)
  });
  const validatePlain = ({ path, bytes }) => toPlain(validateFileContent(path, bytes, config, workingDir));
  const validateHere = (content) => restoreManifest(validatePlain(content), content.bytes, config);
  const threads = threadCount(contents.length);
  if (threads === 0) return combineFileResults(contents.map((item) => validateHere(read(item))));
  const pending = [];
  for (let start = 0; start < contents.length; start += BATCH_SIZE)
    pending.push(contents.slice(start, start + BATCH_SIZE));
  const batches = new Array(pending.length);
  const results = new Array(batches.length);
  const { source: _configSource, ...plainConfig } = config;
  const input = {
    role: WORKER_ROLE,
    config: plainConfig,
    sourceFile: config.source?.file,
    sourceText: config.source?.text,
    workingDir
  };
  let next = 0;
  const claimBatch = () => {
    if (next >= pending.length) return void 0;
    const batch = next++;
    batches[batch] = pending[batch].map(read);
    return batch;
  };
  const runWorker = () => new Promise((resolve) => {
    let worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: input });
    } catch {
      resolve();
      return;
    }
    const sendNext = () => {
      const batch = claimBatch();
      if (batch === void 0) {
        void worker.terminate();
        return;
      }
      const request = { batch, contents: batches[batch] };
      worker.postMessage(request);
    };
    worker.on("message", (response) => {
      results[response.batch] = response.results;
      sendNext();
    });
    worker.on("error", () => {
    });
    worker.on("exit", () => resolve());
    worker.on("online", sendNext);
  });
  const workers = Promise.all(Array.from({ length: threads }, runWorker));
  for (let batch = claimBatch(); batch !== void 0; batch = claimBatch()) {
    results[batch] = batches[batch].map(validatePlain);
    await nextTurn();
  }
  await workers;
  const fileResults = [];
  for (const [index, batch] of batches.entries()) {
    const done = results[index];
    if (done === void 0) {
      fileResults.push(...batch.map(validateHere));
      continue;
    }
    for (const [position, result] of done.entries())
      fileResults.push(restoreManifest(result, batch[position].bytes, config));
  }
  return combineFileResults(fileResults);
}
function toPlain({ manifest, diagnostics, valid }) {
  if (!manifest) return { diagnostics, valid };
  const { source: _source, spec: _spec, request: _request, ...plain } = manifest;
  return { manifest: plain, diagnostics, valid };
}
function restoreManifest(result, bytes, config) {
  const plain = result.manifest;
  if (plain === void 0) return { diagnostics: result.diagnostics, valid: result.valid };
  let source;
  let spec;
  let request;
  const readSource = () => source ??= reparse(plain.file, bytes, config);
  const readSpec = () => spec ??= specOf(readSource().value);
  const manifest = plain;
  Object.defineProperties(manifest, {
    source: { enumerable: true, get: readSource },
    spec: {
      enumerable: true,
      get: readSpec,
      set(value) {
        spec = value;
      }
    },
    request: {
      enumerable: true,
      get: () => request ??= resolveRequest(readSpec(), config.defaults),
      set(value) {
        request = value;
      }
    }
  });
  return { ...result, manifest };
}
function reparse(file, bytes, config) {
  const changed = `${file} changed on disk while it was validated; run the command again`;
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) throw new Error(`${changed} (${decoded.diagnostic.message})`);
  const versionSeverity = config.rules["yaml-version"] ?? "error";
  const parsed = readYamlSource(file, decoded.text, void 0, versionSeverity);
  if (!parsed.ok) throw new Error(changed);
  return parsed.source;
}
function serveBatches(input) {
  const config = { ...input.config };
  if (input.sourceFile !== void 0 && input.sourceText !== void 0) {
    const parsed = readYamlSource(input.sourceFile, input.sourceText);
    if (parsed.ok) config.source = parsed.source;
  }
  parentPort.on("message", (request) => {
    const results = request.contents.map(
      ({ path, bytes }) => toPlain(validateFileContent(path, bytes, config, input.workingDir))
    );
    const response = { batch: request.batch, results };
    parentPort.postMessage(response);
  });
}
if (!isMainThread && workerData?.role === WORKER_ROLE)
  serveBatches(workerData);
export {
  MIN_FILES_FOR_THREADS,
  threadCount,
  validateContentsInThreads
};
