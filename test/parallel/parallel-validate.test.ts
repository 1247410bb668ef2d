// Validation on worker threads must report exactly what validation on one
// thread reports: the same diagnostics in the same order, name clashes
// across batches included. The bundle runs real workers; under vitest the
// module is TypeScript, so its workers fail to start and the calling
// thread takes their batches over.

import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/config.js";
import { threadCount, validateContentsInThreads } from "../../src/manifest/parallel-validate.js";
import { validateContents } from "../../src/manifest/validate.js";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const FILE_COUNT = 450;

/** Returns a valid manifest, or one with the error that `index` picks. */
function manifest(index: number): string {
  const name = index === FILE_COUNT - 1 ? "orders-0" : `orders-${index}`;
  const bucket = index % 97 === 5 ? "s3://lake_prod" : "lake-prod";
  const sourceFormat = index % 101 === 7 ? "hfds" : "hdfs";
  return [
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    `  name: ${index === 300 ? "Orders-1" : name}`,
    "spec:",
    `  source_format: ${sourceFormat}`,
    "  migration_type: data_hive_to_iceberg",
    `  default_s3_bucket: ${bucket}`,
    "  tracking_database: tracking",
    "  tracking_location: s3a://lake-prod/tracking",
    "  report_output_location: s3a://lake-prod/reports",
    "  kinit_principal: etl@EXAMPLE.COM",
    "  kinit_keytab: /etc/etl.keytab",
    index % 89 === 3 ? "  distcp_maper: 4" : "  distcp_mappers: 4",
    "  migration_tables:",
    "    - database: sales",
    `      table: t${index}`,
    "",
  ].join("\n");
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nx1-parallel-"));
  mkdirSync(join(dir, "migrations"));
  for (let index = 0; index < FILE_COUNT; index++)
    writeFileSync(
      join(dir, "migrations", `m${String(index).padStart(4, "0")}.yaml`),
      manifest(index),
    );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBundle(threads: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, "validate", "--format", "json"],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, NO_COLOR: "1", NX1_VALIDATE_THREADS: threads },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
    );
  });
}

describe("validate on worker threads", () => {
  it("bundle output matches one thread", async () => {
    const single = await runBundle("0");
    const threaded = await runBundle("3");
    expect(threaded.code).toBe(1);
    expect(single.code).toBe(1);
    expect(threaded.stdout).toBe(single.stdout);
  });

  it("bundle reports clashes across batches", async () => {
    const { stdout } = await runBundle("2");
    const report = JSON.parse(stdout) as {
      files: number;
      diagnostics: { file: string; line: number; ruleId: string }[];
    };
    expect(report.files).toBe(FILE_COUNT);
    const clashes = report.diagnostics.filter(
      (item) => item.ruleId === "duplicate-name" || item.ruleId === "name-case-collision",
    );
    expect(clashes.map((item) => `${item.file}:${item.line} ${item.ruleId}`)).toEqual([
      "migrations/m0300.yaml:4 name-case-collision",
      "migrations/m0449.yaml:4 duplicate-name",
    ]);
  });

  it("falls back to the calling thread", async () => {
    const contents = Array.from({ length: FILE_COUNT }, (_, index) => ({
      path: join(dir, "migrations", `m${String(index).padStart(4, "0")}.yaml`),
      bytes: new TextEncoder().encode(manifest(index)),
    }));
    const config = defaultConfig(dir);
    const previous = process.env.NX1_VALIDATE_THREADS;
    process.env.NX1_VALIDATE_THREADS = "2";
    try {
      const threaded = await validateContentsInThreads(contents, config, dir);
      const single = validateContents(contents, config, dir);
      expect(threaded.diagnostics).toEqual(single.diagnostics);
      expect(threaded.fileCount).toBe(single.fileCount);
      expect(threaded.manifests.map((item) => item.name)).toEqual(
        single.manifests.map((item) => item.name),
      );
      // Specs, requests and sources are parsed again from the bytes on first read.
      for (const [index, manifest] of threaded.manifests.entries()) {
        const expected = single.manifests[index]!;
        expect(manifest.spec).toEqual(expected.spec);
        expect(manifest.request).toEqual(expected.request);
        expect(manifest.source.value).toEqual(expected.source.value);
        expect(manifest.source.document.toJS()).toEqual(expected.source.value);
      }
    } finally {
      if (previous === undefined) delete process.env.NX1_VALIDATE_THREADS;
      else process.env.NX1_VALIDATE_THREADS = previous;
    }
  });
});

describe("threadCount", () => {
  it("uses no thread for few files", () => {
    expect(threadCount(10, {})).toBe(0);
  });

  it("obeys NX1_VALIDATE_THREADS", () => {
    expect(threadCount(10_000, { NX1_VALIDATE_THREADS: "0" })).toBe(0);
    expect(threadCount(10_000, { NX1_VALIDATE_THREADS: "3" })).toBe(3);
  });

  it("starts no worker without a batch for it", () => {
    expect(threadCount(300, { NX1_VALIDATE_THREADS: "8" })).toBe(2);
    expect(threadCount(100, { NX1_VALIDATE_THREADS: "8" })).toBe(0);
  });
});
