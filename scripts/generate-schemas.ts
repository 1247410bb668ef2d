// Derives every schema artifact from the API contract, schemas/nx1-openapi.yaml:
//
//   schemas/request.schema.json   DataMigrationRunRequest as JSON Schema 2020-12
//   schemas/response.schema.json  DataMigrationRunResponse
//   schemas/error.schema.json     ErrorResponse
//   schemas/manifest.schema.json  the strict manifest envelope around the request
//   schemas/config.schema.json    the repository config, .nx1-migrate.yaml
//   src/generated/api-types.ts    TypeScript types for the above
//   src/generated/validators.js   ajv validators compiled ahead of time, so that
//                                 a cold start does not pay for compiling them
//
// The output depends only on the contract and the pinned ajv and
// json-schema-to-typescript versions, so CI can regenerate and compare.
// Run with `npm run schemas`; `--check` exits 1 when a committed file is stale.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";
import { manifestEnvelope, SCHEMA_BASE_URL } from "../src/manifest/envelope.js";
import { configSchema } from "../src/config/schema.js";

type Schema = Record<string, unknown>;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const contract = parse(readFileSync(join(root, "schemas/nx1-openapi.yaml"), "utf8"), {
  version: "1.2",
}) as { components: { schemas: Record<string, Schema> } };
const components = contract.components.schemas;

/**
 * Rewrites an OpenAPI 3.1 schema node into plain JSON Schema 2020-12: component
 * references become `$defs` references, and `anyOf: [X, {type: null}]` becomes
 * `type: [X.type, "null"]`, which validates the same values but yields one
 * error message instead of three.
 */
function normalize(node: unknown, strict: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => normalize(item, strict));
  if (node === null || typeof node !== "object") return node;
  const source = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "$ref" && typeof value === "string") {
      out.$ref = value.replace("#/components/schemas/", "#/$defs/");
    } else if (key === "anyOf" && Array.isArray(value)) {
      Object.assign(out, collapseNullable(value as Schema[], strict));
    } else {
      out[key] = normalize(value, strict);
    }
  }
  if (strict && out.type === "object" && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function collapseNullable(branches: Schema[], strict: boolean): Schema {
  const nonNull = branches.filter((branch) => branch.type !== "null");
  const only = nonNull[0];
  if (branches.length !== 2 || nonNull.length !== 1 || only === undefined) {
    return { anyOf: normalize(branches, strict) };
  }
  if (typeof only.type === "string") {
    return { ...(normalize(only, strict) as Schema), type: [only.type, "null"] };
  }
  // A reference cannot carry a type list, so keep the union for it.
  return { anyOf: [normalize(only, strict), { type: "null" }] };
}

/** Collects the component names that a schema refers to, transitively. */
function referencedComponents(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const text = JSON.stringify(components[name]);
  for (const match of text.matchAll(/#\/components\/schemas\/([A-Za-z0-9_]+)/g)) {
    referencedComponents(match[1] as string, seen);
  }
  return seen;
}

function componentSchema(name: string, fileName: string, strict: boolean): Schema {
  const body = normalize(components[name], strict) as Schema;
  const defs: Record<string, unknown> = {};
  for (const dependency of [...referencedComponents(name)].sort()) {
    if (dependency !== name) defs[dependency] = normalize(components[dependency], strict);
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${SCHEMA_BASE_URL}/${fileName}`,
    ...body,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}

function manifestSchema(request: Schema): Schema {
  const { $schema: _schema, $id: _id, $defs, required: _required, ...spec } = request;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${SCHEMA_BASE_URL}/manifest.schema.json`,
    ...manifestEnvelope(),
    $defs: {
      ...($defs as Schema),
      // The spec leaves out `required`: the repository config's `defaults` may
      // supply those fields, so they are checked after the merge instead.
      ManifestSpec: {
        ...spec,
        title: "Manifest spec",
        description:
          "The DataMigrationRunRequest sent to the Nx1 API, before the repository defaults are merged under it.",
      },
    },
  };
}

const request = componentSchema("DataMigrationRunRequest", "request.schema.json", true);
// The contract as written: unknown keys allowed. The sandbox validates with
// it, so that it accepts exactly what the platform's contract accepts.
const contractRequest = componentSchema(
  "DataMigrationRunRequest",
  "contract-request.schema.json",
  false,
);
const response = componentSchema("DataMigrationRunResponse", "response.schema.json", false);
const error = componentSchema("ErrorResponse", "error.schema.json", false);
const manifest = manifestSchema(request);
const config = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: `${SCHEMA_BASE_URL}/config.schema.json`,
  ...configSchema(manifest.$id as string),
};

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

async function typesModule(): Promise<string> {
  const options = {
    bannerComment: "",
    additionalProperties: false,
    style: { printWidth: 100 },
    strictIndexSignatures: true,
  } as const;
  const parts = [
    "// Generated by scripts/generate-schemas.ts from schemas/nx1-openapi.yaml. Do not edit.",
    "/* eslint-disable */",
  ];
  parts.push(await compile(request as never, "DataMigrationRunRequest", options));
  parts.push(await compile(response as never, "DataMigrationRunResponse", options));
  parts.push(await compile(error as never, "ErrorResponse", options));
  return parts.join("\n");
}

function validatorsModule(): string {
  const ajv = new Ajv2020.default({
    allErrors: true,
    // Errors carry their schema, so diagnostics can list the known keys and values.
    verbose: true,
    strict: true,
    code: { source: true, esm: true, lines: true },
    schemas: [request, contractRequest, response, error, manifest, config],
  });
  addFormats.default(ajv, ["uuid", "date-time"]);
  const code = standaloneCode.default(ajv, {
    validateRequest: request.$id as string,
    validateContractRequest: contractRequest.$id as string,
    validateResponse: response.$id as string,
    validateError: error.$id as string,
    validateManifest: manifest.$id as string,
    validateConfig: config.$id as string,
  });
  // ajv's standalone output refers to its format checkers with require(),
  // which an ES module does not have, so import them instead.
  const imports = [
    'import { fullFormats } from "ajv-formats/dist/formats.js";',
    'import ucs2lengthModule from "ajv/dist/runtime/ucs2length.js";',
  ].join("\n");
  const esmCode = code
    .replace('"use strict";', "")
    .replaceAll('require("ajv-formats/dist/formats").fullFormats', "fullFormats")
    // Node returns the CommonJS exports object as the default import, Vite the function itself.
    .replaceAll(
      'require("ajv/dist/runtime/ucs2length").default',
      "(ucs2lengthModule.default ?? ucs2lengthModule)",
    );
  if (esmCode.includes("require(")) {
    const line = esmCode.split("\n").find((text) => text.includes("require("));
    throw new Error(`validators.js still calls require(): ${line?.slice(0, 200)}`);
  }
  return (
    "// Generated by scripts/generate-schemas.ts from schemas/nx1-openapi.yaml. Do not edit.\n" +
    "/* eslint-disable */\n" +
    imports +
    "\n" +
    esmCode.trim() +
    "\n"
  );
}

const validatorTypes = `// Generated by scripts/generate-schemas.ts. Do not edit.
import type { ErrorObject } from "ajv";

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateRequest: CompiledValidator;
export const validateContractRequest: CompiledValidator;
export const validateResponse: CompiledValidator;
export const validateError: CompiledValidator;
export const validateManifest: CompiledValidator;
export const validateConfig: CompiledValidator;
`;

const outputs: Record<string, string> = {
  "schemas/request.schema.json": json(request),
  "schemas/response.schema.json": json(response),
  "schemas/error.schema.json": json(error),
  "schemas/manifest.schema.json": json(manifest),
  "schemas/config.schema.json": json(config),
  "src/generated/api-types.ts": await typesModule(),
  "src/generated/validators.js": validatorsModule(),
  "src/generated/validators.d.ts": validatorTypes,
};

const check = process.argv.includes("--check");
const stale: string[] = [];
for (const [path, text] of Object.entries(outputs)) {
  const target = join(root, path);
  const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  if (current === text) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
if (check && stale.length > 0) {
  console.error(`Stale generated files: ${stale.join(", ")}. Run \`npm run schemas\` and commit.`);
  process.exit(1);
}
console.log(stale.length === 0 ? "Schemas are up to date." : `Wrote ${stale.join(", ")}.`);
