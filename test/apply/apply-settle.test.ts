// adopt and resolve around apply: adopted manifests are not submitted, and
// an unknown outcome is settled with the run id found on the platform, or
// discarded so that the next apply submits it exactly once more.

import { afterEach, describe, expect, test } from "vitest";
import { outputOf } from "./support/cli.js";
import type { Fixture } from "./support/fixture.js";
import { closeFixtures, createFixture } from "./support/fixture.js";
import { manifestFiles, runsOf } from "./support/manifests.js";
import { commitAndPush, commitLog, STATUS_DIR, statusOf } from "./support/repository.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

afterEach(closeFixtures);

const NAMES = ["alpha", "beta"];

/** Commits and pushes the status file that adopt or resolve wrote, as its pull request would. */
function commitStatusFiles(fixture: Fixture, names: readonly string[], message: string): void {
  const files = Object.fromEntries(
    names.map((name) => {
      const path = `${STATUS_DIR}/${name}.json`;
      return [path, readFileSync(join(fixture.clone, path), "utf8")];
    }),
  );
  commitAndPush(fixture.clone, files, message);
}

describe("adopt", () => {
  test("then apply submits nothing", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const adopted = await fixture.cli(["adopt"]);
    expect(adopted.code, outputOf(adopted)).toBe(0);
    expect(adopted.stdout).toContain("Recorded 2 manifests as submitted.");
    commitStatusFiles(fixture, NAMES, "Adopt the migrations that already ran");
    const before = commitLog(fixture.origin).map((commit) => commit.sha);

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain("No changes. The ledger matches every manifest.");
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(commitLog(fixture.origin).map((commit) => commit.sha)).toEqual(before);
  });
});

describe("resolve after an unknown outcome", () => {
  test("--run-id settles the entry", async () => {
    const fixture = await createFixture(manifestFiles(["orders"]));
    fixture.sandbox.setFaults([{ kind: "reset-after-create", times: 1 }]);
    const first = await fixture.apply();
    expect(first.code, outputOf(first)).toBe(1);
    expect(statusOf(fixture.clone, "orders")?.state).toBe("unknown");
    const runId = runsOf(fixture.sandbox.runs(), "orders")[0]!.response.run_id;

    const resolved = await fixture.cli(["resolve", "orders", "--run-id", runId]);

    expect(resolved.code, outputOf(resolved)).toBe(0);
    expect(resolved.stdout).toContain(`Recorded orders as submitted with run ${runId}.`);
    const status = statusOf(fixture.clone, "orders");
    expect(status?.state).toBe("submitted");
    expect(status?.last_submitted?.run_id).toBe(runId);
    commitStatusFiles(fixture, ["orders"], "Resolve orders");

    const plan = await fixture.cli(["plan"]);
    expect(plan.stdout).toContain("No changes. The ledger matches every manifest.");
    const again = await fixture.apply();
    expect(again.code, outputOf(again)).toBe(0);
    expect(fixture.sandbox.runs()).toHaveLength(1);
  });

  test("--discard allows one more run", async () => {
    const fixture = await createFixture(manifestFiles(["orders"]));
    fixture.sandbox.setFaults([{ kind: "status", status: 500, times: 1 }]);
    await fixture.apply();
    expect(statusOf(fixture.clone, "orders")?.state).toBe("unknown");
    const blocked = await fixture.apply();
    expect(blocked.stdout).toContain("! orders");
    expect(fixture.sandbox.runs()).toHaveLength(0);

    const discarded = await fixture.cli([
      "resolve",
      "orders",
      "--discard",
      "--note",
      "no run on the platform",
    ]);

    expect(discarded.code, outputOf(discarded)).toBe(0);
    expect(statusOf(fixture.clone, "orders")?.state).toBe("discarded");
    commitStatusFiles(fixture, ["orders"], "Discard the unknown attempt of orders");

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain("+ orders");
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
    const status = statusOf(fixture.origin, "orders", "main");
    expect(status?.state).toBe("submitted");
    expect(status?.runs.map((run) => run.event)).toEqual([
      "submitting",
      "unknown",
      "discarded",
      "submitting",
      "submitted",
    ]);

    const after = await fixture.apply();
    expect(after.code, outputOf(after)).toBe(0);
    expect(runsOf(fixture.sandbox.runs(), "orders")).toHaveLength(1);
  });
});
