// Manifest names: the identity that status files are named after. Clashes,
// case-only differences and names that could leave the ledger folder are
// errors at validate time, before anything is written.

import { afterEach, describe, expect, it } from "vitest";
import { loadWorkspace } from "../../src/manifest/workspace.js";
import { MANIFEST, replaceLine, withSpec } from "../fixtures/manifests.js";
import { located, makeWorkspace, removeWorkspaces, validateText } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const UNNAMED = replaceLine(4, "  description: Move the orders table.");

async function validateFolder(files: Record<string, string>) {
  const loaded = await loadWorkspace({ workingDir: makeWorkspace(files) });
  if (!loaded.ok) throw new Error("config rejected");
  return loaded.workspace;
}

describe("name clashes", () => {
  it("rejects two manifests with one name", async () => {
    const workspace = await validateFolder({
      "migrations/a.yaml": MANIFEST,
      "migrations/b.yaml": MANIFEST,
    });
    expect(workspace.diagnostics.map(located)).toEqual([
      "migrations/b.yaml:4:9 error [duplicate-name]",
    ]);
    expect(workspace.diagnostics[0]?.message).toBe(
      'manifest name "orders" is already used by migrations/a.yaml; give each migration its own metadata.name',
    );
    expect(workspace.manifests).toEqual([]);
  });

  it("rejects names differing only in case", async () => {
    const workspace = await validateFolder({
      "migrations/a.yaml": MANIFEST,
      "migrations/b.yaml": replaceLine(4, "  name: Orders"),
    });
    expect(workspace.diagnostics.map(located)).toEqual([
      "migrations/b.yaml:4:9 error [name-case-collision]",
    ]);
    expect(workspace.diagnostics[0]?.message).toContain('differs only in case from "orders"');
    expect(workspace.manifests).toEqual([]);
  });

  it("rejects file-name defaults that clash across folders", async () => {
    const workspace = await validateFolder({
      "migrations/team-a/orders.yaml": UNNAMED,
      "migrations/team-b/orders.yml": UNNAMED,
    });
    expect(workspace.diagnostics.map(located)).toEqual([
      "migrations/team-b/orders.yml:1:1 error [duplicate-name]",
    ]);
  });

  it("reports a clash beside the manifests' other errors", async () => {
    const workspace = await validateFolder({
      "migrations/a.yaml": withSpec("  distcp_mappers: 0"),
      "migrations/b.yaml": MANIFEST,
    });
    expect(workspace.diagnostics.map(located)).toEqual([
      "migrations/a.yaml:15:19 error [numeric-bounds]",
      "migrations/b.yaml:4:9 error [duplicate-name]",
    ]);
  });

  it("keeps distinct names", async () => {
    const workspace = await validateFolder({
      "migrations/a.yaml": replaceLine(4, "  name: orders-2024"),
      "migrations/b.yaml": replaceLine(4, "  name: orders-2025"),
    });
    expect(workspace.diagnostics).toEqual([]);
    expect(workspace.manifests.map((manifest) => manifest.name)).toEqual([
      "orders-2024",
      "orders-2025",
    ]);
  });
});

describe("file-name default", () => {
  it("names a manifest after its file without metadata.name", () => {
    const result = validateText(UNNAMED, { file: "migrations/sales.orders_v2.yml" });
    expect(result.diagnostics).toEqual([]);
    expect(result.manifests.map((manifest) => manifest.name)).toEqual(["sales.orders_v2"]);
  });

  it("prefers metadata.name over the file name", () => {
    const result = validateText(MANIFEST, { file: "migrations/other-file.yaml" });
    expect(result.manifests.map((manifest) => manifest.name)).toEqual(["orders"]);
  });

  it("rejects a file name that is no valid name", () => {
    const result = validateText(UNNAMED, { file: "migrations/sales orders.yaml" });
    expect(result.diagnostics.map(located)).toEqual([
      "migrations/sales orders.yaml:4:3 error [manifest-name]",
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      'the file name "sales orders" is not a valid manifest name (use letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 100 characters); set metadata.name',
    );
  });

  it("points at the document without metadata", () => {
    const text = replaceLine(3, undefined, replaceLine(4, undefined));
    const result = validateText(text, { file: "migrations/-orders.yaml" });
    expect(result.diagnostics.map(located)).toEqual([
      "migrations/-orders.yaml:1:1 error [manifest-name]",
    ]);
  });

  it("rejects a Windows device file name", () => {
    const result = validateText(UNNAMED, { file: "migrations/aux.yaml" });
    expect(result.diagnostics.map(located)).toEqual([
      "migrations/aux.yaml:4:3 error [manifest-name]",
    ]);
  });
});

describe("unsafe names", () => {
  it.each([
    ["../x", "schema-pattern"],
    ["a/b", "schema-pattern"],
    [".hidden", "schema-pattern"],
    ["a..b", "manifest-name"],
    ["con", "manifest-name"],
    ["NUL.backup", "manifest-name"],
  ])("rejects %s", (name, ruleId) => {
    const result = validateText(replaceLine(4, `  name: "${name}"`));
    expect(result.diagnostics.map(located)).toEqual([
      `migrations/orders.yaml:4:9 error [${ruleId}]`,
    ]);
    expect(result.manifests).toEqual([]);
  });

  it("names the problem of a name with two dots", () => {
    const result = validateText(replaceLine(4, "  name: a..b"));
    expect(result.diagnostics[0]?.message).toBe(
      'metadata.name "a..b" cannot be a manifest name: it contains `..`; use a single `.`, or `-`',
    );
  });

  it("rejects a name of 101 characters", () => {
    const result = validateText(replaceLine(4, `  name: ${"a".repeat(101)}`));
    expect(result.diagnostics.map(located)).toEqual([
      "migrations/orders.yaml:4:9 error [schema-pattern]",
    ]);
  });

  it("accepts a name of 100 characters", () => {
    const result = validateText(replaceLine(4, `  name: ${"a".repeat(100)}`));
    expect(result.diagnostics).toEqual([]);
  });
});
