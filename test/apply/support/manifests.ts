// Manifests for the apply tests. Each one names its own S3 bucket,
// `lake-<name>`, so a run in the sandbox can be traced back to its manifest.

import type { CreatedRun } from "../../../src/sandbox/server.js";

/** The secret variables the manifests reference, with dummy values. */
export const SECRET_ENV = {
  TEST_KINIT_PASSWORD: "kinit-password-not-for-git",
} as const;

export interface ManifestOptions {
  description?: string;
  /** Default 40; change it to make an update. */
  mappers?: number;
  partitionFilter?: string;
  /** Number of table rows; the default 1 keeps the request small. */
  tables?: number;
  /** Reference TEST_KINIT_PASSWORD (default) or use a keytab, so the manifest needs no secret. */
  secret?: boolean;
}

export function bucketOf(name: string): string {
  return `lake-${name}`;
}

/** Returns the text of a valid data_hive_to_iceberg manifest named `name`. */
export function manifestText(name: string, options: ManifestOptions = {}): string {
  const lines = [
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    `  name: ${name}`,
  ];
  if (options.description !== undefined)
    lines.push(`  description: ${JSON.stringify(options.description)}`);
  lines.push(
    "spec:",
    "  source_format: hdfs",
    "  migration_type: data_hive_to_iceberg",
    `  default_s3_bucket: ${bucketOf(name)}`,
    "  tracking_database: tracking",
    "  tracking_location: s3a://lake-tracking/nx1",
    "  report_output_location: s3a://lake-tracking/reports",
    `  distcp_mappers: ${options.mappers ?? 40}`,
    "  kinit_principal: etl@CORP.EXAMPLE.COM",
    options.secret === false
      ? "  kinit_keytab: /etc/security/keytabs/etl.keytab"
      : "  kinit_password: ${env:TEST_KINIT_PASSWORD}",
    "  migration_tables:",
  );
  for (let index = 0; index < (options.tables ?? 1); index++) {
    lines.push("    - database: sales", `      table: ${name.replaceAll("-", "_")}_${index}`);
    if (options.partitionFilter !== undefined)
      lines.push(`      partition_filter: ${JSON.stringify(options.partitionFilter)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Returns `{ "migrations/<name>.yaml": text }` for each name. */
export function manifestFiles(
  names: readonly string[],
  options: ManifestOptions = {},
): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [`migrations/${name}.yaml`, manifestText(name, options)]),
  );
}

/** Returns the runs the sandbox created for the manifest `name`. */
export function runsOf(runs: readonly CreatedRun[], name: string): CreatedRun[] {
  return runs.filter((run) => run.request.default_s3_bucket === bucketOf(name));
}
