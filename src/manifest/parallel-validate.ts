// Validates many manifests on worker threads. Parsing YAML with positions
// is the main cost of `validate` (a few hundred microseconds a file), and it
// is independent per file, so worker threads divide the wall time by about
// the number of cores. Names are still compared across all files on the
// calling thread, so the result is the same as validateContents'.
//
// The worker runs this same module: esbuild bundles it into its own chunk
// (it is only imported dynamically), and the chunk starts the worker loop
// when it finds itself on a worker thread spawned by runInThreads.

import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Config } from "../config/config.js";
import type { Diagnostic } from "./diagnostic.js";
import type { Manifest } from "./manifest.js";
import type { FileValidation, ValidationResult } from "./validate.js";
import { combineFileResults, validateFileContent } from "./validate.js";
import { decodeSource } from "./source-text.js";
import type { YamlSource } from "./yaml-source.js";
import { parseYamlSource } from "./yaml-source.js";

/** Below this many files, starting threads costs more than it saves (about 40 ms a worker). */
export const MIN_FILES_FOR_THREADS = 256;

/** Files sent to a worker in one message: large enough to amortize messaging, small enough to balance uneven cores. */
const BATCH_SIZE = 200;

const WORKER_ROLE = "nx1-migrate/validate-worker";

type Content = { path: string; bytes: Uint8Array };

/** A manifest as it crosses threads: everything but the parsed document, which cannot be cloned. */
type PlainManifest = Omit<Manifest, "source">;

type PlainFileValidation = { manifest?: PlainManifest; diagnostics: Diagnostic[]; valid: boolean };

interface WorkerInput {
  role: typeof WORKER_ROLE;
  /** The config without its parsed source, which the worker parses again from sourceText. */
  config: Omit<Config, "source">;
  sourceFile?: string;
  sourceText?: string;
  workingDir: string;
}

type BatchRequest = { batch: number; contents: Content[] };
type BatchResponse = { batch: number; results: PlainFileValidation[] };

/**
 * Returns the number of worker threads to use for `fileCount` files: none
 * below MIN_FILES_FOR_THREADS, else one per core, at most 8. The variable
 * NX1_VALIDATE_THREADS overrides it (0 validates on the calling thread).
 */
export function threadCount(fileCount: number, env: NodeJS.ProcessEnv = process.env): number {
  const batches = Math.ceil(fileCount / BATCH_SIZE);
  const override = env.NX1_VALIDATE_THREADS;
  if (override !== undefined && /^[0-9]+$/.test(override))
    return Math.min(Number(override), batches);
  if (fileCount < MIN_FILES_FOR_THREADS) return 0;
  return Math.min(availableParallelism(), 8, batches);
}

/**
 * Validates files already read, on worker threads when there are many, and
 * returns what validateContents returns. A worker that fails to start (as
 * when the module is loaded from TypeScript source without a loader) leaves
 * its share to the calling thread.
 */
export async function validateContentsInThreads(
  contents: readonly Content[],
  config: Config,
  workingDir: string,
): Promise<ValidationResult> {
  const threads = threadCount(contents.length);
  if (threads === 0)
    return combineFileResults(
      contents.map(({ path, bytes }) => validateFileContent(path, bytes, config, workingDir)),
    );

  const batches: Content[][] = [];
  for (let start = 0; start < contents.length; start += BATCH_SIZE)
    batches.push(contents.slice(start, start + BATCH_SIZE));
  const results: (PlainFileValidation[] | FileValidation[] | undefined)[] = new Array(
    batches.length,
  );
  const { source: _configSource, ...plainConfig } = config;
  const input: WorkerInput = {
    role: WORKER_ROLE,
    config: plainConfig,
    sourceFile: config.source?.file,
    sourceText: config.source?.text,
    workingDir,
  };
  let next = 0;
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
        if (next >= batches.length) {
          void worker.terminate();
          return;
        }
        const batch = next++;
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
  await Promise.all(Array.from({ length: threads }, runWorker));

  const fileResults: FileValidation[] = [];
  for (const [index, batch] of batches.entries()) {
    const done = results[index];
    if (done === undefined) {
      for (const { path, bytes } of batch)
        fileResults.push(validateFileContent(path, bytes, config, workingDir));
      continue;
    }
    for (const [position, result] of done.entries())
      fileResults.push(withSource(result, batch[position]!.bytes, config));
  }
  return combineFileResults(fileResults);
}

/**
 * Turns a worker's result back into a FileValidation whose manifest has a
 * `source`. The document is parsed again only if something reads it (after
 * validation only the duplicate-name check does), so the calling thread
 * does not hold thousands of parsed documents.
 */
function withSource(
  result: PlainFileValidation | FileValidation,
  bytes: Uint8Array,
  config: Config,
): FileValidation {
  const plain = result.manifest;
  if (plain === undefined || "source" in plain) return result as FileValidation;
  let source: YamlSource | undefined;
  const manifest = plain as Manifest;
  Object.defineProperty(manifest, "source", {
    enumerable: true,
    get(): YamlSource {
      source ??= reparse(plain.file, bytes, config);
      return source;
    },
  });
  return { ...result, manifest };
}

/** Parses again a manifest whose YAML a worker parsed without errors; throws if the two parses disagree. */
function reparse(file: string, bytes: Uint8Array, config: Config): YamlSource {
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) throw new Error(`${file} no longer decodes: ${decoded.diagnostic.message}`);
  const versionSeverity = config.rules["yaml-version"] ?? "error";
  const parsed = parseYamlSource(file, decoded.text, undefined, versionSeverity);
  if (!parsed.ok) throw new Error(`${file} no longer parses`);
  return parsed.source;
}

/** Validates each batch the calling thread sends, and posts back plain results. */
function serveBatches(input: WorkerInput): void {
  // yaml 2.x reads process.env.LOG_TOKENS for every token it lexes and
  // process.env.LOG_STREAM for every token it composes. On Node's real
  // process.env each read is a call into C++, about a quarter of the parse
  // time. This thread only validates, so a plain copy is safe here.
  process.env = { ...process.env };
  const config: Config = { ...input.config };
  if (input.sourceFile !== undefined && input.sourceText !== undefined) {
    const parsed = parseYamlSource(input.sourceFile, input.sourceText);
    if (parsed.ok) config.source = parsed.source;
  }
  parentPort!.on("message", (request: BatchRequest) => {
    const results = request.contents.map(({ path, bytes }): PlainFileValidation => {
      const { manifest, diagnostics, valid } = validateFileContent(
        path,
        bytes,
        config,
        input.workingDir,
      );
      if (!manifest) return { diagnostics, valid };
      const { source: _source, ...plain } = manifest;
      return { manifest: plain, diagnostics, valid };
    });
    const response: BatchResponse = { batch: request.batch, results };
    parentPort!.postMessage(response);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.role === WORKER_ROLE)
  serveBatches(workerData as WorkerInput);
