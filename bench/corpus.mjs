// Generates the benchmark corpus: realistic manifests for every migration
// type and source format, with table lists of 1 to 20 rows, spread over one
// folder per team. The output is deterministic for a given seed, so two runs
// of the benchmark read the same bytes.
//
// Every manifest with an error (about 1%) is still valid YAML. ajv-cli 5
// stops at the first file that js-yaml cannot parse (it calls
// process.exit(2)), so a syntax error would end its run early and make the
// comparison unfair.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const TEAMS = [
  "sales",
  "finance",
  "hr",
  "inventory",
  "warehouse",
  "marketing",
  "logistics",
  "payments",
  "risk",
  "support",
  "billing",
  "catalog",
  "search",
  "ads",
  "fraud",
  "identity",
  "growth",
  "supply",
  "pricing",
  "legal",
];

export const MIGRATION_TYPES = [
  "file_only",
  "data_hive_to_hive",
  "data_hive_to_iceberg",
  "metadata_hive_to_iceberg",
];

export const SOURCE_FORMATS = ["hdfs", "mapr", "s3"];

/** The kinds of error planted in the corpus, each a problem that JSON Schema or a rule reports. */
export const ERROR_KINDS = [
  "unknown-key",
  "bad-enum",
  "wrong-type",
  "bucket-url",
  "missing-table-list",
  "principal-without-credential",
  "secret-literal",
  "missing-migration-type",
  "row-without-database",
  "wrong-api-version",
];

const TABLE_LIST = {
  file_only: "folder_tables",
  data_hive_to_hive: "migration_tables",
  data_hive_to_iceberg: "migration_tables",
  metadata_hive_to_iceberg: "metadata_tables",
};

const DATASETS = ["orders", "events", "accounts", "ledger", "sessions", "items", "claims", "logs"];
const TABLE_WORDS = ["daily", "raw", "agg", "dim", "fact", "snapshot", "hist", "stage", "audit"];

/** Returns a seeded pseudo-random generator of floats in [0, 1) (mulberry32). */
export function randomSequence(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Environment variables that the corpus's `${env:NAME}` references name, with dummy values for apply. */
export function secretEnvironment() {
  const env = {};
  for (const team of TEAMS) {
    const prefix = team.toUpperCase();
    env[`${prefix}_S3_ACCESS_KEY`] = `bench-${team}-access-key`;
    env[`${prefix}_S3_SECRET_KEY`] = `bench-${team}-secret-key`;
    env[`${prefix}_KINIT_PASSWORD`] = `bench-${team}-kinit-password`;
  }
  return env;
}

/** The repository config of the corpus, with defaults as a real repository would set them. */
export const CONFIG_TEXT = `# Repository config of the nx1-migrate benchmark corpus.
manifests:
  - migrations/**/*.yaml
  - migrations/**/*.yml
defaults:
  tracking_database: nx1_migration_tracking
  tracking_location: s3a://lake-prod-tracking/nx1/tracking
  report_output_location: s3a://lake-prod-tracking/nx1/reports
  distcp_bandwidth: 100
rules:
  email-list: warning
`;

/**
 * Describes manifest `index` of a corpus: its team, name, file and the
 * error kind planted in it (undefined for a valid manifest). A random
 * draw seeded by the index picks about 1 manifest in 100 for an error.
 */
export function manifestPlan(index) {
  const team = TEAMS[index % TEAMS.length];
  const dataset = DATASETS[Math.floor(index / TEAMS.length) % DATASETS.length];
  const name = `${team}-${dataset}-${String(index).padStart(5, "0")}`;
  const extension = index % 10 === 9 ? "yml" : "yaml";
  const draw = randomSequence(index * 31 + 5);
  const error = draw() < 0.01 ? ERROR_KINDS[Math.floor(draw() * ERROR_KINDS.length)] : undefined;
  return { index, team, name, file: `migrations/${team}/${name}.${extension}`, error };
}

/**
 * Returns the YAML text of manifest `index`. `revision` changes one field
 * (distcp_mappers), so a later call with a higher revision gives the same
 * manifest with a changed request, as an edit in a pull request would.
 */
export function manifestText(index, { withError = true, revision = 0 } = {}) {
  const { team, name, error: plannedError } = manifestPlan(index);
  const error = withError ? plannedError : undefined;
  const random = randomSequence(index * 7919 + 17);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const migrationType = MIGRATION_TYPES[index % MIGRATION_TYPES.length];
  const sourceFormat = SOURCE_FORMATS[Math.floor(index / MIGRATION_TYPES.length) % 3];
  const bucket = `lake-prod-${team}`;
  const upper = team.toUpperCase();
  const lines = [];
  const add = (line) => lines.push(line);

  if (index % 3 === 0) add("# yaml-language-server: $schema=../../schemas/manifest.schema.json");
  add(`apiVersion: ${error === "wrong-api-version" ? "nx1-migrate/v2" : "nx1-migrate/v1"}`);
  add("kind: DataMigrationRun");
  add("metadata:");
  add(`  name: ${name}`);
  add(
    `  description: Move the ${team} ${pick(DATASETS)} tables (${migrationType}, from ${sourceFormat}).`,
  );
  if (index % 4 === 1) {
    add("  labels:");
    add(`    team: ${team}`);
    add(`    ticket: DATA-${1000 + (index % 9000)}`);
  }
  add("spec:");
  if (error === "bad-enum") add("  source_format: hfds");
  else add(`  source_format: ${sourceFormat}`);
  if (error !== "missing-migration-type") add(`  migration_type: ${migrationType}`);
  add(`  default_s3_bucket: ${error === "bucket-url" ? `s3://${bucket}` : bucket}`);
  const mappers = 10 + Math.floor(random() * 190) + revision;
  if (error === "wrong-type") add('  distcp_mappers: "eighty"');
  else if (error === "unknown-key") add(`  distcp_maper: ${mappers}`);
  else if (index % 2 === 0 || revision > 0) add(`  distcp_mappers: ${mappers}`);
  if (index % 5 === 0) add(`  distcp_bandwidth: ${50 + Math.floor(random() * 4) * 50}`);
  if (index % 6 === 0)
    add(`  email_recipients: ${team}-data@example.com, data-platform@example.com`);

  if (sourceFormat === "hdfs" || error === "principal-without-credential") {
    add("  # Kerberos credentials of the service account.");
    add(`  kinit_principal: svc-${team}-etl@CORP.EXAMPLE.COM`);
    if (error !== "principal-without-credential") {
      if (index % 2 === 0) add(`  kinit_keytab: /etc/security/keytabs/svc-${team}-etl.keytab`);
      else add(`  kinit_password: \${env:${upper}_KINIT_PASSWORD}`);
    }
  }
  if (sourceFormat === "mapr") {
    add(`  mapr_user: svc-${team}`);
    add(`  mapr_ticketfile_location: /opt/mapr/tickets/svc-${team}.ticket`);
  }
  if (sourceFormat === "s3" || error === "secret-literal") {
    add(`  s3_access_key: \${env:${upper}_S3_ACCESS_KEY}`);
    if (error === "secret-literal")
      add("  s3_secret_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    else add(`  s3_secret_key: "\${env:${upper}_S3_SECRET_KEY}"`);
    if (index % 3 === 1) add("  s3_endpoint: https://minio.storage.example.com:9000");
  }
  if (migrationType.endsWith("to_iceberg") && index % 2 === 1)
    add(`  inplace_iceberg_migration: ${index % 4 === 1}`);

  if (error !== "missing-table-list") {
    const list = TABLE_LIST[migrationType];
    const rowCount = 1 + Math.floor(random() * 20);
    add(`  ${list}:`);
    for (let row = 0; row < rowCount; row++) {
      const table = `${pick(TABLE_WORDS)}_${pick(DATASETS)}_${row}`;
      const omitDatabase = error === "row-without-database" && row === rowCount - 1;
      if (list === "folder_tables") {
        add(`    - source_path: /data/${team}/${table}`);
        add(`      target_bucket: ${bucket}`);
        if (row % 2 === 0) add(`      dest_folder: ${team}/${table}`);
        if (row % 5 === 4) add("      endpoint: https://s3.eu-central-1.amazonaws.com");
      } else if (list === "migration_tables") {
        add(omitDatabase ? `    - table: ${table}` : `    - database: ${team}_db`);
        if (!omitDatabase) add(`      table: ${table}`);
        if (row % 3 === 0) add(`      dest_database: ${team}_iceberg`);
        if (row % 4 === 1) add(`      partition_filter: dt >= '2024-0${1 + (row % 9)}-01'`);
        if (row % 7 === 3) add(`      bucket: ${bucket}-archive`);
      } else {
        add(omitDatabase ? `    - table: ${table}` : `    - database: ${team}_db`);
        if (!omitDatabase) add(`      table: ${table}`);
        if (row % 2 === 1) add(`      inplace_migration: ${row % 4 === 1}`);
        if (row % 3 === 2) add(`      destination_iceberg_database: ${team}_iceberg`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Writes `count` manifests and the config under `dir`, and returns the
 * plans of the manifests. `withErrors: false` writes every manifest in its
 * valid form.
 */
export function writeCorpus(dir, count, { withErrors = true } = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, ".nx1-migrate.yaml"), CONFIG_TEXT);
  for (const team of TEAMS) mkdirSync(join(dir, "migrations", team), { recursive: true });
  const plans = [];
  for (let index = 0; index < count; index++) {
    const plan = manifestPlan(index);
    writeFileSync(join(dir, plan.file), manifestText(index, { withError: withErrors }));
    plans.push(plan);
  }
  return plans;
}
