// Fuzzing of the manifest loader, the validator and the config loader with
// fast-check. Inputs are YAML-like token soup, manifests serialized with
// yaml and then mutated (bytes cut, lines swapped, tabs, BOM, CRLF), and raw
// bytes. Every input must end in a manifest or in well-formed diagnostics,
// without a throw, a polluted prototype or a slow parse. A separate property
// checks that a valid manifest round-trips: the spec loaded is the spec
// written, and its fingerprint ignores key order and quoting style.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { stringify } from "yaml";
import { defaultConfig } from "../../../src/config/config.js";
import { loadConfig } from "../../../src/config/load-config.js";
import type { Diagnostic } from "../../../src/manifest/diagnostic.js";
import { loadManifest } from "../../../src/manifest/load-manifest.js";
import { validateContents } from "../../../src/manifest/validate.js";
import { fingerprint } from "../../../src/plan/fingerprint.js";

/** Maximum time in ms for one input. A slower input counts as a hang. */
export const SLOW_INPUT_MS = 2000;

export interface FuzzStats {
  property: string;
  inputs: number;
  maxMs: number;
  manifests: number;
  rejected: number;
}

const KEYS = [
  "apiVersion",
  "kind",
  "metadata",
  "name",
  "description",
  "revision",
  "labels",
  "spec",
  "source_format",
  "migration_type",
  "default_s3_bucket",
  "tracking_database",
  "tracking_location",
  "report_output_location",
  "s3_secret_key",
  "kinit_password",
  "kinit_principal",
  "distcp_mappers",
  "migration_tables",
  "folder_tables",
  "metadata_tables",
  "database",
  "table",
  "__proto__",
  "constructor",
  "<<",
];

const TOKENS = [
  ...KEYS.map((key) => `${key}: `),
  "\n",
  "\n  ",
  "\n    - ",
  "- ",
  ": ",
  "? ",
  "&a ",
  "*a",
  "!!str ",
  "!!binary ",
  "!custom ",
  "%YAML 1.1\n",
  "---\n",
  "...\n",
  "[",
  "]",
  "{",
  "}",
  ",",
  "'",
  '"',
  "|\n",
  ">-\n",
  "# comment",
  "\t",
  "\r\n",
  "\ufeff",
  "\u0000",
  "\u2028",
  "yes",
  "no",
  "0755",
  "0o17",
  "1e400",
  ".nan",
  "-.inf",
  "~",
  "null",
  "2024-01-01",
  "${env:SECRET}",
  "${env:bad-name}",
  "s3://Bad_Bucket",
  "nx1-migrate/v1",
  "DataMigrationRun",
  "data_hive_to_iceberg",
  "file_only",
  "hdfs",
  "mapr",
  "x".repeat(70),
];

const yamlishText = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 80 })
  .map((parts) => parts.join(""));

const anyValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...TOKENS),
);

const manifestObject = fc.record(
  {
    apiVersion: fc.oneof(fc.constant("nx1-migrate/v1"), fc.string({ maxLength: 12 })),
    kind: fc.oneof(fc.constant("DataMigrationRun"), fc.string({ maxLength: 12 })),
    metadata: fc.record(
      {
        name: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/), fc.string({ maxLength: 20 })),
        description: fc.string({ maxLength: 40 }),
        revision: fc.oneof(fc.nat(5), anyValue),
        labels: fc.dictionary(fc.constantFrom("team", "ticket", "a/b", "__proto__"), anyValue),
      },
      { requiredKeys: [] },
    ),
    spec: fc.dictionary(
      fc.constantFrom(...KEYS),
      fc.oneof(
        anyValue,
        fc.array(fc.dictionary(fc.constantFrom(...KEYS), anyValue), { maxLength: 3 }),
      ),
    ),
  },
  { requiredKeys: [] },
);

type Mutation = {
  kind: "insert" | "delete" | "duplicate" | "swap" | "tab" | "bom" | "crlf" | "truncate";
  at: number;
  length: number;
  token: string;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("insert", "delete", "duplicate", "swap", "tab", "bom", "crlf", "truncate"),
  at: fc.nat(),
  length: fc.nat(30),
  token: fc.constantFrom(...TOKENS),
});

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const { kind, at, length, token } of mutations) {
    const position = out.length === 0 ? 0 : at % (out.length + 1);
    const lines = out.split("\n");
    const line = lines.length === 0 ? 0 : at % lines.length;
    switch (kind) {
      case "insert":
        out = out.slice(0, position) + token + out.slice(position);
        break;
      case "delete":
        out = out.slice(0, position) + out.slice(position + length);
        break;
      case "duplicate":
        lines.splice(line, 0, lines[line] ?? "");
        out = lines.join("\n");
        break;
      case "swap": {
        const other = (line + 1 + length) % lines.length;
        [lines[line], lines[other]] = [lines[other] ?? "", lines[line] ?? ""];
        out = lines.join("\n");
        break;
      }
      case "tab":
        out = out.replace(/^ {2}/m, "\t");
        break;
      case "bom":
        out = `\ufeff${out}`;
        break;
      case "crlf":
        out = out.replace(/\n/g, "\r\n");
        break;
      case "truncate":
        out = out.slice(0, position);
        break;
    }
  }
  return out;
}

const mutatedManifest = fc
  .tuple(manifestObject, fc.array(mutation, { maxLength: 4 }))
  .map(([object, mutations]) => mutate(stringify(object), mutations));

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(",");

function fail(message: string, input: Uint8Array): never {
  throw new Error(`${message}\ninput: ${JSON.stringify(Buffer.from(input).toString("latin1"))}`);
}

function checkDiagnostics(
  file: string,
  diagnostics: readonly Diagnostic[],
  input: Uint8Array,
): void {
  for (const diagnostic of diagnostics) {
    const where = JSON.stringify(diagnostic);
    if (diagnostic.file !== file) fail(`diagnostic for another file: ${where}`, input);
    if (!Number.isInteger(diagnostic.line) || diagnostic.line < 1)
      fail(`bad line: ${where}`, input);
    if (!Number.isInteger(diagnostic.column) || diagnostic.column < 1)
      fail(`bad column: ${where}`, input);
    if (diagnostic.severity !== "error" && diagnostic.severity !== "warning")
      fail(`bad severity: ${where}`, input);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(diagnostic.ruleId)) fail(`bad rule id: ${where}`, input);
    if (typeof diagnostic.message !== "string" || diagnostic.message.trim() === "")
      fail(`empty message: ${where}`, input);
  }
}

function checkPrototype(input: Uint8Array): void {
  if (Object.getOwnPropertyNames(Object.prototype).sort().join(",") !== PROTOTYPE_KEYS)
    fail("Object.prototype gained a property", input);
}

function timed<T>(stats: FuzzStats, input: Uint8Array, run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  stats.inputs++;
  stats.maxMs = Math.max(stats.maxMs, ms);
  if (ms > SLOW_INPUT_MS) fail(`took ${Math.round(ms)} ms`, input);
  return result;
}

/** Loads and validates each input as a manifest, and throws on the first input that breaks a property. */
export function fuzzManifests(runs: number, seed: number): FuzzStats {
  const stats: FuzzStats = {
    property: "manifest loader and validator",
    inputs: 0,
    maxMs: 0,
    manifests: 0,
    rejected: 0,
  };
  const config = defaultConfig("/fuzz");
  withoutWarnings((warnings) =>
    fc.assert(
      fc.property(loaderInput, (input) => {
        const file = "migrations/fuzz.yaml";
        const loaded = timed(stats, input, () =>
          loadManifest(file, "/fuzz/migrations/fuzz.yaml", input),
        );
        checkDiagnostics(file, loaded.diagnostics, input);
        if (!loaded.manifest && !loaded.diagnostics.some((item) => item.severity === "error"))
          fail("no manifest and no error", input);
        const validated = timed(stats, input, () =>
          validateContents([{ path: "/fuzz/migrations/fuzz.yaml", bytes: input }], config, "/fuzz"),
        );
        checkDiagnostics(file, validated.diagnostics, input);
        const errors = validated.diagnostics.some((item) => item.severity === "error");
        if (validated.manifests.length > 0 && errors) fail("a manifest passed with errors", input);
        if (validated.manifests.length === 0 && !errors) fail("no manifest and no error", input);
        if (validated.manifests.length > 0) stats.manifests++;
        else stats.rejected++;
        checkPrototype(input);
        if (warnings.length > 0) fail(`process warning: ${warnings.splice(0).join("; ")}`, input);
      }),
      { numRuns: runs, seed },
    ),
  );
  return stats;
}

/** Loads each input as `.nx1-migrate.yaml` from a temporary folder. */
export async function fuzzConfig(runs: number, seed: number): Promise<FuzzStats> {
  const stats: FuzzStats = {
    property: "config loader",
    inputs: 0,
    maxMs: 0,
    manifests: 0,
    rejected: 0,
  };
  const dir = mkdtempSync(join(tmpdir(), "nx1-fuzz-config-"));
  try {
    await fc.assert(
      fc.asyncProperty(loaderInput, async (input) => {
        writeFileSync(join(dir, ".nx1-migrate.yaml"), input);
        const started = performance.now();
        const loaded = await loadConfig(dir);
        const ms = performance.now() - started;
        stats.inputs++;
        stats.maxMs = Math.max(stats.maxMs, ms);
        if (ms > SLOW_INPUT_MS) fail(`took ${Math.round(ms)} ms`, input);
        checkDiagnostics(".nx1-migrate.yaml", loaded.diagnostics, input);
        if (loaded.ok) stats.manifests++;
        else {
          stats.rejected++;
          if (!loaded.diagnostics.some((item) => item.severity === "error"))
            fail("config rejected without an error", input);
        }
        checkPrototype(input);
      }),
      { numRuns: runs, seed },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return stats;
}

const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 });

const validSpec = fc.record(
  {
    source_format: fc.constantFrom("hdfs", "s3"),
    migration_type: fc.constant("data_hive_to_iceberg"),
    default_s3_bucket: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}[a-z0-9]$/),
    tracking_database: text,
    tracking_location: text,
    report_output_location: text,
    distcp_mappers: fc.integer({ min: 1, max: 10_000 }),
    inplace_iceberg_migration: fc.boolean(),
    migration_tables: fc.array(
      fc.record(
        { database: text, table: text, partition_filter: text },
        { requiredKeys: ["database"] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  },
  {
    requiredKeys: [
      "source_format",
      "migration_type",
      "default_s3_bucket",
      "tracking_database",
      "tracking_location",
      "report_output_location",
      "migration_tables",
    ],
  },
);

/**
 * Inputs for the loader: YAML-like text, mutated manifests of random shape,
 * mutated valid manifests (which reach the rules), and raw bytes.
 */
export const loaderInput: fc.Arbitrary<Uint8Array> = fc.oneof(
  yamlishText.map((text) => Buffer.from(text)),
  mutatedManifest.map((text) => Buffer.from(text)),
  fc
    .tuple(validSpec, fc.array(mutation, { maxLength: 3 }))
    .map(([spec, mutations]) => Buffer.from(mutate(stringify(manifestDocument(spec)), mutations))),
  fc.uint8Array({ maxLength: 300 }),
);

/** Wraps a spec in the manifest envelope. */
function manifestDocument(spec: object): object {
  return {
    apiVersion: "nx1-migrate/v1",
    kind: "DataMigrationRun",
    metadata: { name: "round-trip" },
    spec,
  };
}

/**
 * Runs `check` with process warnings recorded instead of printed. A warning
 * counts as a failure, because it reaches the user's stderr as a Node
 * message and not as a diagnostic at a line.
 */
function withoutWarnings<T>(check: (warnings: string[]) => T): T {
  const original = process.emitWarning;
  const warnings: string[] = [];
  process.emitWarning = ((warning: string | Error) => {
    warnings.push(String(warning));
  }) as typeof process.emitWarning;
  try {
    return check(warnings);
  } finally {
    process.emitWarning = original;
  }
}

/**
 * Writes valid specs as YAML in two styles (plain and double-quoted scalars,
 * keys reversed) and checks that both load to the spec written, with one
 * fingerprint.
 */
export function fuzzRoundTrip(runs: number, seed: number): FuzzStats {
  const stats: FuzzStats = {
    property: "valid manifest round trip",
    inputs: 0,
    maxMs: 0,
    manifests: 0,
    rejected: 0,
  };
  fc.assert(
    fc.property(validSpec, (spec) => {
      const reversed = Object.fromEntries(Object.entries(spec).reverse());
      const plain = Buffer.from(stringify(manifestDocument(spec)));
      const quoted = Buffer.from(
        stringify(manifestDocument(reversed), {
          defaultStringType: "QUOTE_DOUBLE",
          defaultKeyType: "PLAIN",
        }),
      );
      const fingerprints = [plain, quoted].map((input) => {
        const loaded = timed(stats, input, () => loadManifest("m.yaml", "/m.yaml", input));
        const errors = loaded.diagnostics.filter((item) => item.severity === "error");
        if (!loaded.manifest || errors.length > 0)
          fail(`valid manifest rejected: ${JSON.stringify(errors)}`, input);
        if (JSON.stringify(sortDeep(loaded.manifest.spec)) !== JSON.stringify(sortDeep(spec)))
          fail(`spec changed on the way: ${JSON.stringify(loaded.manifest.spec)}`, input);
        return fingerprint(loaded.manifest);
      });
      if (fingerprints[0] !== fingerprints[1])
        fail("key order or quoting changed the fingerprint", quoted);
      stats.manifests++;
    }),
    { numRuns: runs, seed },
  );
  return stats;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortDeep((value as Record<string, unknown>)[key])]),
  );
}
