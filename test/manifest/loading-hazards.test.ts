// YAML loading hazards: each one is a diagnostic at an exact FILE:LINE:COL
// with its severity and rule id, never a crash or a silently wrong value.

import { afterEach, describe, expect, it } from "vitest";
import { loadWorkspace } from "../../src/manifest/workspace.js";
import { MANIFEST, lines, replaceLine, withSpec } from "../fixtures/manifests.js";
import { located, makeWorkspace, removeWorkspaces, validateText } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const FILE = "migrations/orders.yaml";

function problems(text: string | Uint8Array): string[] {
  return validateText(text).diagnostics.map(located);
}

describe("YAML version directive", () => {
  const text = `%YAML 1.1\n---\n${replaceLine(
    4,
    "  name: orders\n  revision: 0755",
    replaceLine(9, "  tracking_database: no"),
  )}`;

  it("is an error by default", () => {
    const result = validateText(text);
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:1:1 error [yaml-version]`]);
    expect(result.manifests).toEqual([]);
  });

  it("reads YAML 1.2 when downgraded to a warning", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "rules:\n  yaml-version: warning\n",
      [FILE]: text,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics.map(located)).toEqual([
      `${FILE}:1:1 warning [yaml-version]`,
    ]);
    const [manifest] = loaded.workspace.manifests;
    expect(manifest?.request.tracking_database).toBe("no");
    expect(manifest?.revision).toBe(755);
    expect(manifest?.revision).not.toBe(493);
  });

  it("reports nothing when turned off", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "rules:\n  yaml-version: off\n",
      [FILE]: text,
    });
    const loaded = await loadWorkspace({ workingDir: dir });
    if (!loaded.ok) throw new Error("config rejected");
    expect(loaded.workspace.diagnostics).toEqual([]);
    expect(loaded.workspace.manifests[0]?.request.tracking_database).toBe("no");
  });

  it("accepts an explicit %YAML 1.2", () => {
    expect(problems(`%YAML 1.2\n---\n${MANIFEST}`)).toEqual([]);
  });
});

describe("Norway problem", () => {
  it("keeps no, off and yes as strings where strings are expected", () => {
    const text = replaceLine(9, "  tracking_database: no", withSpec("      dest_database: yes"));
    const result = validateText(replaceLine(14, "      table: off", text));
    expect(result.diagnostics).toEqual([]);
    const request = result.manifests[0]?.request;
    expect(request?.tracking_database).toBe("no");
    expect(request?.migration_tables).toEqual([
      { database: "sales", table: "off", dest_database: "yes" },
    ]);
  });

  it("rejects yes where a boolean is expected", () => {
    const result = validateText(withSpec("  inplace_iceberg_migration: yes"));
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:15:30 error [schema-type]`]);
    expect(result.diagnostics[0]?.message).toBe(
      'spec.inplace_iceberg_migration must be a boolean, not "yes"; write true or false, without quotes',
    );
  });

  it("rejects off in a table row boolean", () => {
    const text = lines(
      ...MANIFEST.trimEnd().split("\n").slice(0, 6),
      "  migration_type: metadata_hive_to_iceberg",
      ...MANIFEST.trimEnd().split("\n").slice(7, 11),
      "  metadata_tables:",
      "    - database: hr",
      "      inplace_migration: off",
    );
    expect(problems(text)).toEqual([`${FILE}:14:26 error [schema-type]`]);
  });
});

describe("YAML structure", () => {
  it("reports a duplicate key at the second one", () => {
    expect(problems(replaceLine(2, "kind: DataMigrationRun\nkind: DataMigrationRun"))).toEqual([
      `${FILE}:3:1 error [yaml-duplicate-key]`,
    ]);
  });

  it("reports a duplicate key inside spec", () => {
    expect(problems(withSpec("  source_format: s3"))).toEqual([
      `${FILE}:15:3 error [yaml-duplicate-key]`,
    ]);
  });

  it("reports an integer beyond 2^53", () => {
    const text = withSpec("  distcp_bandwidth: 9007199254740993");
    expect(problems(text)).toEqual([`${FILE}:15:21 error [yaml-number-range]`]);
    expect(validateText(text).diagnostics[0]?.message).toBe(
      "integer 9007199254740993 is too large to be read exactly (the limit is 9007199254740991); write a smaller number, or quote it to keep it as text",
    );
  });

  it("names the duplicate key and its first line", () => {
    const [diagnostic] = validateText(withSpec("  source_format: s3")).diagnostics;
    expect(diagnostic?.message).toBe(
      "duplicate key `source_format` (first at line 6); remove one of the two, since YAML keeps only one value",
    );
  });

  it("reports a second document at its marker", () => {
    expect(problems(`${MANIFEST}---\n${MANIFEST}`)).toEqual([
      `${FILE}:15:1 error [yaml-multiple-documents]`,
    ]);
  });

  it("reports an empty file", () => {
    expect(problems("")).toEqual([`${FILE}:1:1 error [empty-file]`]);
  });

  it("reports a file of blank lines as empty", () => {
    expect(problems("\n\n   \n")).toEqual([`${FILE}:1:1 error [empty-file]`]);
  });

  it("reports a comment-only file as empty", () => {
    expect(problems("# yaml-language-server: $schema=x\n# nothing yet\n")).toEqual([
      `${FILE}:1:1 error [empty-file]`,
    ]);
  });

  it("reports a tab used as indentation", () => {
    expect(problems(replaceLine(4, "\tname: orders"))).toEqual([
      `${FILE}:4:1 error [yaml-tab-indent]`,
    ]);
  });

  it("reports a tab once, without follow-on errors", () => {
    const text = replaceLine(
      14,
      "\t  table: orders",
      withSpec("    - database: hr", "      table: staff"),
    );
    expect(problems(text)).toEqual([`${FILE}:14:1 error [yaml-tab-indent]`]);
  });

  it("points an open quote at its start", () => {
    const result = validateText(replaceLine(9, '  tracking_database: "tracking'));
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:9:22 error [yaml-syntax]`]);
    expect(result.diagnostics[0]?.message).toBe(
      'the quoted value that starts here has no closing `"`; add it where the value ends',
    );
  });

  it("names an alias without an anchor", () => {
    const result = validateText(replaceLine(8, "  default_s3_bucket: *lake"));
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:8:22 error [yaml-syntax]`]);
    expect(result.diagnostics[0]?.message).toBe(
      "alias `*lake` has no anchor `&lake` before it; define the anchor first, or write the value out",
    );
  });

  it("hints at a missing colon", () => {
    const result = validateText(replaceLine(9, "  tracking_database"));
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:9:3 error [yaml-syntax]`]);
    expect(result.diagnostics[0]?.message).toBe(
      "Implicit keys need to be on a single line; a line from here to the next key is missing its `:`, or is indented deeper than its neighbours",
    );
  });

  it("hints at uneven indentation", () => {
    const result = validateText(replaceLine(9, " tracking_database: tracking"));
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:9:1 error [yaml-syntax]`]);
    expect(result.diagnostics[0]?.message).toBe(
      "All mapping items must start at the same column; indent the keys of one map, or the `-` items of one list, by the same number of spaces",
    );
  });

  it("reports a top-level list", () => {
    expect(problems("- apiVersion: nx1-migrate/v1\n- kind: DataMigrationRun\n")).toEqual([
      `${FILE}:1:1 error [manifest-type]`,
    ]);
  });

  it("reports a top-level scalar", () => {
    expect(problems("DataMigrationRun\n")).toEqual([`${FILE}:1:1 error [manifest-type]`]);
  });
});

describe("prototype keys", () => {
  it.each([
    ["__proto__", 15, 3],
    ["constructor", 15, 3],
    ["prototype", 15, 3],
  ])("rejects %s at its key", (key, line, column) => {
    expect(problems(withSpec(`  ${key}:`, "    polluted: true"))).toEqual([
      `${FILE}:${line}:${column} error [yaml-forbidden-key]`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects __proto__ at the top level", () => {
    expect(problems(`__proto__:\n  polluted: true\n${MANIFEST}`)).toEqual([
      `${FILE}:1:1 error [yaml-forbidden-key]`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("resource limits", () => {
  it("stops an alias bomb at the first alias", () => {
    const ten = (item: string) => `[${Array(10).fill(item).join(", ")}]`;
    const text = lines(
      `a: &a ${ten('"lol"')}`,
      `b: &b ${ten("*a")}`,
      `c: &c ${ten("*b")}`,
      `d: &d ${ten("*c")}`,
      `e: ${ten("*d")}`,
    );
    const result = validateText(text);
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:2:8 error [yaml-alias-limit]`]);
    expect(result.diagnostics[0]?.message).toBe(
      "more than 50 alias expansions; write the values out instead of using anchors",
    );
  });

  it("accepts a few aliases", () => {
    const text = withSpec(
      "  s3_endpoint: &endpoint https://s3.example.com",
      "  kinit_keytab: *endpoint",
    );
    // The keytab needs a principal: the rule runs on the alias' value, so the alias resolved.
    expect(problems(text)).toEqual([`${FILE}:16:3 error [kerberos-credentials]`]);
  });

  it("rejects a file over the size cap before parsing it", () => {
    const text = `${MANIFEST}# ${"x".repeat(1024 * 1024)}\n`;
    const result = validateText(text);
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:1:1 error [file-too-large]`]);
    expect(result.diagnostics[0]?.message).toContain("over the limit of 1048576 bytes");
  });

  it("rejects flow nesting deeper than 32 levels", () => {
    expect(problems(withSpec(`  x: ${"[".repeat(40)}${"]".repeat(40)}`))).toEqual([
      `${FILE}:15:36 error [yaml-too-deep]`,
    ]);
  });

  it("reports thousands of levels once", () => {
    const depth = 5000;
    const result = validateText(`a: ${"[".repeat(depth)}${"]".repeat(depth)}\n`);
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:1:35 error [yaml-too-deep]`]);
  });

  it("reports deep block nesting once", () => {
    const rows = Array.from({ length: 1000 }, (_, depth) => `${" ".repeat(depth)}- `);
    const result = validateText(`${rows.join("\n")}x\n`);
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:33:33 error [yaml-too-deep]`]);
  });
});

describe("bytes and line endings", () => {
  const broken = replaceLine(1, "apiVersion: nx1-migrate/v2", withSpec("  distcp_maper: 3"));

  it("ignores a byte order mark and keeps positions", () => {
    const plain = validateText(broken).diagnostics;
    const withBom = validateText(`\uFEFF${broken}`).diagnostics;
    expect(withBom.map(located)).toEqual([
      `${FILE}:1:13 error [schema-const]`,
      `${FILE}:15:3 error [schema-unknown-key]`,
    ]);
    expect(withBom).toEqual(plain);
  });

  it("gives CRLF the same diagnostics and ranges as LF", () => {
    const lf = validateText(broken).diagnostics;
    const crlf = validateText(broken.replaceAll("\n", "\r\n")).diagnostics;
    expect(crlf.map(located)).toEqual([
      `${FILE}:1:13 error [schema-const]`,
      `${FILE}:15:3 error [schema-unknown-key]`,
    ]);
    expect(crlf).toEqual(lf);
  });

  it("reports invalid UTF-8 at its line and character column", () => {
    const bytes = Buffer.concat([
      Buffer.from("apiVersion: nx1-migrate/v1\nmetadata:\n  description: café "),
      Buffer.from([0xff]),
      Buffer.from("\n"),
    ]);
    const result = validateText(bytes);
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:3:21 error [invalid-utf8]`]);
    const message = result.diagnostics[0]?.message ?? "";
    expect(message).toBe("invalid UTF-8 byte 0xff; save the file as UTF-8");
    expect(message).not.toContain("\uFFFD");
  });

  it("reports a truncated multi-byte sequence at its first byte", () => {
    const bytes = Buffer.concat([
      Buffer.from("apiVersion: nx1-migrate/v1\nkind: "),
      Buffer.from([0xe2, 0x82]),
    ]);
    expect(problems(bytes)).toEqual([`${FILE}:2:7 error [invalid-utf8]`]);
  });

  it("reports a UTF-16 file as invalid UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MANIFEST, "utf16le")]);
    expect(problems(bytes)).toEqual([`${FILE}:1:1 error [invalid-utf8]`]);
  });

  it.each([
    ["NUL", "\u0000", "U+0000"],
    ["escape", "\u001b", "U+001B"],
    ["delete", "\u007f", "U+007F"],
  ])("reports a %s character at its position", (_label, character, code) => {
    const result = validateText(replaceLine(4, `  name: ord${character}ers`));
    expect(result.diagnostics.map(located)).toEqual([`${FILE}:4:12 error [control-character]`]);
    expect(result.diagnostics[0]?.message).toContain(code);
  });
});
