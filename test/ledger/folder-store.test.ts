// Status files on disk: atomic writes that leave no temporary file, and
// names that cannot leave the ledger folder.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readStatusFolder, writeStatusFile } from "../../src/ledger/folder-store.js";
import { LedgerNameError, nameOfStatusFile, statusFileName } from "../../src/ledger/names.js";
import { serializeStatus } from "../../src/ledger/status-file.js";
import { makeWorkspace, removeWorkspaces } from "../fixtures/workspace.js";
import { submittedEntry } from "../fixtures/status.js";

afterEach(removeWorkspaces);

describe("writeStatusFile", () => {
  it("writes the serialized entry and no temporary file", async () => {
    const dir = join(makeWorkspace(), "status");
    const entry = submittedEntry();
    const path = await writeStatusFile(dir, entry);
    expect(path).toBe(join(dir, "orders.json"));
    expect(readdirSync(dir)).toEqual(["orders.json"]);
    expect(readFileSync(path, "utf8")).toBe(serializeStatus(entry));
  });

  it("replaces an existing file in place", async () => {
    const dir = join(makeWorkspace(), "status");
    await writeStatusFile(dir, submittedEntry());
    const second = { ...submittedEntry(), updated_at: "2026-03-02T00:00:00.000Z" };
    await writeStatusFile(dir, second);
    expect(readdirSync(dir)).toEqual(["orders.json"]);
    expect(readFileSync(join(dir, "orders.json"), "utf8")).toBe(serializeStatus(second));
  });

  it("removes its temporary file when the rename fails", async () => {
    const dir = join(makeWorkspace(), "status");
    // A non-empty folder where the status file should go makes rename fail.
    mkdirSync(join(dir, "orders.json", "blocker"), { recursive: true });
    await expect(writeStatusFile(dir, submittedEntry())).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["orders.json"]);
    expect(readdirSync(join(dir, "orders.json"))).toEqual(["blocker"]);
  });

  it.each(["../escaped", "a/b", "..", "a..b", "con"])("rejects writing %s", async (name) => {
    const root = makeWorkspace();
    const dir = join(root, "status");
    const entry = { ...submittedEntry(), name };
    await expect(writeStatusFile(dir, entry)).rejects.toThrow(LedgerNameError);
    expect(existsSync(join(root, "escaped.json"))).toBe(false);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});

describe("status file names", () => {
  it("maps a name to NAME.json", () => {
    expect(statusFileName("sales.orders_v2-2024")).toBe("sales.orders_v2-2024.json");
  });

  it("names the problem of a traversal name", () => {
    expect(() => statusFileName("../x")).toThrow(
      'manifest name "../x" cannot name a status file: use letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 100 characters',
    );
  });

  it("reads back only status file names", () => {
    expect(nameOfStatusFile("orders.json")).toBe("orders");
    expect(nameOfStatusFile("README.md")).toBeUndefined();
    expect(nameOfStatusFile("..orders.json")).toBeUndefined();
    expect(nameOfStatusFile(".orders.json.1a2b.tmp")).toBeUndefined();
  });
});

describe("readStatusFolder", () => {
  it("returns an empty ledger for a missing folder", async () => {
    const files = await readStatusFolder(join(makeWorkspace(), "missing"));
    expect(files.size).toBe(0);
  });

  it("reads only *.json files", async () => {
    const dir = makeWorkspace({ "README.md": "# ledger\n", "orders.json": "{}\n" });
    mkdirSync(join(dir, "nested.json"));
    writeFileSync(join(dir, ".orders.json.1a2b.tmp"), "{");
    const files = await readStatusFolder(dir);
    expect([...files.keys()]).toEqual(["orders.json"]);
  });
});
