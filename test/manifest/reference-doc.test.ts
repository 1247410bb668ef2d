// docs/manifest-reference.md is generated from the schemas and the rules;
// these tests keep it complete, deterministic and up to date.

import { execFile } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { CONFIGURABLE_RULE_IDS } from "../../src/config/load-config.js";
import { RULES } from "../../src/manifest/rules/index.js";
import {
  FIXED_CHECKS,
  LOADER_RULES,
  REFERENCE_PATH,
  renderReference,
} from "../../scripts/generate-reference.js";
import { makeWorkspace, removeWorkspaces } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

function schema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "schemas", name), "utf8")) as Record<string, unknown>;
}

function propertyNames(node: Record<string, unknown>, prefix = ""): string[] {
  const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(properties).flatMap(([name, child]) => [
    `${prefix}${name}`,
    ...propertyNames(child, `${prefix}${name}.`),
  ]);
}

/** Returns the table row of a field: `| \`path\` | type | presence | description |`. */
function rowOf(text: string, path: string): string | undefined {
  return text.split("\n").find((line) => line.startsWith(`| \`${path}\` |`));
}

const TEXT = renderReference();

describe("manifest reference", () => {
  it("matches the committed file", () => {
    expect(readFileSync(REFERENCE_PATH, "utf8")).toBe(TEXT);
  });

  it("renders the same text twice", () => {
    expect(renderReference()).toBe(TEXT);
  });

  it("lists every envelope and spec field", () => {
    const manifest = schema("manifest.schema.json");
    const defs = manifest.$defs as Record<string, Record<string, unknown>>;
    for (const path of propertyNames(manifest)) expect(rowOf(TEXT, path), path).toBeDefined();
    for (const path of propertyNames(defs.ManifestSpec ?? {}, "spec.")) {
      expect(rowOf(TEXT, path), path).toBeDefined();
    }
  });

  it("marks the request's required fields and the defaults", () => {
    const required = schema("request.schema.json").required as string[];
    expect(required.length).toBeGreaterThan(0);
    for (const field of required) expect(rowOf(TEXT, `spec.${field}`)).toContain("| required |");
    expect(rowOf(TEXT, "spec.distcp_mappers")).toBe(
      "| `spec.distcp_mappers` | integer | default `50` | Distcp Mappers |",
    );
    expect(rowOf(TEXT, "spec.s3_endpoint")).toBe(
      "| `spec.s3_endpoint` | string or null | optional | S3 Endpoint |",
    );
    expect(rowOf(TEXT, "spec.source_format")).toContain("one of `mapr`, `hdfs`, `s3`");
  });

  it("lists every table row field", () => {
    const defs = schema("manifest.schema.json").$defs as Record<string, Record<string, unknown>>;
    for (const name of [
      "DataMigrationTableRow",
      "MetadataMigrationTableRow",
      "FolderCopyTableRow",
    ]) {
      expect(TEXT).toContain(`### ${name}\n`);
      for (const path of propertyNames(defs[name] ?? {}))
        expect(rowOf(TEXT, path), path).toBeDefined();
    }
    expect(rowOf(TEXT, "source_path")).toContain("| required |");
  });

  it("lists every config field", () => {
    for (const path of propertyNames(schema("config.schema.json"))) {
      expect(rowOf(TEXT, path), path).toBeDefined();
    }
  });

  it("lists every rule with its severity and description", () => {
    for (const rule of RULES) {
      expect(TEXT).toContain(
        `| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.description.replaceAll("|", "\\|")} |`,
      );
    }
    expect(TEXT).toContain("| `yaml-version` | error |");
  });

  it("documents every id the config accepts", () => {
    expect([...RULES, ...LOADER_RULES].map((rule) => rule.id).sort()).toEqual(
      [...CONFIGURABLE_RULE_IDS].sort(),
    );
  });

  it("lists only rule ids that the code reports", () => {
    const sources = ["src/manifest", "src/config"].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts"))
        .map((file) => readFileSync(join(ROOT, folder, file), "utf8")),
    );
    const text = sources.join("\n");
    for (const id of FIXED_CHECKS.flatMap(([ids]) => ids.split(", "))) {
      const reported =
        text.includes(`"${id}"`) || (id.startsWith("schema-") && text.includes("`schema-${"));
      expect(reported, id).toBe(true);
    }
  });

  it("explains secret references and the revision counter", () => {
    expect(TEXT).toContain("## Secret references");
    expect(TEXT).toContain("`${env:VARIABLE_NAME}`");
    expect(TEXT).toContain("`s3_secret_key` and `kinit_password` are never written in git.");
    expect(TEXT).toContain("## Revision: a new run of an unchanged manifest");
    expect(TEXT).toContain("To run an unchanged manifest again, raise `metadata.revision`");
  });
});

describe("generate-reference --check", () => {
  const script = join(ROOT, "scripts/generate-reference.ts");
  const tsx = join(ROOT, "node_modules/.bin/tsx");

  it("exits 1 for a stale file and 0 after writing it", async () => {
    const out = join(makeWorkspace(), "reference.md");
    writeFileSync(out, TEXT.replace("## Rules", "## Old rules"));
    const stale = await run(tsx, [script, "--check", "--out", out]).then(
      () => 0,
      (error: { code: number; stderr: string }) => {
        expect(error.stderr).toContain("is stale. Run `npm run docs`");
        return error.code;
      },
    );
    expect(stale).toBe(1);

    await run(tsx, [script, "--out", out]);
    expect(readFileSync(out, "utf8")).toBe(TEXT);
    const fresh = await run(tsx, [script, "--check", "--out", out]);
    expect(fresh.stdout).toContain("is up to date.");
  });

  it("exits 1 for a missing file", async () => {
    const out = join(makeWorkspace(), "missing.md");
    const code = await run(tsx, [script, "--check", "--out", out]).then(
      () => 0,
      (error: { code: number }) => error.code,
    );
    expect(code).toBe(1);
  });
});
