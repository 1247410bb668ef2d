// A corrupt or hand-edited status file is an error that names the file:
// never a crash, and never a silent reset that would let apply submit a
// run a second time.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readStatusFolder } from "../../src/ledger/folder-store.js";
import { parseLedger } from "../../src/ledger/ledger.js";
import { serializeStatus } from "../../src/ledger/status-file.js";
import { MANIFEST } from "../fixtures/manifests.js";
import { FINGERPRINT, submittedEntry } from "../fixtures/status.js";
import { makeWorkspace, removeWorkspaces, runCli } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const FOLDER = ".nx1-migrate/status";
const VALID = serializeStatus(submittedEntry());

function edited(change: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(VALID) as Record<string, unknown>;
  change(data);
  return JSON.stringify(data, null, 2);
}

const BROKEN: [string, string, string][] = [
  ["corrupt JSON", VALID.slice(0, 40), "not valid JSON"],
  ["an empty file", "", "not valid JSON"],
  ["a JSON list", "[]\n", "expected a JSON object"],
  ["a newer format", edited((data) => (data.format = 2)), "format is 2, expected 1"],
  ["a missing format", edited((data) => delete data.format), "format is undefined, expected 1"],
  ["a bad state", edited((data) => (data.state = "done")), '`state` is "done"; expected one of'],
  [
    "a bad fingerprint",
    edited((data) => (data.fingerprint = "md5:0123")),
    "`fingerprint` is not a sha256:<64 hex digits> value",
  ],
  [
    "a name mismatch",
    edited((data) => (data.name = "invoices")),
    '`name` is "invoices" but the file name says "orders"',
  ],
  [
    "a bad run event",
    edited((data) => ((data.runs as Record<string, unknown>[])[0]!.event = "started")),
    'runs[0].event is "started"',
  ],
  [
    "a last_submitted without run id",
    edited((data) => ((data.last_submitted as Record<string, unknown>).run_id = 7)),
    "`last_submitted` needs fingerprint, run_id and request",
  ],
  ["a missing request", edited((data) => delete data.request), "`request` is not an object"],
];

describe("parseLedger", () => {
  it.each(BROKEN)("names the file for %s", (_label, text, detail) => {
    const ledger = parseLedger(new Map([["orders.json", text]]), FOLDER);
    expect(ledger.entries.size).toBe(0);
    expect(ledger.errors).toHaveLength(1);
    const [error] = ledger.errors;
    expect(error?.file).toBe(`${FOLDER}/orders.json`);
    expect(error?.message).toContain(`${FOLDER}/orders.json: invalid status file: `);
    expect(error?.message).toContain(detail);
    expect(error?.message).toContain("rather than deleting it");
  });

  it("keeps the valid entries beside a broken one", () => {
    const ledger = parseLedger(
      new Map([
        ["orders.json", VALID],
        ["invoices.json", "{"],
      ]),
      FOLDER,
    );
    expect([...ledger.entries.keys()]).toEqual(["orders"]);
    expect(ledger.errors.map((error) => error.file)).toEqual([`${FOLDER}/invoices.json`]);
  });

  it("rejects status files whose names differ only in case", () => {
    const upper = serializeStatus({ ...submittedEntry(), name: "Orders" });
    const ledger = parseLedger(
      new Map([
        ["orders.json", VALID],
        ["Orders.json", upper],
      ]),
      FOLDER,
    );
    expect(ledger.errors.map((error) => error.file)).toEqual([`${FOLDER}/orders.json`]);
    expect(ledger.errors[0]?.message).toContain(
      `its name differs only in case from ${FOLDER}/Orders.json`,
    );
  });

  it("rejects a status file that no manifest name can have", () => {
    const ledger = parseLedger(new Map([["a..b.json", VALID]]), FOLDER);
    expect(ledger.errors.map((error) => error.file)).toEqual([`${FOLDER}/a..b.json`]);
    expect(ledger.errors[0]?.message).toContain("the file name is not a valid manifest name");
  });

  it("ignores files that are not JSON", () => {
    const ledger = parseLedger(new Map([["README.md", "# Ledger"]]), FOLDER);
    expect(ledger.errors).toEqual([]);
    expect(ledger.entries.size).toBe(0);
  });

  it("accepts a valid fingerprint", () => {
    const ledger = parseLedger(new Map([["orders.json", VALID]]), FOLDER);
    expect(ledger.entries.get("orders")?.fingerprint).toBe(FINGERPRINT);
  });
});

describe("commands on a broken ledger", () => {
  it.each(BROKEN)("plan stops on %s and leaves the file", async (_label, text, detail) => {
    const dir = makeWorkspace({
      "migrations/orders.yaml": MANIFEST,
      [`${FOLDER}/orders.json`]: text,
    });
    const result = await runCli(dir, ["plan"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${FOLDER}/orders.json: invalid status file: `);
    expect(result.stderr).toContain(detail);
    expect(readFileSync(join(dir, FOLDER, "orders.json"), "utf8")).toBe(text);
  });

  it("adopt stops on a broken file and writes nothing", async () => {
    const dir = makeWorkspace({
      "migrations/orders.yaml": MANIFEST,
      [`${FOLDER}/orders.json`]: "{",
    });
    const result = await runCli(dir, ["adopt"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${FOLDER}/orders.json: invalid status file`);
    expect(readFileSync(join(dir, FOLDER, "orders.json"), "utf8")).toBe("{");
  });

  it("resolve names the broken file", async () => {
    const dir = makeWorkspace({ [`${FOLDER}/orders.json`]: "{" });
    const result = await runCli(dir, ["resolve", "orders", "--discard"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${FOLDER}/orders.json: invalid status file`);
  });

  it("reads files from disk with the same errors", async () => {
    const dir = makeWorkspace({
      "orders.json": "{",
      "invoices.json": VALID.replace('"orders"', '"invoices"'),
    });
    const ledger = parseLedger(await readStatusFolder(dir), FOLDER);
    expect([...ledger.entries.keys()]).toEqual(["invoices"]);
    expect(ledger.errors.map((error) => error.file)).toEqual([`${FOLDER}/orders.json`]);
  });
});
