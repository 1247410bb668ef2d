// Valid manifests for the fault and canary tests. Each one has its own
// tracking_database, so every request the sandbox receives can be traced back
// to the manifest (and so the fingerprint) it came from.

import type { CreatedRun } from "../../../src/sandbox/server.js";

/** Returns the text of a valid manifest named `name`, with `extra` lines appended to spec. */
export function manifestText(name: string, extra: readonly string[] = []): string {
  return [
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    `  name: ${name}`,
    "spec:",
    "  source_format: hdfs",
    "  migration_type: data_hive_to_iceberg",
    "  default_s3_bucket: lake-prod",
    `  tracking_database: tracking_${name.replaceAll("-", "_")}`,
    "  tracking_location: s3a://lake-tracking/nx1",
    "  report_output_location: s3a://lake-tracking/reports",
    "  migration_tables:",
    "    - database: sales",
    `      table: ${name.replaceAll("-", "_")}`,
    ...extra,
    "",
  ].join("\n");
}

/** `count` manifests named m01, m02, ... as repository files under migrations/. */
export function manifestFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of manifestNames(count)) files[`migrations/${name}.yaml`] = manifestText(name);
  return files;
}

export function manifestNames(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `m${String(index + 1).padStart(2, "0")}`);
}

/** Returns the manifest name a created run came from, read back from its tracking_database. */
export function nameOfRun(run: CreatedRun): string {
  const database = String(run.request.tracking_database);
  return database.replace(/^tracking_/, "").replaceAll("_", "-");
}
