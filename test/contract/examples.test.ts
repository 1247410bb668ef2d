// Every example manifest under examples/ must produce a request body that
// both Prism (the contract as written) and the sandbox accept, so that the
// examples stay valid against the API they document.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { glob } from "tinyglobby";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { postRun } from "../sandbox/http-client.js";
import { REPO_ROOT, startPrism, type PrismMock } from "./prism.js";

const EXAMPLES_DIR = join(REPO_ROOT, "examples");
const CONFIG_FILE_NAME = ".nx1-migrate.yaml";
const PSK = "contract-test-psk";
const HEADERS = { "content-type": "application/json", "authorization-psk": PSK };

/** Fields that may hold a `${env:NAME}` reference, which apply replaces with the variable's value. */
const REFERENCE_FIELDS = ["s3_secret_key", "kinit_password", "s3_access_key"];
const REFERENCE = /^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/;
const DUMMY_SECRET = "dummy-value-for-contract-test";

interface ExampleRequest {
  file: string;
  body: Record<string, unknown>;
}

const manifestFiles = existsSync(EXAMPLES_DIR)
  ? (await glob(["**/*.yaml", "**/*.yml"], { cwd: EXAMPLES_DIR, absolute: true })).sort()
  : [];
const examples: ExampleRequest[] = [];
for (const file of manifestFiles) {
  const document = parse(readFileSync(file, "utf8")) as Record<string, unknown> | null;
  // The folder also contains the repository config, so only DataMigrationRun documents count as manifests.
  if (document?.kind !== "DataMigrationRun") continue;
  examples.push({ file: relative(REPO_ROOT, file), body: requestBody(file, document) });
}

/**
 * Builds the body that apply would send: the nearest config's `defaults`
 * with the manifest's `spec` over them (a shallow merge, as the manifest
 * loader does), and secret references replaced by a dummy value.
 */
function requestBody(file: string, manifest: Record<string, unknown>): Record<string, unknown> {
  const spec = (manifest.spec ?? {}) as Record<string, unknown>;
  const body: Record<string, unknown> = { ...configDefaults(dirname(file)), ...spec };
  for (const field of REFERENCE_FIELDS) {
    const value = body[field];
    if (typeof value === "string" && REFERENCE.test(value)) body[field] = DUMMY_SECRET;
  }
  return body;
}

/** Reads `defaults` from the nearest .nx1-migrate.yaml between `folder` and examples/. */
function configDefaults(folder: string): Record<string, unknown> {
  for (let dir = folder; dir.startsWith(EXAMPLES_DIR); dir = dirname(dir)) {
    const config = join(dir, CONFIG_FILE_NAME);
    if (existsSync(config)) {
      const parsed = parse(readFileSync(config, "utf8")) as { defaults?: Record<string, unknown> };
      return parsed?.defaults ?? {};
    }
    if (dir === EXAMPLES_DIR) break;
  }
  return {};
}

describe.skipIf(examples.length === 0)("example manifests", () => {
  let prism: PrismMock;
  let sandbox: Sandbox;

  beforeAll(async () => {
    [prism, sandbox] = await Promise.all([startPrism(), startSandbox({ psk: PSK })]);
  });

  afterAll(async () => {
    await Promise.all([prism?.stop(), sandbox?.close()]);
  });

  it.each(examples.map((example) => [example.file, example] as const))(
    "%s is accepted",
    async (_file, example) => {
      const body = JSON.stringify(example.body);
      const [fromPrism, fromSandbox] = await Promise.all([
        postRun(prism.url, body, { headers: HEADERS }),
        postRun(sandbox.url, body, { headers: HEADERS }),
      ]);
      expect(fromPrism.status, String(fromPrism.headers["sl-violations"])).toBe(201);
      expect(fromSandbox.status, fromSandbox.text).toBe(201);
    },
  );
});

if (examples.length === 0) {
  it.skip("example manifests: examples/ contains none yet", () => {});
}
