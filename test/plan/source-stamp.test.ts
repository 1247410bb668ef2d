// The unchanged-skip path: a manifest whose file bytes, path and config
// match the ledger's source stamp is reported unchanged without being
// parsed. These tests show that it really is not parsed, and that any
// change to the file or the config makes the plan parse it again.

import { join } from "node:path";
import { renameSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { writeStatusFile } from "../../src/ledger/folder-store.js";
import { folderLedgerSource } from "../../src/ledger/ledger-source.js";
import { beginAttempt, recordUnknown } from "../../src/ledger/transitions.js";
import { runPlanStage } from "../../src/plan/plan-stage.js";
import { configStamp, gitBlobHash, sourceStamp } from "../../src/plan/source-stamp.js";
import { MANIFEST, withSpec } from "../fixtures/manifests.js";
import { attemptContext, submittedEntry } from "../fixtures/status.js";
import { git, makeWorkspace, removeWorkspaces, runCli, writeFiles } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const CONFIG = "# Repository config.\ndefaults:\n  distcp_bandwidth: 100\n";
const STATUS_DIR = ".nx1-migrate/status";

async function planStage(dir: string) {
  const loaded = await loadConfig(dir, join(dir, ".nx1-migrate.yaml"));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const ledger = await folderLedgerSource(loaded.config).read();
  expect(ledger.errors).toEqual([]);
  return { config: loaded.config, stage: await runPlanStage(loaded.config, ledger, dir) };
}

describe("gitBlobHash", () => {
  it("matches git hash-object", () => {
    const dir = makeWorkspace({
      "orders.yaml": MANIFEST,
      "crlf.yaml": MANIFEST.replaceAll("\n", "\r\n"),
    });
    git(dir, "init", "-q");
    for (const file of ["orders.yaml", "crlf.yaml"]) {
      const bytes = Buffer.from(
        file === "orders.yaml" ? MANIFEST : MANIFEST.replaceAll("\n", "\r\n"),
      );
      expect(gitBlobHash(bytes)).toBe(git(dir, "hash-object", "--no-filters", file).trim());
    }
  });
});

describe("unchanged-skip path", () => {
  it("skips parsing after adopt", async () => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": CONFIG, "migrations/orders.yaml": MANIFEST });
    expect((await runCli(dir, ["adopt"])).code).toBe(0);
    const { stage } = await planStage(dir);
    expect(stage.skippedCount).toBe(1);
    expect(stage.manifests).toEqual([]);
    expect(stage.plan?.items.map((item) => `${item.action} ${item.name}`)).toEqual([
      "unchanged orders",
    ]);
  });

  it("parses again when only the config's comment changed", async () => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": CONFIG, "migrations/orders.yaml": MANIFEST });
    await runCli(dir, ["adopt"]);
    const before = (await planStage(dir)).config;
    writeFiles(dir, { ".nx1-migrate.yaml": `${CONFIG}# Edited.\n` });
    const { config, stage } = await planStage(dir);
    expect(configStamp(config)).not.toBe(configStamp(before));
    expect(stage.skippedCount).toBe(0);
    expect(stage.manifests.map((manifest) => manifest.name)).toEqual(["orders"]);
    expect(stage.plan?.items.map((item) => item.action)).toEqual(["unchanged"]);
  });

  it("parses again and plans an update when a default changed", async () => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": CONFIG, "migrations/orders.yaml": MANIFEST });
    await runCli(dir, ["adopt"]);
    writeFiles(dir, { ".nx1-migrate.yaml": CONFIG.replace("100", "200") });
    const { stage } = await planStage(dir);
    expect(stage.skippedCount).toBe(0);
    expect(stage.plan?.items[0]?.action).toBe("update");
    expect(stage.plan?.items[0]?.changes).toEqual([
      { path: "distcp_bandwidth", kind: "change", before: 100, after: 200 },
    ]);
  });

  it("parses again when a comment in the manifest changed", async () => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": CONFIG, "migrations/orders.yaml": MANIFEST });
    await runCli(dir, ["adopt"]);
    writeFiles(dir, { "migrations/orders.yaml": `# Owner: sales.\n${MANIFEST}` });
    const { stage } = await planStage(dir);
    expect(stage.skippedCount).toBe(0);
    expect(stage.manifests).toHaveLength(1);
    expect(stage.plan?.items[0]?.action).toBe("unchanged");
  });

  it("trusts a matching stamp without reading the file", async () => {
    // The file is not even UTF-8: the validator would reject it at 1:1.
    // Its stamp matches the ledger's, so the plan must not look inside.
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x7b]);
    const dir = makeWorkspace({ ".nx1-migrate.yaml": CONFIG, "migrations/orders.yaml": bytes });
    const { config } = await planStage(dir);
    const entry = {
      ...submittedEntry(),
      source: sourceStamp("migrations/orders.yaml", bytes, configStamp(config)),
    };
    await writeStatusFile(join(dir, STATUS_DIR), entry);

    const { stage } = await planStage(dir);
    expect(stage.diagnostics).toEqual([]);
    expect(stage.skippedCount).toBe(1);
    expect(stage.plan?.items.map((item) => `${item.action} ${item.name}`)).toEqual([
      "unchanged orders",
    ]);

    // One byte more and the stamp no longer matches: now the validator reads it.
    writeFileSync(join(dir, "migrations/orders.yaml"), Buffer.concat([bytes, Buffer.from(" ")]));
    const reread = (await planStage(dir)).stage;
    expect(reread.skippedCount).toBe(0);
    expect(reread.plan).toBeUndefined();
    expect(reread.diagnostics.map((item) => `${item.file}:${item.line} ${item.ruleId}`)).toEqual([
      "migrations/orders.yaml:1 invalid-utf8",
    ]);
  });

  it("does not skip a blocked entry with a matching stamp", async () => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": CONFIG, "migrations/orders.yaml": MANIFEST });
    const { config } = await planStage(dir);
    const context = attemptContext({
      source: sourceStamp("migrations/orders.yaml", Buffer.from(MANIFEST), configStamp(config)),
    });
    await writeStatusFile(
      join(dir, STATUS_DIR),
      recordUnknown(beginAttempt(undefined, context), { reason: "reset" }, context),
    );
    const { stage } = await planStage(dir);
    expect(stage.skippedCount).toBe(0);
    expect(stage.plan?.items[0]?.action).toBe("blocked");
  });

  it("does not skip a moved file", async () => {
    const dir = makeWorkspace({ ".nx1-migrate.yaml": CONFIG, "migrations/orders.yaml": MANIFEST });
    await runCli(dir, ["adopt"]);
    renameSync(join(dir, "migrations/orders.yaml"), join(dir, "migrations/renamed.yaml"));
    const { stage } = await planStage(dir);
    expect(stage.skippedCount).toBe(0);
    expect(stage.plan?.items.map((item) => `${item.action} ${item.name} ${item.file}`)).toEqual([
      "unchanged orders migrations/renamed.yaml",
    ]);
  });

  it("still reports a changed manifest beside skipped ones", async () => {
    const dir = makeWorkspace({
      ".nx1-migrate.yaml": CONFIG,
      "migrations/orders.yaml": MANIFEST,
      "migrations/invoices.yaml": MANIFEST.replace("name: orders", "name: invoices"),
    });
    await runCli(dir, ["adopt"]);
    writeFiles(dir, {
      "migrations/invoices.yaml": withSpec("  distcp_mappers: 7").replace(
        "name: orders",
        "name: invoices",
      ),
    });
    const { stage } = await planStage(dir);
    expect(stage.skippedCount).toBe(1);
    expect(stage.plan?.items.map((item) => `${item.action} ${item.name}`)).toEqual([
      "update invoices",
      "unchanged orders",
    ]);
  });
});
