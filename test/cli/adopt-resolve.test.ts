// adopt records manifests as submitted without calling the API; resolve
// settles a blocked entry with a run id or discards it. Both add history,
// and the plan afterwards shows the ledger they left.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeStatusFile } from "../../src/ledger/folder-store.js";
import { parseStatus } from "../../src/ledger/parse-status.js";
import type { StatusFile } from "../../src/ledger/status-file.js";
import { beginAttempt, recordUnknown } from "../../src/ledger/transitions.js";
import { fingerprint } from "../../src/plan/fingerprint.js";
import { MANIFEST, replaceLine, withSpec } from "../fixtures/manifests.js";
import { OTHER_RUN_ID, RUN_ID, attemptContext, submittedEntry } from "../fixtures/status.js";
import { makeWorkspace, removeWorkspaces, runCli, validateText } from "../fixtures/workspace.js";

afterEach(removeWorkspaces);

const STATUS_DIR = ".nx1-migrate/status";
const INVOICES = replaceLine(4, "  name: invoices");

function readEntry(dir: string, name: string): StatusFile {
  const file = join(dir, STATUS_DIR, `${name}.json`);
  return parseStatus(file, readFileSync(file, "utf8"), name);
}

function attemptOf(text: string) {
  const [manifest] = validateText(text).manifests;
  if (!manifest) throw new Error("invalid manifest");
  return attemptContext({
    name: manifest.name,
    fingerprint: fingerprint(manifest),
    request: manifest.request,
  });
}

/** Creates a workspace with MANIFEST whose last submission is blocked in `state`. */
async function blockedWorkspace(state: "unknown" | "submitting" = "unknown"): Promise<string> {
  const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
  const context = attemptOf(MANIFEST);
  const begun = beginAttempt(undefined, context);
  const entry =
    state === "unknown" ? recordUnknown(begun, { reason: "timed out after 30 s" }, context) : begun;
  await writeStatusFile(join(dir, STATUS_DIR), entry);
  return dir;
}

describe("adopt", () => {
  it("records every new manifest, then plan shows no changes", async () => {
    const dir = makeWorkspace({
      "migrations/orders.yaml": MANIFEST,
      "migrations/invoices.yaml": INVOICES,
    });
    const adopted = await runCli(dir, ["adopt", "--run-id", `orders=${RUN_ID}`]);
    expect(adopted.code).toBe(0);
    expect(adopted.stdout).toContain(`adopted orders (run ${RUN_ID})\n`);
    expect(adopted.stdout).toContain("adopted invoices\n");
    expect(readdirSync(join(dir, STATUS_DIR)).sort()).toEqual(["invoices.json", "orders.json"]);

    const orders = readEntry(dir, "orders");
    expect(orders.state).toBe("submitted");
    expect(orders.last_submitted?.run_id).toBe(RUN_ID);
    expect(orders.runs.map((run) => [run.event, run.run_id])).toEqual([["adopted", RUN_ID]]);
    expect(orders.source?.path).toBe("migrations/orders.yaml");
    const invoices = readEntry(dir, "invoices");
    expect(invoices.last_submitted).toBeUndefined();
    expect(invoices.runs.map((run) => run.event)).toEqual(["adopted"]);

    const plan = await runCli(dir, ["plan"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toBe(
      "Plan: 0 to create, 0 to update, 2 unchanged, 0 removed, 0 blocked\n\nNo changes. The ledger matches every manifest.\n",
    );
  });

  it("leaves existing entries alone", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    await runCli(dir, ["adopt"]);
    const first = readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8");
    const second = await runCli(dir, ["adopt"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Recorded 0 manifests as submitted");
    expect(readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8")).toBe(first);
  });

  it("keeps the history of a discarded first attempt", async () => {
    const dir = await blockedWorkspace("submitting");
    expect((await runCli(dir, ["resolve", "orders", "--discard"])).code).toBe(0);
    const before = readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8");
    const result = await runCli(dir, ["adopt"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("adopted orders");
    expect(readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8")).toBe(before);
    const rejected = await runCli(dir, ["adopt", "--run-id", `orders=${RUN_ID}`]);
    expect(rejected.code).toBe(2);
  });

  it("writes nothing with --dry-run", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["adopt", "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Would record 1 manifest as submitted");
    expect(existsSync(join(dir, STATUS_DIR))).toBe(false);
  });

  it("rejects --run-id for a name without a manifest", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["adopt", "--run-id", `order=${RUN_ID}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--run-id names "order"');
    expect(existsSync(join(dir, STATUS_DIR))).toBe(false);
  });

  it("rejects a run id that is not a UUID", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["adopt", "--run-id", "orders=run-42"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid run id "run-42" given to --run-id orders=run-42');
  });

  it("rejects --run-id without NAME=", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    const result = await runCli(dir, ["adopt", "--run-id", RUN_ID]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("write NAME=RUN_ID");
  });

  it("refuses to run on invalid manifests", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": withSpec("  distcp_mappers: 0") });
    const result = await runCli(dir, ["adopt"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("migrations/orders.yaml:15:19: error:");
    expect(existsSync(join(dir, STATUS_DIR))).toBe(false);
  });
});

describe("resolve", () => {
  it("settles an unknown entry with a run id", async () => {
    const dir = await blockedWorkspace();
    expect((await runCli(dir, ["plan"])).stdout).toContain("! orders");
    const result = await runCli(dir, [
      "resolve",
      "orders",
      "--run-id",
      OTHER_RUN_ID,
      "--note",
      "found in the Nx1 UI",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Recorded orders as submitted with run ${OTHER_RUN_ID}.`);

    const entry = readEntry(dir, "orders");
    expect(entry.state).toBe("submitted");
    expect(entry.last_submitted?.run_id).toBe(OTHER_RUN_ID);
    expect(entry.runs.map((run) => run.event)).toEqual(["submitting", "unknown", "resolved"]);
    expect(entry.runs[2]?.run_id).toBe(OTHER_RUN_ID);
    expect(entry.runs[2]?.error).toBe("found in the Nx1 UI");

    const plan = await runCli(dir, ["plan"]);
    expect(plan.stdout).toContain("0 to create, 0 to update, 1 unchanged, 0 removed, 0 blocked");
  });

  it("discards a submitting entry, then plan creates it again", async () => {
    const dir = await blockedWorkspace("submitting");
    const result = await runCli(dir, ["resolve", "orders", "--discard"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Discarded the last attempt of orders; the next apply submits it again.",
    );

    const entry = readEntry(dir, "orders");
    expect(entry.state).toBe("discarded");
    expect(entry.runs.map((run) => run.event)).toEqual(["submitting", "discarded"]);

    const plan = await runCli(dir, ["plan"]);
    expect(plan.stdout).toContain("1 to create, 0 to update, 0 unchanged, 0 removed, 0 blocked");
    expect(plan.stdout).toContain("  + orders  (migrations/orders.yaml)");
  });

  it("discards an attempt after an earlier run, then plan updates", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": withSpec("  distcp_mappers: 3") });
    const first = submittedEntry({ ...attemptOf(MANIFEST) });
    const context = attemptOf(withSpec("  distcp_mappers: 3"));
    await writeStatusFile(
      join(dir, STATUS_DIR),
      recordUnknown(beginAttempt(first, context), { reason: "reset" }, context),
    );
    expect((await runCli(dir, ["resolve", "orders", "--discard"])).code).toBe(0);
    const plan = await runCli(dir, ["plan"]);
    expect(plan.stdout).toContain(
      "  ~ orders  (migrations/orders.yaml)\n      + distcp_mappers: 3\n",
    );
  });

  it("fails on an entry that is not blocked", async () => {
    const dir = makeWorkspace({ "migrations/orders.yaml": MANIFEST });
    await runCli(dir, ["adopt"]);
    const before = readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8");
    const result = await runCli(dir, ["resolve", "orders", "--discard"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("orders is submitted, not blocked");
    expect(readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8")).toBe(before);
  });

  it("fails on a name without an entry", async () => {
    const dir = await blockedWorkspace();
    const result = await runCli(dir, ["resolve", "invoices", "--discard"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no ledger entry named "invoices"');
  });

  it.each([
    [["resolve", "orders"], "give either --run-id ID or --discard"],
    [
      ["resolve", "orders", "--discard", "--run-id", RUN_ID],
      "give either --run-id ID or --discard",
    ],
    [["resolve", "--discard"], "give exactly one manifest NAME"],
    [["resolve", "orders", "invoices", "--discard"], "give exactly one manifest NAME"],
    [["resolve", "orders", "--run-id", "42"], 'invalid run id "42"'],
  ])("rejects %j as a usage error", async (argv, message) => {
    const dir = await blockedWorkspace();
    const before = readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8");
    const result = await runCli(dir, argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readFileSync(join(dir, STATUS_DIR, "orders.json"), "utf8")).toBe(before);
  });
});
