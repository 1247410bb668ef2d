// Each rule of src/manifest/rules: a failing input at its exact position, a
// passing input, and the severity that the config's `rules:` section sets.

import { afterEach, describe, expect, it } from "vitest";
import { RULES } from "../../src/manifest/rules/index.js";
import { loadWorkspace } from "../../src/manifest/workspace.js";
import { MANIFEST, lines, replaceLine, withSpec } from "../fixtures/manifests.js";
import { located, makeWorkspace, removeWorkspaces, validateText } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const FILE = "migrations/orders.yaml";

/** MANIFEST with its migration type and table list (lines 7 and 12-14) replaced. */
function typed(type: string, ...tableLines: string[]): string {
  const head = replaceLine(7, `  migration_type: ${type}`).split("\n").slice(0, 11);
  return lines(...head, ...tableLines);
}

interface RuleCase {
  name: string;
  text: string;
  where: string;
  message: string;
}

const FAILING: Record<string, RuleCase[]> = {
  "tables-for-type": [
    {
      name: "a data type without migration_tables",
      text: typed("data_hive_to_hive"),
      where: "7:19",
      message:
        "migration_type data_hive_to_hive needs a non-empty `migration_tables` list; add one with at least one row",
    },
    {
      name: "an empty migration_tables",
      text: typed("data_hive_to_iceberg", "  migration_tables: []"),
      where: "12:21",
      message:
        "migration_type data_hive_to_iceberg needs a non-empty `migration_tables` list; add one with at least one row",
    },
    {
      name: "folder_tables beside migration_tables",
      text: withSpec(
        "  folder_tables:",
        "    - source_path: /data/x",
        "      target_bucket: lake-prod",
      ),
      where: "15:3",
      message:
        "`folder_tables` is not used by migration_type data_hive_to_iceberg; remove it, or move its rows to `migration_tables`",
    },
    {
      name: "file_only without folder_tables",
      text: typed("file_only"),
      where: "7:19",
      message:
        "migration_type file_only needs a non-empty `folder_tables` list; add one with at least one row",
    },
  ],
  "bucket-name": [
    {
      name: "an s3:// URL with upper case and _",
      text: replaceLine(8, "  default_s3_bucket: s3://Lake_Prod/raw"),
      where: "8:22",
      message:
        'bucket name "s3://Lake_Prod/raw" is a URL; write the bucket name alone: write `lake-prod`',
    },
    {
      name: "a row bucket with _",
      text: withSpec("      bucket: lake_sales"),
      where: "15:15",
      message:
        'bucket name "lake_sales" contains `_`, which S3 bucket names cannot; use `-`: write `lake-sales`',
    },
    {
      name: "a two-character bucket",
      text: replaceLine(8, "  default_s3_bucket: ab"),
      where: "8:22",
      message: 'bucket name "ab" is 2 characters long; S3 bucket names have 3 to 63',
    },
    {
      name: "an IP address",
      text: replaceLine(8, "  default_s3_bucket: 192.168.10.1"),
      where: "8:22",
      message: 'bucket name "192.168.10.1" looks like an IP address, which S3 bucket names cannot',
    },
  ],
  "kerberos-credentials": [
    {
      name: "a principal without credential",
      text: withSpec("  kinit_principal: etl@EXAMPLE.COM"),
      where: "15:20",
      message:
        "kinit_principal is set without a credential; add kinit_keytab (a keytab path) or kinit_password (a ${env:NAME} reference)",
    },
    {
      name: "both keytab and password",
      text: withSpec(
        "  kinit_principal: etl@EXAMPLE.COM",
        "  kinit_keytab: /etc/etl.keytab",
        '  kinit_password: "${env:KINIT_PASSWORD}"',
      ),
      where: "17:3",
      message: "both kinit_keytab and kinit_password are set; keep one of them",
    },
    {
      name: "a keytab without principal",
      text: withSpec("  kinit_keytab: /etc/etl.keytab"),
      where: "15:3",
      message:
        "kinit_keytab is set without kinit_principal; add the principal, as in etl@EXAMPLE.COM",
    },
  ],
  "mapr-ticket": [
    {
      name: "a mapr source without user and ticket",
      text: replaceLine(6, "  source_format: mapr"),
      where: "6:18",
      message: "source_format mapr needs mapr_user and mapr_ticketfile_location; add both",
    },
    {
      name: "a user without ticket",
      text: replaceLine(6, "  source_format: mapr", withSpec("  mapr_user: svc-nx1")),
      where: "15:3",
      message: "mapr_user is set without mapr_ticketfile_location; add the ticket file path",
    },
    {
      name: "a ticket without user",
      text: replaceLine(6, "  source_format: mapr", withSpec("  mapr_ticketfile_location: /opt/t")),
      where: "15:3",
      message: "mapr_ticketfile_location is set without mapr_user; add the user",
    },
    {
      name: "MapR fields on an hdfs source",
      text: withSpec("  mapr_user: svc-nx1", "  mapr_ticketfile_location: /opt/t"),
      where: "15:3",
      message:
        "mapr_user is set but source_format is hdfs; remove the MapR fields or set source_format: mapr",
    },
  ],
  "duplicate-table": [
    {
      name: "a repeated table row",
      text: withSpec("    - database: sales", "      table: orders"),
      where: "15:7",
      message:
        "migration_tables[1] repeats sales.orders from migration_tables[0]; remove one of the two rows",
    },
    {
      name: "two whole-database rows",
      text: typed(
        "data_hive_to_iceberg",
        "  migration_tables:",
        "    - database: sales",
        "    - database: sales",
      ),
      where: "14:7",
      message:
        "migration_tables[1] repeats sales.* from migration_tables[0]; remove one of the two rows",
    },
  ],
  "numeric-bounds": [
    {
      name: "zero mappers",
      text: withSpec("  distcp_mappers: 0"),
      where: "15:19",
      message: "distcp_mappers is 0; write 1 or more (default 50)",
    },
    {
      name: "a negative bandwidth",
      text: withSpec("  distcp_bandwidth: -5"),
      where: "15:21",
      message: "distcp_bandwidth is -5; write a value above 0 (default 100)",
    },
  ],
  "email-list": [
    {
      name: "a semicolon separator",
      text: withSpec('  email_recipients: "a@example.com; b@example.com"'),
      where: "15:21",
      message:
        'email_recipients "a@example.com; b@example.com" uses `;`; separate addresses with commas',
    },
    {
      name: "an address without a domain",
      text: withSpec("  email_recipients: a@example.com, data-team"),
      where: "15:21",
      message:
        'email_recipients has "data-team", which is not an email address; write addresses such as data-team@example.com, separated by commas',
    },
  ],
  "secret-literal": [
    {
      name: "a literal S3 secret key",
      text: withSpec("  s3_secret_key: wJalrXUtnFEMI-literal"),
      where: "15:18",
      message:
        's3_secret_key holds a literal value; write a reference to an environment variable instead, as in s3_secret_key: "${env:S3_SECRET_KEY}", and remove the secret from git history',
    },
    {
      name: "a malformed reference",
      text: withSpec('  s3_access_key: "${env:1ACCESS}"'),
      where: "15:18",
      message:
        's3_access_key "${env:1ACCESS}" is not a valid reference: the variable name "1ACCESS" is not letters, digits and _ starting with a letter or _; write ${env:VARIABLE_NAME}',
    },
    {
      name: "a shell-style reference",
      text: withSpec('  s3_secret_key: "${S3_SECRET_KEY}"'),
      where: "15:18",
      message:
        's3_secret_key "${S3_SECRET_KEY}" is not a valid reference: references are written with `env:` inside braces; write "${env:S3_SECRET_KEY}"',
    },
  ],
};

const PASSING: Record<string, string> = {
  "tables-for-type": typed(
    "file_only",
    "  folder_tables:",
    "    - source_path: /data/x",
    "      target_bucket: lake-prod",
  ),
  "bucket-name": replaceLine(
    8,
    "  default_s3_bucket: lake.prod-2024",
    withSpec("      bucket: lake-sales"),
  ),
  "kerberos-credentials": withSpec(
    "  kinit_principal: etl@EXAMPLE.COM",
    '  kinit_password: "${env:KINIT_PASSWORD}"',
  ),
  "mapr-ticket": replaceLine(
    6,
    "  source_format: mapr",
    withSpec("  mapr_user: svc-nx1", "  mapr_ticketfile_location: /opt/t"),
  ),
  "duplicate-table": withSpec("    - database: sales", "      table: order_lines"),
  "numeric-bounds": withSpec("  distcp_mappers: 1", "  distcp_bandwidth: 1"),
  "email-list": withSpec("  email_recipients: a@example.com, data-team@example.co.uk"),
  "secret-literal": withSpec(
    "  s3_access_key: AKIAPLAINACCESSKEY",
    '  s3_secret_key: "${env:S3_SECRET_KEY}"',
  ),
};

it("covers every rule", () => {
  expect(Object.keys(FAILING).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  expect(Object.keys(PASSING).sort()).toEqual(RULES.map((rule) => rule.id).sort());
});

/** Rules whose severity the config cannot change. */
const LOCKED_RULES = new Set(["secret-literal"]);

describe.each(Object.keys(FAILING))("rule %s", (ruleId) => {
  const cases = FAILING[ruleId] ?? [];
  const configurable = LOCKED_RULES.has(ruleId) ? it.skip : it;

  it.each(cases.map((item) => [item.name, item] as const))("reports %s", (_name, item) => {
    const result = validateText(item.text);
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:${item.where} error [${ruleId}]`]);
    expect(result.diagnostics[0]?.message).toBe(item.message);
    expect(result.manifests).toEqual([]);
  });

  it("passes a valid input", () => {
    const result = validateText(PASSING[ruleId] ?? "");
    expect(result.diagnostics).toEqual([]);
    expect(result.manifests.map((manifest) => manifest.name)).toEqual(["orders"]);
  });

  configurable("downgrades to a warning from the config", async () => {
    const first = cases[0] as RuleCase;
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": `rules:\n  ${ruleId}: warning\n`,
      [FILE]: first.text,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics.map(located)).toEqual([
      `${FILE}:${first.where} warning [${ruleId}]`,
    ]);
    expect(loaded.workspace.manifests.map((manifest) => manifest.name)).toEqual(["orders"]);
  });

  configurable("is silent when turned off", async () => {
    const first = cases[0] as RuleCase;
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": `rules:\n  ${ruleId}: off\n`,
      [FILE]: first.text,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics).toEqual([]);
  });
});

describe("rule configuration", () => {
  it.each(["warning", "off"])("keeps secret-literal an error (%s)", async (severity) => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": `rules:\n  secret-literal: ${severity}\n`,
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (loaded.ok) throw new Error("config accepted");
    expect(loaded.diagnostics.map(located)).toEqual([
      ".nx1-migrate.yaml:2:19 error [config-locked-rule]",
    ]);
  });

  it("rejects an unknown rule id with a suggestion", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "# Severities.\nrules:\n  bucket-names: warning\n",
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (loaded.ok) throw new Error("config accepted");
    expect(loaded.diagnostics.map(located)).toEqual([
      ".nx1-migrate.yaml:3:3 error [config-unknown-rule]",
    ]);
    expect(loaded.diagnostics[0]?.message).toBe(
      "unknown rule id `bucket-names`; did you mean `bucket-name`?",
    );
  });

  it("lists the rule ids when nothing is close", async () => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": "rules:\n  zzz: off\n", [FILE]: MANIFEST });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (loaded.ok) throw new Error("config accepted");
    expect(loaded.diagnostics[0]?.message).toBe(
      "unknown rule id `zzz`; known ids: tables-for-type, bucket-name, kerberos-credentials, mapr-ticket, duplicate-table, numeric-bounds, email-list, secret-literal, yaml-version",
    );
  });

  it("rejects an unknown severity", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "rules:\n  email-list: warn\n",
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (loaded.ok) throw new Error("config accepted");
    expect(loaded.diagnostics.map(located)).toEqual([".nx1-migrate.yaml:2:15 error [schema-enum]"]);
    expect(loaded.diagnostics[0]?.message).toBe(
      'rules.email-list is "warn"; expected one of error, warning, off',
    );
  });

  it("places a finding on an inherited default at the config line", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "defaults:\n  email_recipients: ops@example.com; dba@example.com\n",
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics.map(located)).toEqual([
      ".nx1-migrate.yaml:2:21 error [email-list]",
    ]);
  });
});

describe("secret literals", () => {
  const CANARY = "canary-5f1d0c7e-literal-secret";

  it.each(["s3_secret_key", "kinit_password"])("never quotes a literal %s", (field) => {
    const text = withSpec(
      "  kinit_principal: etl@EXAMPLE.COM",
      `  ${field}: ${CANARY}`,
      ...(field === "s3_secret_key" ? ["  kinit_keytab: /etc/etl.keytab"] : []),
    );
    const result = validateText(text);
    expect(result.diagnostics.map(located)).toEqual([
      `${FILE}:16:${field.length + 5} error [secret-literal]`,
    ]);
    expect(JSON.stringify(result.diagnostics)).not.toContain(CANARY);
  });

  it("never quotes a literal inherited from the config", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": `defaults:\n  s3_secret_key: ${CANARY}\n`,
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics.map(located)).toEqual([
      ".nx1-migrate.yaml:2:18 error [secret-literal]",
    ]);
    expect(JSON.stringify(loaded.workspace.diagnostics)).not.toContain(CANARY);
  });
});

describe("one run", () => {
  it("reports all problems of all files once, sorted by file and line", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "defaults:\n  email_recipients: ops@example.com; dba@example.com\n",
      "migrations/b.yaml": replaceLine(
        4,
        "  name: b",
        withSpec("  distcp_mappers: 0", "  distcp_maper: 3"),
      ),
      "migrations/a.yaml": replaceLine(
        8,
        "  default_s3_bucket: Lake_A",
        replaceLine(4, "  name: a", withSpec("  kinit_keytab: /k")),
      ),
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics.map(located)).toEqual([
      ".nx1-migrate.yaml:2:21 error [email-list]",
      "migrations/a.yaml:8:22 error [bucket-name]",
      "migrations/a.yaml:15:3 error [kerberos-credentials]",
      "migrations/b.yaml:15:19 error [numeric-bounds]",
      "migrations/b.yaml:16:3 error [schema-unknown-key]",
    ]);
    expect(loaded.workspace.fileCount).toBe(2);
    expect(loaded.workspace.manifests).toEqual([]);
  });
});
