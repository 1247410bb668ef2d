// The repository config: found by walking up to the repository root,
// checked like a manifest (FILE:LINE:COL), and never used when broken.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findConfig } from "../../src/config/find-config.js";
import { loadConfig } from "../../src/config/load-config.js";
import { configStamp } from "../../src/plan/source-stamp.js";
import { MANIFEST } from "../fixtures/manifests.js";
import { git, located, makeWorkspace, removeWorkspaces, runCli } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

async function configErrors(text: string): Promise<string[]> {
  const dir = makeWorkspace({ ".nx1-migrate.yaml": text });
  const loaded = await loadConfig(dir);
  if (loaded.ok) return [];
  return loaded.diagnostics.map(located);
}

describe("loadConfig", () => {
  it("uses the defaults without a file", async () => {
    const dir = makeWorkspace();
    const loaded = await loadConfig(dir);
    if (!loaded.ok) throw new Error("defaults rejected");
    expect(loaded.config.file).toBeUndefined();
    expect(loaded.config.manifests).toEqual(["migrations/**/*.yaml", "migrations/**/*.yml"]);
    expect(loaded.config.ledgerPath).toBe(".nx1-migrate/status");
    expect(loaded.config.hash).toBe("");
  });

  it("reads every section", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": [
        "manifests: [runs/**/*.yaml]",
        "exclude: [runs/drafts/**]",
        "ledger: {path: ledger/status, branch: nx1-ledger}",
        "reports: {path: ledger/reports, enabled: false}",
        "api: {url: 'https://nx1.example.com', timeout_seconds: 12.5, concurrency: 2}",
        "defaults: {tracking_database: shared}",
        "rules: {email-list: warning}",
        "git: {remote: upstream, author_name: Bot, author_email: bot@example.com}",
        "",
      ].join("\n"),
    });
    const loaded = await loadConfig(dir);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));

    const { config } = loaded;
    expect(config.manifests).toEqual(["runs/**/*.yaml"]);
    expect(config.exclude).toEqual(["runs/drafts/**"]);
    expect(config.ledgerPath).toBe("ledger/status");
    expect(config.ledgerBranch).toBe("nx1-ledger");
    expect(config.reportsPath).toBe("ledger/reports");
    expect(config.reportsEnabled).toBe(false);
    expect(config.apiUrl).toBe("https://nx1.example.com");
    expect(config.timeoutSeconds).toBe(12.5);
    expect(config.concurrency).toBe(2);
    expect(config.defaults).toEqual({ tracking_database: "shared" });
    expect(config.rules).toEqual({ "email-list": "warning" });
    expect(config.git).toEqual({
      remote: "upstream",
      authorName: "Bot",
      authorEmail: "bot@example.com",
    });
    expect(config.baseDir).toBe(dir);
  });

  it("reports a missing --config file", async () => {
    const dir = makeWorkspace();
    const loaded = await loadConfig(dir, "ci/nx1.yaml");
    if (loaded.ok) throw new Error("missing config accepted");
    expect(loaded.diagnostics.map(located)).toEqual(["ci/nx1.yaml:1:1 error [config-not-found]"]);
  });

  it("rejects a config that is a list", async () => {
    expect(await configErrors("- manifests\n")).toEqual([
      ".nx1-migrate.yaml:1:1 error [config-type]",
    ]);
  });

  it.each(["", "# nothing yet\n"])("reads an empty config as the defaults (%j)", async (text) => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": text });
    const loaded = await loadConfig(dir);
    if (!loaded.ok) throw new Error("empty config rejected");
    expect(loaded.config.manifests).toEqual(["migrations/**/*.yaml", "migrations/**/*.yml"]);
    expect(loaded.config.file).toBe(join(dir, ".nx1-migrate.yaml"));
  });

  it("rejects a YAML 1.1 directive in the config", async () => {
    expect(await configErrors("%YAML 1.1\n---\nrules: {}\n")).toEqual([
      ".nx1-migrate.yaml:1:1 error [yaml-version]",
    ]);
  });

  it.each([
    ["ledger", "../elsewhere"],
    ["ledger", "/var/lib/nx1"],
    ["reports", "a/../../b"],
  ])("rejects a %s path that leaves the repository: %s", async (key, path) => {
    expect(await configErrors(`${key}:\n  path: ${path}\n`)).toEqual([
      `.nx1-migrate.yaml:2:3 error [config-path]`,
    ]);
  });

  it("accepts a path that stays inside after normalizing", async () => {
    expect(await configErrors("ledger:\n  path: ledger/../status\n")).toEqual([]);
  });

  it("rejects an API URL without a scheme", async () => {
    expect(await configErrors("api:\n  url: nx1.example.com\n")).toEqual([
      ".nx1-migrate.yaml:2:8 error [schema-pattern]",
    ]);
  });

  it("rejects a concurrency of 0", async () => {
    expect(await configErrors("api:\n  concurrency: 0\n")).toEqual([
      ".nx1-migrate.yaml:2:16 error [schema-minimum]",
    ]);
  });

  it("changes the stamp with any byte of the file", async () => {
    const first = makeWorkspace({ ".nx1-migrate.yaml": "rules: {}\n" });
    const second = makeWorkspace({ ".nx1-migrate.yaml": "rules: {}  # comment\n" });
    const [a, b] = await Promise.all([loadConfig(first), loadConfig(second)]);
    if (!a.ok || !b.ok) throw new Error("config rejected");
    expect(configStamp(a.config)).not.toBe(configStamp(b.config));
  });
});

describe("findConfig", () => {
  it("finds the nearest config in a parent folder", () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "rules: {}\n",
      "team/migrations/orders.yaml": MANIFEST,
    });
    expect(findConfig(join(dir, "team/migrations/orders.yaml"))).toBe(
      join(dir, ".nx1-migrate.yaml"),
    );
  });

  it("stops at the repository root", () => {
    const outer = makeWorkspace({ ".nx1-migrate.yaml": "rules: {}\n" });
    const repo = join(outer, "repo");
    mkdirSync(join(repo, "migrations"), { recursive: true });
    git(repo, "init", "-q");
    expect(findConfig(join(repo, "migrations"))).toBeUndefined();
  });

  it("makes validate use the config of the given path", async () => {
    const dir = makeWorkspace({
      "team/.nx1-migrate.yaml": "defaults:\n  distcp_mappers: 0\n",
      "team/migrations/orders.yaml": MANIFEST,
    });
    const result = await runCli(dir, ["validate", "team/migrations"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("team/.nx1-migrate.yaml:2:19: error: distcp_mappers is 0");
  });
});

describe("manifest globs", () => {
  it("finds manifests by the config's globs and skips excluded ones", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": "manifests:\n  - runs/**/*.yaml\nexclude:\n  - runs/drafts/**\n",
      "runs/orders.yaml": MANIFEST,
      "runs/drafts/broken.yaml": "not: [valid\n",
      "migrations/ignored.yaml": "not: [valid\n",
    });
    const result = await runCli(dir, ["validate"]);
    expect(result.stdout).toBe("1 file checked: 0 errors, 0 warnings\n");
    expect(result.code).toBe(0);
  });
});
