// Manifest texts for the end-to-end tests, in the shape of examples/: the repository config
// there supplies tracking_database and the other defaults.

export interface ManifestOptions {
  /** metadata.description, written as a double-quoted YAML string (JSON escapes apply). */
  description?: string;
  bucket?: string;
  mappers?: number;
}

/** Returns a data_hive_to_iceberg manifest named `name`. */
export function manifest(name: string, options: ManifestOptions = {}): string {
  return [
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    `  name: ${name}`,
    `  description: ${JSON.stringify(options.description ?? `Move ${name} to Iceberg.`)}`,
    "spec:",
    "  source_format: hdfs",
    "  migration_type: data_hive_to_iceberg",
    `  default_s3_bucket: ${JSON.stringify(options.bucket ?? "lake-prod-e2e")}`,
    `  distcp_mappers: ${options.mappers ?? 8}`,
    "  kinit_principal: svc-e2e@CORP.EXAMPLE.COM",
    "  kinit_keytab: /etc/security/keytabs/svc-e2e.keytab",
    "  migration_tables:",
    "    - database: e2e",
    `      table: ${name.replace(/-/g, "_")}`,
    "",
  ].join("\n");
}

/** 1-based line of `default_s3_bucket` in manifest(). */
export const BUCKET_LINE = 9;
