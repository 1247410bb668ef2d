// Writes docs/manifest-reference.md from the schemas and the rules, so the
// reference cannot drift from what `validate` checks:
//
//   schemas/manifest.schema.json   envelope, spec and table row fields
//   schemas/request.schema.json    which spec fields the resolved request needs
//   schemas/config.schema.json     the repository config, .nx1-migrate.yaml
//   src/manifest/rules/index.ts    rule ids, default severities, descriptions
//   src/manifest/secrets.ts        the secret reference syntax
//
// The output depends only on those inputs (no dates, no paths of this
// machine). Run with `npm run docs`; `--check` exits 1 when the file on disk
// differs from a fresh rendering, and `--out FILE` writes or checks FILE.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { RULES } from "../src/manifest/rules/index.js";
import { REFERENCE_FIELDS, REFERENCE_SYNTAX, SECRET_FIELDS } from "../src/manifest/secrets.js";

type Schema = Record<string, unknown>;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REFERENCE_PATH = join(root, "docs/manifest-reference.md");

/** Loader checks whose severity `rules:` in the config can set, besides RULES. */
export const LOADER_RULES = [
  {
    id: "yaml-version",
    defaultSeverity: "error",
    description:
      "A `%YAML` directive other than 1.2. Manifests are always read as YAML 1.2, where `no` is a string and `0755` is the integer 755, so the directive would mislead a reader.",
  },
] as const;

/** Checks that always report errors and cannot be configured, by the stage that runs them. */
export const FIXED_CHECKS: readonly [string, string][] = [
  [
    "invalid-utf8, control-character, file-too-large",
    "The file is not UTF-8 text, holds a control character, or is over 1 MiB.",
  ],
  [
    "yaml-syntax, yaml-duplicate-key, yaml-tab-indent",
    "The YAML cannot be parsed, repeats a key, or indents with tabs.",
  ],
  [
    "yaml-multiple-documents, empty-file, manifest-type",
    "A file holds exactly one YAML document, and that document is a map.",
  ],
  [
    "yaml-forbidden-key, yaml-alias-limit, yaml-too-deep",
    "No `__proto__`, `constructor` or `prototype` key, at most 50 alias expansions, at most 32 levels of nesting.",
  ],
  [
    "yaml-number-range",
    "No integer beyond 2^53 - 1, which a JavaScript number cannot hold exactly.",
  ],
  [
    "config-locked-rule",
    "The config cannot relax `secret-literal`, because a literal secret would be copied into status files, reports and comments.",
  ],
  [
    "schema-unknown-key, schema-required, schema-type, schema-enum, schema-const, schema-pattern",
    "The manifest or config does not match its JSON Schema.",
  ],
  [
    "manifest-name, duplicate-name, name-case-collision",
    "Each manifest has a valid name of its own, unique even when case is ignored.",
  ],
];

function readSchema(name: string): Schema {
  return JSON.parse(readFileSync(join(root, "schemas", name), "utf8")) as Schema;
}

/** Escapes text for a markdown table cell. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|");
}

function code(text: string): string {
  return `\`${text}\``;
}

/** Describes the type of a schema node, such as `string or null` or `list of DataMigrationTableRow`. */
function typeText(node: Schema, defs: Record<string, Schema>): string {
  if (typeof node.$ref === "string") {
    const target = node.$ref.split("/").pop() ?? node.$ref;
    if (target === "ManifestSpec") return "map of spec fields";
    // Enumerations are short: show their values in place of the name.
    const local = node.$ref.startsWith("#/$defs/") ? defs[target] : undefined;
    return local && Array.isArray(local.enum) ? typeText(local, defs) : target;
  }
  if (node.const !== undefined) return `${code(String(node.const))} (fixed)`;
  if (Array.isArray(node.enum))
    return `one of ${node.enum.map((value) => code(String(value))).join(", ")}`;
  const types = Array.isArray(node.type)
    ? (node.type as string[])
    : [node.type as string | undefined];
  const names = types.map((type) => {
    if (type === "array") {
      const items = (node.items ?? {}) as Schema;
      return `list of ${typeText(items, defs)}`;
    }
    if (type === "object") {
      const values = node.additionalProperties;
      if (typeof values === "object" && values !== null)
        return `map of ${typeText(values as Schema, defs)}`;
      return "map";
    }
    return type ?? "any";
  });
  return names.join(" or ");
}

/** Collects constraints that a reader needs, such as `at least 1` or `matches ^https?://`. */
function constraintText(node: Schema): string[] {
  const found: string[] = [];
  if (typeof node.minimum === "number") found.push(`at least ${node.minimum}`);
  if (typeof node.exclusiveMinimum === "number") found.push(`above ${node.exclusiveMinimum}`);
  if (typeof node.maximum === "number") found.push(`at most ${node.maximum}`);
  if (typeof node.minItems === "number") found.push(`at least ${node.minItems} item`);
  if (typeof node.pattern === "string") found.push(`matches ${code(node.pattern)}`);
  return found;
}

function presenceText(name: string, node: Schema, required: readonly string[]): string {
  if (required.includes(name)) return "required";
  if (node.default !== undefined) return `default ${code(JSON.stringify(node.default))}`;
  return "optional";
}

function descriptionText(name: string, node: Schema): string {
  // The contract gives enumeration fields neither title nor description: name them after the field.
  const spelled = name.replaceAll("_", " ");
  const fallback =
    node.properties !== undefined
      ? "The fields below."
      : `${spelled.charAt(0).toUpperCase()}${spelled.slice(1)}`;
  const text = (node.description ?? node.title ?? fallback) as string;
  const constraints = constraintText(node);
  return constraints.length > 0
    ? `${text}${text ? " " : ""}(${constraints.join(", ")})`.trim()
    : text;
}

/** Renders a table of the properties of `node`, recursing into nested maps with dotted names. */
function fieldRows(
  node: Schema,
  required: readonly string[],
  defs: Record<string, Schema>,
  prefix = "",
): string[] {
  const rows: string[] = [];
  const properties = (node.properties ?? {}) as Record<string, Schema>;
  for (const [name, child] of Object.entries(properties)) {
    const path = `${prefix}${name}`;
    rows.push(
      `| ${code(path)} | ${cell(typeText(child, defs))} | ${presenceText(name, child, required)} | ${cell(descriptionText(name, child))} |`,
    );
    if (child.properties !== undefined)
      rows.push(...fieldRows(child, (child.required ?? []) as string[], defs, `${path}.`));
  }
  return rows;
}

function table(rows: readonly string[]): string[] {
  return ["| Field | Type | Required or default | Description |", "|---|---|---|---|", ...rows];
}

/** Renders the whole reference. The same inputs always give the same text. */
export function renderReference(): string {
  const manifest = readSchema("manifest.schema.json");
  const request = readSchema("request.schema.json");
  const config = readSchema("config.schema.json");
  const defs = manifest.$defs as Record<string, Schema>;
  const spec = defs.ManifestSpec as Schema;
  const requestRequired = (request.required ?? []) as string[];
  const envelope = { ...manifest, properties: { ...(manifest.properties as object) } } as Schema;
  delete (envelope.properties as Record<string, unknown>).spec;

  const out: string[] = [
    "# Manifest reference",
    "",
    "<!-- Generated by scripts/generate-reference.ts from schemas/ and src/manifest/rules/. Do not edit: run `npm run docs`. -->",
    "",
    `${manifest.description as string}`,
    "",
    "A manifest is one YAML file (YAML 1.2, UTF-8) under the manifests folder, by default `migrations/`:",
    "",
    "```yaml",
    "# yaml-language-server: $schema=../schemas/manifest.schema.json",
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    "  name: sales-orders-to-iceberg",
    "spec:",
    "  source_format: hdfs",
    "  migration_type: data_hive_to_iceberg",
    "  default_s3_bucket: lake-prod-sales",
    "  migration_tables:",
    "    - database: sales",
    "      table: orders",
    "```",
    "",
    "## Envelope",
    "",
    ...table(fieldRows(envelope, (manifest.required ?? []) as string[], defs)),
    `| ${code("spec")} | map of spec fields | required | The request body, described below. |`,
    "",
    "## Spec",
    "",
    `${spec.description as string} A field marked required must be present in the resolved request: in the manifest's spec or under \`defaults\` in the repository config. Unknown keys are errors.`,
    "",
    ...table(fieldRows(spec, requestRequired, defs, "spec.")),
    "",
    "## Table rows",
    "",
  ];
  for (const [list, rowName] of [
    ["migration_tables", "DataMigrationTableRow"],
    ["metadata_tables", "MetadataMigrationTableRow"],
    ["folder_tables", "FolderCopyTableRow"],
  ] as const) {
    const row = defs[rowName] as Schema;
    out.push(
      `### ${rowName}`,
      "",
      `A row of ${code(list)}. ${(row.description ?? "") as string}`,
      "",
      ...table(fieldRows(row, (row.required ?? []) as string[], defs)),
      "",
    );
  }

  out.push(
    "## Secret references",
    "",
    `${SECRET_FIELDS.map(code).join(" and ")} are never written in git. Write an environment variable reference instead, ${code(REFERENCE_SYNTAX)}, where the name has letters, digits and \`_\` and does not start with a digit. Apply reads the variable at submit time. ${REFERENCE_FIELDS.filter(
      (field) => !(SECRET_FIELDS as readonly string[]).includes(field),
    )
      .map(code)
      .join(", ")} may be a reference too.`,
    "",
    "```yaml",
    "spec:",
    '  s3_secret_key: "${env:LAKE_S3_SECRET_KEY}"',
    "```",
    "",
    "The fingerprint, the status files, the plan and the reports contain the reference, never the value, so rotating a secret starts no run.",
    "",
    "## Revision: a new run of an unchanged manifest",
    "",
    "Apply submits a manifest once per fingerprint: a hash of the resolved request (defaults merged, keys sorted, secret references unresolved) and `metadata.revision`. Comments, key order, quoting, line endings, the file's path, `description` and `labels` do not change it.",
    "",
    "To run an unchanged manifest again, raise `metadata.revision` (an integer, default 0). The plan shows the manifest as an update with no field changes, and the next apply submits it once more.",
    "",
    "```yaml",
    "metadata:",
    "  name: sales-orders-to-iceberg",
    "  revision: 1",
    "```",
    "",
    "## Rules",
    "",
    "Checks that JSON Schema cannot express. Each rule runs on the resolved request, and `rules:` in the repository config sets its severity to `error`, `warning` or `off`.",
    "",
    "| Rule id | Default severity | What it checks |",
    "|---|---|---|",
    ...[...RULES, ...LOADER_RULES].map(
      (rule) => `| ${code(rule.id)} | ${rule.defaultSeverity} | ${cell(rule.description)} |`,
    ),
    "",
    "These checks are always errors:",
    "",
    "| Rule ids | What they check |",
    "|---|---|",
    ...FIXED_CHECKS.map(
      ([ids, text]) => `| ${ids.split(", ").map(code).join(", ")} | ${cell(text)} |`,
    ),
    "",
    "## Repository config",
    "",
    `${config.description as string} The file is ${code(".nx1-migrate.yaml")}, found in the working directory or the nearest parent up to the repository root; every key is optional.`,
    "",
    ...table(fieldRows(config, (config.required ?? []) as string[], defs)),
    "",
  );
  return out.join("\n");
}

function main(argv: readonly string[]): number {
  const outIndex = argv.indexOf("--out");
  const target = outIndex === -1 ? REFERENCE_PATH : resolve(argv[outIndex + 1] ?? "");
  const text = renderReference();
  if (argv.includes("--check")) {
    let current: string | undefined;
    try {
      current = readFileSync(target, "utf8");
    } catch {
      current = undefined;
    }
    if (current !== text) {
      process.stderr.write(`${target} is stale. Run \`npm run docs\` and commit the result.\n`);
      return 1;
    }
    process.stdout.write(`${target} is up to date.\n`);
    return 0;
  }
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${target}.\n`);
  return 0;
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  process.exitCode = main(process.argv.slice(2));
}
