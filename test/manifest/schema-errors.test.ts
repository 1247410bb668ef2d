// Schema errors point at the key or value they are about and tell what to
// write instead: unknown keys with the nearest known one, missing keys at
// their parent, one message per nullable field.

import { afterEach, describe, expect, it } from "vitest";
import { loadWorkspace } from "../../src/manifest/workspace.js";
import { MANIFEST, lines, replaceLine, withSpec } from "../fixtures/manifests.js";
import { located, makeWorkspace, removeWorkspaces, validateText } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const FILE = "migrations/orders.yaml";

function diagnosticsOf(text: string) {
  return validateText(text).diagnostics.map((diagnostic) => ({
    where: located(diagnostic),
    message: diagnostic.message,
  }));
}

describe("unknown keys", () => {
  it("suggests distcp_mappers for distcp_maper", () => {
    expect(diagnosticsOf(withSpec("  distcp_maper: 20"))).toEqual([
      {
        where: `${FILE}:15:3 error [schema-unknown-key]`,
        message: "unknown key `distcp_maper` in spec; did you mean `distcp_mappers`?",
      },
    ]);
  });

  it("points at a top-level key", () => {
    expect(diagnosticsOf(`${MANIFEST}metdata: {}\n`)).toEqual([
      {
        where: `${FILE}:15:1 error [schema-unknown-key]`,
        message: "unknown key `metdata` in the manifest; did you mean `metadata`?",
      },
    ]);
  });

  it("points at a metadata key", () => {
    expect(diagnosticsOf(replaceLine(4, "  name: orders\n  revison: 2"))).toEqual([
      {
        where: `${FILE}:5:3 error [schema-unknown-key]`,
        message: "unknown key `revison` in metadata; did you mean `revision`?",
      },
    ]);
  });

  it("points at a key inside a table row", () => {
    expect(diagnosticsOf(withSpec("      partiton_filter: dt > '2024'"))).toEqual([
      {
        where: `${FILE}:15:7 error [schema-unknown-key]`,
        message:
          "unknown key `partiton_filter` in spec.migration_tables[0]; did you mean `partition_filter`?",
      },
    ]);
  });

  it("explains a YAML merge key", () => {
    const text = withSpec("    - <<: *row", "      table: staff").replace(
      "    - database: sales",
      "    - &row\n      database: sales",
    );
    const result = diagnosticsOf(text);
    expect(result.map((item) => item.where)).toContain(`${FILE}:16:7 error [schema-unknown-key]`);
    expect(result.find((item) => item.where.includes("schema-unknown-key"))?.message).toBe(
      "unknown key `<<` in spec.migration_tables[1]; YAML 1.2 has no merge keys, so write the fields out instead of `<<: *anchor`",
    );
  });

  it("lists the known keys when nothing is close", () => {
    const [problem] = diagnosticsOf(withSpec("      colour: blue"));
    expect(problem?.where).toBe(`${FILE}:15:7 error [schema-unknown-key]`);
    expect(problem?.message).toBe(
      "unknown key `colour` in spec.migration_tables[0]; known keys: database, table, dest_database, bucket, endpoint, partition_filter",
    );
  });

  it("reports every unknown key once", () => {
    const found = diagnosticsOf(
      withSpec("  distcp_maper: 20", "  emial_recipients: a@example.com"),
    );
    expect(found.map((item) => item.where)).toEqual([
      `${FILE}:15:3 error [schema-unknown-key]`,
      `${FILE}:16:3 error [schema-unknown-key]`,
    ]);
  });
});

describe("missing keys", () => {
  it("points a missing spec field at the spec key", () => {
    expect(diagnosticsOf(replaceLine(9, undefined))).toEqual([
      {
        where: `${FILE}:5:1 error [schema-required]`,
        message:
          "missing required key `tracking_database` in spec; add it here or under `defaults` in the repository config",
      },
    ]);
  });

  it("points a missing row field at the row", () => {
    const text = replaceLine(13, "    - table: orders", replaceLine(14, undefined));
    expect(diagnosticsOf(text)).toEqual([
      {
        where: `${FILE}:13:7 error [schema-required]`,
        message: "missing required key `database` in spec.migration_tables[0]",
      },
    ]);
  });

  it("points a missing top-level key at the document", () => {
    expect(diagnosticsOf(replaceLine(2, undefined))).toEqual([
      {
        where: `${FILE}:1:1 error [schema-required]`,
        message: "missing required key `kind` in the manifest",
      },
    ]);
  });

  it("reports each missing spec field", () => {
    const text = lines(
      "apiVersion: nx1-migrate/v1",
      "kind: DataMigrationRun",
      "spec:",
      "  source_format: s3",
    );
    expect(diagnosticsOf(text).map((item) => item.message)).toEqual([
      "missing required key `default_s3_bucket` in spec; add it here or under `defaults` in the repository config",
      "missing required key `migration_type` in spec; add it here or under `defaults` in the repository config",
      "missing required key `report_output_location` in spec; add it here or under `defaults` in the repository config",
      "missing required key `tracking_database` in spec; add it here or under `defaults` in the repository config",
      "missing required key `tracking_location` in spec; add it here or under `defaults` in the repository config",
    ]);
    expect(diagnosticsOf(text)[0]?.where).toBe(`${FILE}:3:1 error [schema-required]`);
  });
});

describe("value errors", () => {
  it("gives a nullable field one message", () => {
    expect(diagnosticsOf(withSpec("  s3_endpoint: 9000"))).toEqual([
      {
        where: `${FILE}:15:16 error [schema-type]`,
        message:
          'spec.s3_endpoint must be a string or null, not number 9000; quote it to keep it as text, as in "9000"',
      },
    ]);
  });

  it("gives a nullable list one message", () => {
    expect(diagnosticsOf(withSpec("  email_recipients: [a@example.com]"))).toEqual([
      {
        where: `${FILE}:15:21 error [schema-type]`,
        message: "spec.email_recipients must be a string or null, not a list",
      },
    ]);
  });

  it("accepts null in a nullable field", () => {
    expect(diagnosticsOf(withSpec("  s3_endpoint: null", "  email_recipients: ~"))).toEqual([]);
  });

  it("tells to unquote a quoted integer", () => {
    expect(diagnosticsOf(withSpec('  distcp_mappers: "12"'))).toEqual([
      {
        where: `${FILE}:15:19 error [schema-type]`,
        message: 'spec.distcp_mappers must be an integer, not "12"; remove the quotes, as in 12',
      },
    ]);
  });

  it("rejects a fraction where an integer is expected", () => {
    expect(diagnosticsOf(withSpec("  distcp_bandwidth: 12.5")).map((item) => item.where)).toEqual([
      `${FILE}:15:21 error [schema-type]`,
    ]);
  });

  it("suggests the nearest enum value", () => {
    expect(diagnosticsOf(replaceLine(7, "  migration_type: data_hive_iceberg"))).toEqual([
      {
        where: `${FILE}:7:19 error [schema-enum]`,
        message:
          'spec.migration_type is "data_hive_iceberg"; expected one of file_only, data_hive_to_hive, data_hive_to_iceberg, metadata_hive_to_iceberg; did you mean `data_hive_to_iceberg`?',
      },
    ]);
  });

  it("suggests an enum value written in another case", () => {
    expect(diagnosticsOf(replaceLine(6, "  source_format: HDFS"))).toEqual([
      {
        where: `${FILE}:6:18 error [schema-enum]`,
        message:
          'spec.source_format is "HDFS"; expected one of mapr, hdfs, s3; did you mean `hdfs`?',
      },
    ]);
  });

  it("names the constant to write", () => {
    expect(diagnosticsOf(replaceLine(1, "apiVersion: nx1-migrate/v2"))).toEqual([
      {
        where: `${FILE}:1:13 error [schema-const]`,
        message: 'apiVersion is "nx1-migrate/v2"; write `nx1-migrate/v1`',
      },
    ]);
  });

  it("rejects a negative revision", () => {
    expect(
      diagnosticsOf(replaceLine(4, "  name: orders\n  revision: -1")).map((item) => item.where),
    ).toEqual([`${FILE}:5:13 error [schema-minimum]`]);
  });

  it("hides a secret field's value in a type error", () => {
    const text = withSpec("  kinit_principal: etl@EXAMPLE.COM", "  kinit_password: 734251987");
    expect(diagnosticsOf(text)).toEqual([
      {
        where: `${FILE}:16:19 error [schema-type]`,
        message:
          'spec.kinit_password must be a string or null; write a reference such as "${env:VARIABLE_NAME}" (the value is not shown, because it may be a secret)',
      },
    ]);
  });

  it("hides a secret field's value inside a list", () => {
    const found = diagnosticsOf(withSpec("  s3_secret_key: [734251987]"));
    expect(found.map((item) => item.where)).toEqual([`${FILE}:15:18 error [schema-type]`]);
    expect(JSON.stringify(found)).not.toContain("734251987");
  });
});

describe("config defaults", () => {
  it("supplies a missing required field", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "defaults:\n  tracking_database: shared_tracking\n",
      [FILE]: replaceLine(9, undefined),
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics).toEqual([]);
    expect(loaded.workspace.manifests[0]?.request.tracking_database).toBe("shared_tracking");
  });

  it("lets the manifest's own value win", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "defaults:\n  tracking_database: shared_tracking\n",
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.manifests[0]?.request.tracking_database).toBe("tracking");
  });

  it("reports a bad default at the config line", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml":
        "# Shared settings.\ndefaults:\n  tracking_database: shared\n  distcp_mappers: many\n",
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.diagnostics.map(located)).toEqual([".nx1-migrate.yaml:4:19 error [schema-type]"]);
    expect(loaded.diagnostics[0]?.message).toBe(
      'defaults.distcp_mappers must be an integer, not "many"',
    );
  });

  it("reports an unknown key in defaults at the config line", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "defaults:\n  distcp_maper: 20\n",
      [FILE]: MANIFEST,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (loaded.ok) throw new Error("config accepted");
    expect(loaded.diagnostics.map(located)).toEqual([
      ".nx1-migrate.yaml:2:3 error [schema-unknown-key]",
    ]);
    expect(loaded.diagnostics[0]?.message).toContain("did you mean `distcp_mappers`?");
  });
});
