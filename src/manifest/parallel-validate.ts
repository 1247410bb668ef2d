// Validates many manifests on worker threads and the calling thread at
// once. Reading, parsing and checking a file is independent of the other
// files, so the threads divide the wall time by about the number of cores.
// Names are still compared across all files on the calling thread, so the
// result is the same as validateContents'.
//
// The worker runs this same module: esbuild bundles it into its own chunk
// (it is only imported dynamically), and the chunk starts the worker loop
// when it finds itself on a worker thread spawned by validateContentsInThreads.

import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Config } from "../config/config.js";
import type { Diagnostic } from "./diagnostic.js";
import { specOf } from "./load-manifest.js";
import type { Manifest } from "./manifest.js";
import { resolveRequest } from "./resolve.js";
import type { FileValidation, ValidationResult } from "./validate.js";
import { combineFileResults, validateFileContent } from "./validate.js";
import { decodeSource } from "./source-text.js";
import type { YamlSource } from "./yaml-source.js";
import { readYamlSource } from "./yaml-source.js";

/** Below this many files, starting a worker costs more than it saves (about 40 ms a worker). */
export const MIN_FILES_FOR_THREADS = 256;

/** Files in one batch: large enough to amortize messaging, small enough to balance uneven threads. */
const BATCH_SIZE = 100;

const WORKER_ROLE = "nx1-migrate/validate-worker";

/** A file to validate. Without `bytes`, the calling thread reads it when its batch starts. */
export type Content = { path: string; bytes?: Uint8Array };

/**
 * A manifest as it crosses threads. The parsed document cannot be cloned,
 * and cloning the spec costs more than parsing it again from the same bytes
 * where something reads it (the plan does, for changed manifests only).
 */
type PlainManifest = Omit<Manifest, "source" | "spec" | "request">;

type PlainFileValidation = { manifest?: PlainManifest; diagnostics: Diagnostic[]; valid: boolean };

interface WorkerInput {
  role: typeof WORKER_ROLE;
  /** The config without its parsed source, which the worker parses again from sourceText. */
  config: Omit<Config, "source">;
  sourceFile?: string;
  sourceText?: string;
  workingDir: string;
}

type ReadContent = { path: string; bytes: Uint8Array };

type BatchRequest = { batch: number; contents: ReadContent[] };
type BatchResponse = { batch: number; results: PlainFileValidation[] };

/**
 * Returns the number of worker threads to start for `fileCount` files, next
 * to the calling thread, which validates too: none below
 * MIN_FILES_FOR_THREADS, else one per core beyond two, at most 7. One core
 * is left to V8's own background threads (garbage collection and
 * compilation), which each thread keeps busy. On 2 cores, validating 10,000
 * manifests with one worker took more CPU time than without, and as much
 * wall time or more (`npm run bench`). The variable NX1_VALIDATE_THREADS
 * overrides it (0 validates on the calling thread alone).
 */
export function threadCount(fileCount: number, env: NodeJS.ProcessEnv = process.env): number {
  // The calling thread takes one batch at least, so more workers than the other batches would idle.
  const otherBatches = Math.ceil(fileCount / BATCH_SIZE) - 1;
  const override = env.NX1_VALIDATE_THREADS;
  if (override !== undefined && /^[0-9]+$/.test(override))
    return Math.max(0, Math.min(Number(override), otherBatches));
  if (fileCount < MIN_FILES_FOR_THREADS) return 0;
  // NOTE: the share for V8 was measured on 2 cores only; more cores were not available.
  return Math.max(0, Math.min(availableParallelism() - 2, 7, otherBatches));
}

/**
 * Validates files, on worker threads next to the calling thread when there
 * are many, and returns what validateContents returns. Batches go to
 * whichever thread is free. A worker that fails to start (as when the
 * module is loaded from TypeScript source without a loader) leaves its
 * share to the calling thread.
 */
export async function validateContentsInThreads(
  contents: readonly Content[],
  config: Config,
  workingDir: string,
): Promise<ValidationResult> {
  const read = ({ path, bytes }: Content): ReadContent => ({
    path,
    bytes: bytes ?? readFileSync(path),
  });
  const validatePlain = ({ path, bytes }: ReadContent): PlainFileValidation =>
    toPlain(validateFileContent(path, bytes, config, workingDir));
  const validateHere = (content: ReadContent): FileValidation =>
    restoreManifest(validatePlain(content), content.bytes, config);
  const threads = threadCount(contents.length);
  if (threads === 0) return combineFileResults(contents.map((item) => validateHere(read(item))));

  // Batches are read when a thread claims them, so the workers start while
  // the calling thread reads. The calling thread keeps the bytes, to parse a
  // worker's manifest again where something reads its spec or source.
  const pending: Content[][] = [];
  for (let start = 0; start < contents.length; start += BATCH_SIZE)
    pending.push(contents.slice(start, start + BATCH_SIZE));
  const batches: ReadContent[][] = new Array(pending.length);
  const results: (PlainFileValidation[] | undefined)[] = new Array(batches.length);
  const { source: _configSource, ...plainConfig } = config;
  const input: WorkerInput = {
    role: WORKER_ROLE,
    config: plainConfig,
    sourceFile: config.source?.file,
    sourceText: config.source?.text,
    workingDir,
  };
  let next = 0;
  const claimBatch = (): number | undefined => {
    if (next >= pending.length) return undefined;
    const batch = next++;
    batches[batch] = pending[batch]!.map(read);
    return batch;
  };
  const runWorker = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL(import.meta.url), { workerData: input });
      } catch {
        resolve();
        return;
      }
      const sendNext = () => {
        const batch = claimBatch();
        if (batch === undefined) {
          void worker.terminate();
          return;
        }
        const request: BatchRequest = { batch, contents: batches[batch]! };
        worker.postMessage(request);
      };
      worker.on("message", (response: BatchResponse) => {
        results[response.batch] = response.results;
        sendNext();
      });
      // A worker that fails exits; the batch it held has no result and is validated below.
      worker.on("error", () => {});
      worker.on("exit", () => resolve());
      worker.on("online", sendNext);
    });
  const workers = Promise.all(Array.from({ length: threads }, runWorker));
  // The calling thread takes batches too, and yields between them so that
  // workers that finish a batch get the next one without waiting.
  for (let batch = claimBatch(); batch !== undefined; batch = claimBatch()) {
    results[batch] = batches[batch]!.map(validatePlain);
    await nextTurn();
  }
  await workers;

  const fileResults: FileValidation[] = [];
  for (const [index, batch] of batches.entries()) {
    const done = results[index];
    if (done === undefined) {
      fileResults.push(...batch.map(validateHere));
      continue;
    }
    for (const [position, result] of done.entries())
      fileResults.push(restoreManifest(result, batch[position]!.bytes, config));
  }
  return combineFileResults(fileResults);
}

/** Drops the parts of a result that restoreManifest can rebuild from the file's bytes. */
function toPlain({ manifest, diagnostics, valid }: FileValidation): PlainFileValidation {
  if (!manifest) return { diagnostics, valid };
  const { source: _source, spec: _spec, request: _request, ...plain } = manifest;
  return { manifest: plain, diagnostics, valid };
}

/**
 * Turns a plain result back into a FileValidation with a whole manifest.
 * The spec, the request and the source come from parsing the same bytes
 * again, on first read: the validate command reads none of them, the plan
 * reads the spec of changed manifests only. So the calling thread neither
 * receives nor holds thousands of parsed manifests, which would make every
 * garbage collection copy them.
 */
function restoreManifest(
  result: PlainFileValidation,
  bytes: Uint8Array,
  config: Config,
): FileValidation {
  const plain = result.manifest;
  if (plain === undefined) return { diagnostics: result.diagnostics, valid: result.valid };
  let source: YamlSource | undefined;
  let spec: Record<string, unknown> | undefined;
  let request: Record<string, unknown> | undefined;
  const readSource = (): YamlSource => (source ??= reparse(plain.file, bytes, config));
  const readSpec = (): Record<string, unknown> => (spec ??= specOf(readSource().value));
  const manifest = plain as Manifest;
  Object.defineProperties(manifest, {
    source: { enumerable: true, get: readSource },
    spec: {
      enumerable: true,
      get: readSpec,
      set(value: Record<string, unknown>) {
        spec = value;
      },
    },
    request: {
      enumerable: true,
      get: () => (request ??= resolveRequest(readSpec(), config.defaults)),
      set(value: Record<string, unknown>) {
        request = value;
      },
    },
  });
  return { ...result, manifest };
}

/**
 * Parses again a manifest whose YAML a worker parsed without errors. Throws
 * when it no longer parses, which happens only when the file was read from
 * disk again and changed in between.
 */
function reparse(file: string, bytes: Uint8Array, config: Config): YamlSource {
  const changed = `${file} changed on disk while it was validated; run the command again`;
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) throw new Error(`${changed} (${decoded.diagnostic.message})`);
  const versionSeverity = config.rules["yaml-version"] ?? "error";
  const parsed = readYamlSource(file, decoded.text, undefined, versionSeverity);
  if (!parsed.ok) throw new Error(changed);
  return parsed.source;
}

/** Validates each batch the calling thread sends, and posts back plain results. */
function serveBatches(input: WorkerInput): void {
  const config: Config = { ...input.config };
  if (input.sourceFile !== undefined && input.sourceText !== undefined) {
    const parsed = readYamlSource(input.sourceFile, input.sourceText);
    if (parsed.ok) config.source = parsed.source;
  }
  parentPort!.on("message", (request: BatchRequest) => {
    const results = request.contents.map(({ path, bytes }) =>
      toPlain(validateFileContent(path, bytes, config, input.workingDir)),
    );
    const response: BatchResponse = { batch: request.batch, results };
    parentPort!.postMessage(response);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.role === WORKER_ROLE)
  serveBatches(workerData as WorkerInput);
