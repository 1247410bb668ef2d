// Apply with `ledger: {branch: nx1-ledger}`: status files and reports go to
// their own branch, the default branch gets no commit, and plan in a clone
// that never fetched the ledger branch reads it from the remote.

import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { outputOf, runCli } from "./support/cli.js";
import { closeFixtures, createFixture } from "./support/fixture.js";
import { manifestFiles, manifestText, runsOf } from "./support/manifests.js";
import {
  commitAndPush,
  commitLog,
  fileAt,
  git,
  REPORTS_DIR,
  rejectFirstPushes,
  STATUS_DIR,
  statusOf,
} from "./support/repository.js";

afterEach(closeFixtures);

const NAMES = ["alpha", "beta"];
const LEDGER_BRANCH = "nx1-ledger";

function createLedgerBranchFixture() {
  return createFixture({
    ...manifestFiles(NAMES),
    ".nx1-migrate.yaml": `ledger:\n  branch: ${LEDGER_BRANCH}\n`,
  });
}

describe("apply with a ledger branch", () => {
  test("creates the branch, not a main commit", async () => {
    const fixture = await createLedgerBranchFixture();
    const mainBefore = git(fixture.origin, "rev-parse", "main");

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain(`Recorded in ${STATUS_DIR} on branch ${LEDGER_BRANCH}, commit`);
    expect(git(fixture.origin, "rev-parse", "main")).toBe(mainBefore);
    expect(git(fixture.clone, "rev-parse", "HEAD")).toBe(mainBefore);
    expect(git(fixture.clone, "status", "--porcelain", "--untracked-files=all")).toBe("");
    expect(commitLog(fixture.origin, LEDGER_BRANCH).map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 2 of 2 runs [skip ci]",
      "nx1-migrate: submit 2 runs [skip ci]",
    ]);
    for (const name of NAMES) {
      const [run] = runsOf(fixture.sandbox.runs(), name);
      expect(statusOf(fixture.origin, name, LEDGER_BRANCH)?.last_submitted?.run_id).toBe(
        run?.response.run_id,
      );
      expect(fileAt(fixture.origin, LEDGER_BRANCH, `${REPORTS_DIR}/${name}.md`)).toContain(
        `# ${name}`,
      );
    }
    // The branch contains the ledger and none of the files of main.
    expect(fileAt(fixture.origin, LEDGER_BRANCH, "migrations/alpha.yaml")).toBeUndefined();
  });

  test("plan in a fresh clone reads the branch", async () => {
    const fixture = await createLedgerBranchFixture();
    await fixture.apply();
    const fresh = join(fixture.root, "fresh");
    git(
      fixture.root,
      "clone",
      "--quiet",
      "--single-branch",
      "--branch",
      "main",
      fixture.origin,
      fresh,
    );
    expect(git(fresh, "branch", "--remotes")).not.toContain(LEDGER_BRANCH);

    const plan = await runCli(fresh, ["plan"]);

    expect(plan.code, outputOf(plan)).toBe(0);
    expect(plan.stdout).toContain("0 to create, 0 to update, 2 unchanged");
    expect(plan.stdout).toContain("No changes. The ledger matches every manifest.");
  });

  test("applies nothing the second time", async () => {
    const fixture = await createLedgerBranchFixture();
    await fixture.apply();
    const before = commitLog(fixture.origin, LEDGER_BRANCH).map((commit) => commit.sha);

    const again = await fixture.apply();

    expect(again.code, outputOf(again)).toBe(0);
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(commitLog(fixture.origin, LEDGER_BRANCH).map((commit) => commit.sha)).toEqual(before);
  });

  // The branch is written in a temporary worktree, so uncommitted outcomes would be lost.
  test("rejects --no-commit", async () => {
    const fixture = await createLedgerBranchFixture();

    const result = await fixture.apply(["--no-commit"]);

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain(`cannot record runs on ledger.branch ${LEDGER_BRANCH}`);
    expect(result.stderr).toContain("use --no-push to commit without pushing");
    expect(fixture.sandbox.runs()).toHaveLength(0);
  });

  test("--no-push commits to the local branch only", async () => {
    const fixture = await createLedgerBranchFixture();

    const result = await fixture.apply(["--no-push"]);

    expect(result.code, outputOf(result)).toBe(0);
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(git(fixture.origin, "branch", "--list", LEDGER_BRANCH)).toBe("");
    expect(commitLog(fixture.clone, LEDGER_BRANCH).map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 2 of 2 runs [skip ci]",
      "nx1-migrate: submit 2 runs [skip ci]",
    ]);
  });

  // Opening the ledger worktree resets the local branch to the remote's, which would drop the unpushed run ids.
  test("keeps unpushed --no-push commits", async () => {
    const fixture = await createLedgerBranchFixture();
    await fixture.apply();
    commitAndPush(
      fixture.clone,
      { "migrations/alpha.yaml": manifestText("alpha", { mappers: 10 }) },
      "Lower the mappers of alpha",
    );
    const local = await fixture.apply(["--no-push"]);
    expect(local.code, outputOf(local)).toBe(0);
    expect(runsOf(fixture.sandbox.runs(), "alpha")).toHaveLength(2);

    const next = await fixture.apply();

    expect(next.code, outputOf(next)).toBe(1);
    expect(next.stderr).toContain(
      `the local branch ${LEDGER_BRANCH} has 2 commits that origin/${LEDGER_BRANCH} does not have`,
    );
    expect(next.stderr).toContain(`git push origin ${LEDGER_BRANCH}`);
    expect(runsOf(fixture.sandbox.runs(), "alpha")).toHaveLength(2);

    git(fixture.clone, "push", "--quiet", "origin", LEDGER_BRANCH);
    const pushed = await fixture.apply();
    expect(pushed.code, outputOf(pushed)).toBe(0);
    expect(pushed.stdout).toContain("No changes. The ledger matches every manifest.");
    expect(runsOf(fixture.sandbox.runs(), "alpha")).toHaveLength(2);
  });

  test("recovers from a declined first push", async () => {
    const fixture = await createLedgerBranchFixture();
    rejectFirstPushes(fixture.origin, 1, "error: pushes are not allowed right now");

    const first = await fixture.apply();

    expect(first.code, outputOf(first)).toBe(1);
    expect(first.stderr).toContain("nothing was submitted");
    expect(fixture.sandbox.runs()).toHaveLength(0);
    // No local ledger branch is left behind to block or mislead the next apply.
    expect(git(fixture.clone, "branch", "--list", LEDGER_BRANCH)).toBe("");

    const second = await fixture.apply();

    expect(second.code, outputOf(second)).toBe(0);
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(commitLog(fixture.origin, LEDGER_BRANCH)).toHaveLength(2);
  });
});
