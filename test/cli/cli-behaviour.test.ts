// The command line: exit codes 0 (fine), 1 (invalid input) and 2 (usage
// error), JSON output, help on every command, and colour only where a
// person reads a terminal.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MANIFEST, withSpec } from "../fixtures/manifests.js";
import { makeWorkspace, removeWorkspaces, runCli } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const INVALID = withSpec("  distcp_mappers: 0");
const ESCAPE = "\u001b[";

describe("exit codes", () => {
  it("validate exits 0 for valid manifests", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["validate"]);
    expect(result).toEqual({
      code: 0,
      stdout: "1 file checked: 0 errors, 0 warnings\n",
      stderr: "",
    });
  });

  it("validate exits 1 for an invalid manifest", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": INVALID });
    const result = await runCli(dir, ["validate"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "migrations/orders.yaml:15:19: error: distcp_mappers is 0; write 1 or more (default 50) [numeric-bounds]\n1 file checked: 1 error, 0 warnings\n",
    );
  });

  it("validate exits 0 on warnings and 1 with --fail-on-warnings", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "rules:\n  numeric-bounds: warning\n",
      "migrations/orders.yaml": INVALID,
    });
    expect((await runCli(dir, ["validate"])).code).toBe(0);
    expect((await runCli(dir, ["validate", "--fail-on-warnings"])).code).toBe(1);
  });

  it("validate exits 1 for an invalid config", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "manifest: []\n",
      "migrations/orders.yaml": MANIFEST,
    });
    const result = await runCli(dir, ["validate"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      ".nx1-migrate.yaml:1:1: error: unknown key `manifest` in the config; did you mean `manifests`?",
    );
  });

  it("validates the given paths only", async () => {
    const dir = makeWorkspace({ "a/orders.yaml": MANIFEST, "b/orders.yaml": INVALID });
    expect((await runCli(dir, ["validate", "a"])).code).toBe(0);
    expect((await runCli(dir, ["validate", "b/orders.yaml"])).code).toBe(1);
  });

  it("exits 2 for a path that does not exist", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["validate", "migrations", "missing.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "nx1-migrate: path not found: missing.yaml; give a manifest file or a folder that contains manifests\n",
    );
  });

  it("exits 2 for an unknown command", async () => {
    const result = await runCli(makeWorkspace(), ["valdate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'nx1-migrate: unknown command "valdate"; did you mean `validate`? Run `nx1-migrate --help` for the list\n',
    );
  });

  it("exits 2 for an unknown option", async () => {
    const result = await runCli(makeWorkspace(), ["validate", "--strict"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Run `nx1-migrate validate --help` for usage.");
  });

  it("exits 2 for an unknown format", async () => {
    const result = await runCli(makeWorkspace(), ["validate", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('nx1-migrate: invalid --format "xml"; expected one of text, json\n');
  });

  it("exits 2 without a command and prints the help", async () => {
    const result = await runCli(makeWorkspace(), []);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Usage: nx1-migrate <command> [options]");
  });

  it("plan exits 1 for an invalid manifest", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": INVALID });
    const result = await runCli(dir, ["plan"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("migrations/orders.yaml:15:19: error:");
    expect(result.stderr).toContain("Plan failed: 1 error, 0 warnings in 1 files.");
  });

  it("rejects a path without manifests", async () => {
    const dir = makeWorkspace({ "docs/readme.md": "# notes\n" });
    const result = await runCli(dir, ["validate", "docs"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "no manifest found in docs; give a .yaml or .yml file, or a folder that contains some",
    );
  });

  it("says so when no manifest is found", async () => {
    const result = await runCli(makeWorkspace(), ["validate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("0 files checked: 0 errors, 0 warnings\n");
    expect(result.stderr).toContain("No manifests found.");
  });
});

describe("validate --format json", () => {
  it("reports every diagnostic with its place", async () => {
    const dir = makeWorkspace({
      "migrations/orders.yaml": INVALID,
      "migrations/ok.yaml": MANIFEST.replace("name: orders", "name: ok"),
    });
    const result = await runCli(dir, ["validate", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      files: 2,
      manifests: [{ name: "ok", file: "migrations/ok.yaml" }],
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: "migrations/orders.yaml",
          line: 15,
          column: 19,
          endLine: 15,
          endColumn: 20,
          severity: "error",
          message: "distcp_mappers is 0; write 1 or more (default 50)",
          ruleId: "numeric-bounds",
        },
      ],
    });
  });

  it("is valid JSON with no colour even on a terminal", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["validate", "--format", "json"], { tty: true });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESCAPE);
    expect(JSON.parse(result.stdout).valid).toBe(true);
  });
});

describe("plan output formats", () => {
  it("prints the plan as JSON with --json", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["plan", "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.counts).toEqual({ create: 1, update: 0, unchanged: 0, removed: 0, blocked: 0 });
    expect(json.items[0].name).toBe("orders");
    expect(json.items[0].action).toBe("create");
  });

  it("writes the output to --out too", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["plan", "--format", "markdown", "--out", "plan.md"]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "plan.md"), "utf8")).toBe(result.stdout);
    expect(result.stdout).toContain("**orders**");
  });
});

describe("help", () => {
  it.each([
    ["validate", "Usage: nx1-migrate validate [PATH...] [options]"],
    ["plan", "Usage: nx1-migrate plan [options]"],
    ["adopt", "Usage: nx1-migrate adopt [options]"],
    ["resolve", "Usage: nx1-migrate resolve NAME (--run-id ID | --discard) [options]"],
    ["schema", "Usage: nx1-migrate schema [--kind manifest|config]"],
  ])("prints the usage of %s", async (command, usage) => {
    for (const flag of ["--help", "-h"]) {
      const result = await runCli(makeWorkspace(), [command, flag]);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`${usage}\n`)).toBe(true);
      expect(result.stderr).toBe("");
    }
  });

  it("prints the command list", async () => {
    const result = await runCli(makeWorkspace(), ["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["validate", "plan", "apply", "adopt", "resolve", "schema", "sandbox"]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
    }
  });
});

describe("schema", () => {
  it("prints the manifest schema", async () => {
    const result = await runCli(makeWorkspace(), ["schema"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).$id).toBe("urn:nx1-migrate:schemas/manifest.schema.json");
  });

  it("prints the config schema", async () => {
    const result = await runCli(makeWorkspace(), ["schema", "--kind", "config"]);
    expect(JSON.parse(result.stdout).title).toBe("nx1-migrate repository config");
  });
});

describe("colour", () => {
  it("colours a terminal", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": INVALID });
    const result = await runCli(dir, ["validate"], { tty: true });
    expect(result.stdout).toContain(`${ESCAPE}31merror${ESCAPE}39m`);
  });

  it("does not colour when not a terminal", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": INVALID });
    const result = await runCli(dir, ["validate"]);
    expect(result.stdout).not.toContain(ESCAPE);
  });

  it("does not colour a terminal with NO_COLOR", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": INVALID });
    for (const command of [["validate"], ["plan"]]) {
      const result = await runCli(dir, command, { tty: true, env: { NO_COLOR: "1" } });
      expect(result.stdout + result.stderr).not.toContain(ESCAPE);
    }
  });

  it("does not colour plan text when not a terminal", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const plain = await runCli(dir, ["plan"]);
    expect(plain.stdout).toContain("  + orders  (migrations/orders.yaml)");
    expect(plain.stdout).not.toContain(ESCAPE);
    const coloured = await runCli(dir, ["plan"], { tty: true });
    expect(coloured.stdout).toContain(`${ESCAPE}32m+ orders${ESCAPE}39m`);
  });
});

describe("secret literals in output", () => {
  const CANARY = "canary-0b9e2a41-do-not-print";

  it.each([
    ["validate"],
    ["validate", "--format", "json"],
    ["plan"],
    ["plan", "--json"],
    ["adopt"],
  ])("%j never prints a literal secret", async (...argv) => {
    const dir = makeWorkspace({
      "migrations/orders.yaml": withSpec(`  s3_secret_key: ${CANARY}`),
    });
    const result = await runCli(dir, argv);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain("secret-literal");
    expect(result.stdout + result.stderr).not.toContain(CANARY);
  });
});
