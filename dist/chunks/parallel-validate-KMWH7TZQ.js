import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  combineFileResults,
  validateFileContent
} from "./chunk-635DV7EP.js";
import {
  decodeSource,
  parseYamlSource
} from "./chunk-XKXUJ2IF.js";
import "./chunk-6NYFVFWC.js";
import "./chunk-PXTCDEOM.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";

// src/manifest/parallel-validate.ts
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var MIN_FILES_FOR_THREADS = 256;
var BATCH_SIZE = 200;
var WORKER_ROLE = "nx1-migrate/validate-worker";
function threadCount(fileCount, env = process.env) {
  const batches = Math.ceil(fileCount / BATCH_SIZE);
  const override = env.NX1_VALIDATE_THREADS;
  if (override !== void 0 && /^[0-9]+$/.test(override))
    return Math.min(Number(override), batches);
  if (fileCount < MIN_FILES_FOR_THREADS) return 0;
  return Math.min(availableParallelism(), 8, batches);
}
async function validateContentsInThreads(contents, config, workingDir) {
  const threads = threadCount(contents.length);
  if (threads === 0)
    return combineFileResults(
      contents.map(({ path, bytes }) => validateFileContent(path, bytes, config, workingDir))
    );
  const batches = [];
  for (let start = 0; start < contents.length; start += BATCH_SIZE)
    batches.push(contents.slice(start, start + BATCH_SIZE));
  const results = new Array(
    batches.length
  );
  const { source: _configSource, ...plainConfig } = config;
  const input = {
    role: WORKER_ROLE,
    config: plainConfig,
    sourceFile: config.source?.file,
    sourceText: config.source?.text,
    workingDir
  };
  let next = 0;
  const runWorker = () => new Promise((resolve) => {
    let worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: input });
    } catch {
      resolve();
      return;
    }
    const sendNext = () => {
      if (next >= batches.length) {
        void worker.terminate();
        return;
      }
      const batch = next++;
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
  await Promise.all(Array.from({ length: threads }, runWorker));
  const fileResults = [];
  for (const [index, batch] of batches.entries()) {
    const done = results[index];
    if (done === void 0) {
      for (const { path, bytes } of batch)
        fileResults.push(validateFileContent(path, bytes, config, workingDir));
      continue;
    }
    for (const [position, result] of done.entries())
      fileResults.push(withSource(result, batch[position].bytes, config));
  }
  return combineFileResults(fileResults);
}
function withSource(result, bytes, config) {
  const plain = result.manifest;
  if (plain === void 0 || "source" in plain) return result;
  let source;
  const manifest = plain;
  Object.defineProperty(manifest, "source", {
    enumerable: true,
    get() {
      source ??= reparse(plain.file, bytes, config);
      return source;
    }
  });
  return { ...result, manifest };
}
function reparse(file, bytes, config) {
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) throw new Error(`${file} no longer decodes: ${decoded.diagnostic.message}`);
  const versionSeverity = config.rules["yaml-version"] ?? "error";
  const parsed = parseYamlSource(file, decoded.text, void 0, versionSeverity);
  if (!parsed.ok) throw new Error(`${file} no longer parses`);
  return parsed.source;
}
function serveBatches(input) {
  process.env = { ...process.env };
  const config = { ...input.config };
  if (input.sourceFile !== void 0 && input.sourceText !== void 0) {
    const parsed = parseYamlSource(input.sourceFile, input.sourceText);
    if (parsed.ok) config.source = parsed.source;
  }
  parentPort.on("message", (request) => {
    const results = request.contents.map(({ path, bytes }) => {
      const { manifest, diagnostics, valid } = validateFileContent(
        path,
        bytes,
        config,
        input.workingDir
      );
      if (!manifest) return { diagnostics, valid };
      const { source: _source, ...plain } = manifest;
      return { manifest: plain, diagnostics, valid };
    });
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
