// The fingerprint decides whether apply submits a run, so it must ignore
// everything that does not change the request and change with everything
// that does.

import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/config.js";
import { fingerprint } from "../../src/plan/fingerprint.js";
import { MANIFEST, lines, replaceLine, withSpec } from "../fixtures/manifests.js";
import { WORKING_DIR, validateText } from "../fixtures/workspace.js";

function fingerprintOf(
  text: string | Uint8Array,
  options: { file?: string; defaults?: Record<string, unknown> } = {},
): string {
  const config = { ...defaultConfig(WORKING_DIR), defaults: options.defaults ?? {} };
  const result = validateText(text, { file: options.file, config });
  expect(result.diagnostics).toEqual([]);
  const [manifest] = result.manifests;
  if (!manifest) throw new Error("no valid manifest");
  return fingerprint(manifest);
}

const BASE = fingerprintOf(MANIFEST);

describe("fingerprint stays the same", () => {
  it("has the sha256 form", () => {
    expect(BASE).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("matches the value pinned for this manifest", () => {
    // Computed independently as sha256 of {"apiVersion","request","revision"} with sorted keys.
    // A change here would make apply submit every manifest of every repository again.
    expect(BASE).toBe("sha256:5adad985c1a47b97f04ef6f4a72f2576ced77eb4493db7317d298088cba483b6");
  });

  it("ignores key order at every level", () => {
    const reordered = lines(
      "spec:",
      "  migration_tables:",
      "    - table: orders",
      "      database: sales",
      "  report_output_location: s3a://lake-tracking/reports",
      "  tracking_location: s3a://lake-tracking/nx1",
      "  tracking_database: tracking",
      "  default_s3_bucket: lake-prod",
      "  migration_type: data_hive_to_iceberg",
      "  source_format: hdfs",
      "metadata:",
      "  name: orders",
      "kind: DataMigrationRun",
      "apiVersion: nx1-migrate/v1",
    );
    expect(fingerprintOf(reordered)).toBe(BASE);
  });

  it("ignores comments", () => {
    const text = `# yaml-language-server: $schema=../schemas/manifest.schema.json\n${replaceLine(
      8,
      "  default_s3_bucket: lake-prod   # the production lake",
    )}# trailing comment\n`;
    expect(fingerprintOf(text)).toBe(BASE);
  });

  it("ignores quoting style", () => {
    let text = replaceLine(6, '  source_format: "hdfs"');
    text = replaceLine(8, "  default_s3_bucket: 'lake-prod'", text);
    text = replaceLine(10, "  tracking_location: >-\n    s3a://lake-tracking/nx1", text);
    expect(fingerprintOf(text)).toBe(BASE);
  });

  it("ignores flow style", () => {
    const text = replaceLine(
      13,
      "    - {database: sales, table: orders}",
      replaceLine(14, undefined),
    );
    expect(fingerprintOf(text)).toBe(BASE);
  });

  it("ignores CRLF line endings", () => {
    expect(fingerprintOf(MANIFEST.replaceAll("\n", "\r\n"))).toBe(BASE);
  });

  it("ignores a byte order mark", () => {
    expect(fingerprintOf(`\uFEFF${MANIFEST}`)).toBe(BASE);
  });

  it("ignores moving and renaming the file", () => {
    expect(fingerprintOf(MANIFEST, { file: "migrations/team/archive/renamed.yml" })).toBe(BASE);
  });

  it("ignores description and labels", () => {
    const text = replaceLine(
      4,
      "  name: orders\n  description: Moved on Friday.\n  labels:\n    team: sales\n    ticket: DATA-1",
    );
    expect(fingerprintOf(text)).toBe(BASE);
  });

  it("treats revision 0 as no revision", () => {
    expect(fingerprintOf(replaceLine(4, "  name: orders\n  revision: 0"))).toBe(BASE);
  });

  it("is the same whether a value comes from defaults or the spec", () => {
    const text = replaceLine(9, undefined);
    expect(fingerprintOf(text, { defaults: { tracking_database: "tracking" } })).toBe(BASE);
  });
});

describe("fingerprint changes", () => {
  it.each([
    ["source_format", replaceLine(6, "  source_format: s3")],
    ["default_s3_bucket", replaceLine(8, "  default_s3_bucket: lake-prod-2")],
    ["a table row value", replaceLine(14, "      table: order_lines")],
    ["an added row field", withSpec("      partition_filter: dt >= '2024-01-01'")],
    ["an added optional field", withSpec("  distcp_mappers: 50")],
    ["a null optional field", withSpec("  s3_endpoint: null")],
    ["a secret reference", withSpec('  s3_secret_key: "${env:OTHER_SECRET}"')],
    ["an added row", withSpec("    - database: sales", "      table: order_lines")],
  ])("with %s", (_label, text) => {
    expect(fingerprintOf(text)).not.toBe(BASE);
  });

  it("with the row order alone", () => {
    const two = withSpec("    - database: sales", "      table: order_lines");
    const swapped = replaceLine(14, "      table: order_lines", two).replace(
      /table: order_lines\n$/,
      "table: orders\n",
    );
    expect(fingerprintOf(swapped)).not.toBe(fingerprintOf(two));
  });

  it("with a default in the config", () => {
    const text = replaceLine(9, undefined);
    const before = fingerprintOf(text, { defaults: { tracking_database: "tracking" } });
    const after = fingerprintOf(text, { defaults: { tracking_database: "tracking_v2" } });
    expect(after).not.toBe(before);
  });

  it("with a new default the manifest does not override", () => {
    expect(fingerprintOf(MANIFEST, { defaults: { distcp_bandwidth: 100 } })).not.toBe(BASE);
  });

  it("not with a default the manifest overrides", () => {
    expect(fingerprintOf(MANIFEST, { defaults: { tracking_database: "other" } })).toBe(BASE);
  });

  it("with metadata.revision", () => {
    const first = fingerprintOf(replaceLine(4, "  name: orders\n  revision: 1"));
    const second = fingerprintOf(replaceLine(4, "  name: orders\n  revision: 2"));
    expect(first).not.toBe(BASE);
    expect(second).not.toBe(first);
  });
});
