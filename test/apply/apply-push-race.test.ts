// Apply while the remote moves or refuses pushes: a commit pushed by
// someone else between the submit and the record commit, pushes rejected
// a few times and then accepted, and a remote that declines every push.

import { afterEach, describe, expect, test } from "vitest";
import { outputOf } from "./support/cli.js";
import { closeFixtures, createFixture } from "./support/fixture.js";
import { manifestFiles, manifestText, runsOf } from "./support/manifests.js";
import {
  commitLog,
  fileAt,
  git,
  gitAsync,
  rejectedPushes,
  rejectFirstPushes,
  statusOf,
  writeFiles,
} from "./support/repository.js";
import { join } from "node:path";

afterEach(closeFixtures);

const NAMES = ["alpha", "beta"];

/** The message a git server prints when another push has locked the ref, as GitHub does under load. */
const LOCK_MESSAGE =
  "error: cannot lock ref 'refs/heads/main': reference is locked by another push";

describe("a push by someone else during apply", () => {
  test("survives on both sides", async () => {
    // The latency keeps every request open long enough for the other push to land.
    const fixture = await createFixture(manifestFiles(NAMES), {
      faults: [{ kind: "latency", ms: 2000 }],
    });
    const other = join(fixture.root, "other");
    git(fixture.root, "clone", "--quiet", fixture.origin, other);
    let otherPush: Promise<string> | undefined;
    const pushFromOtherClone = async () => {
      await gitAsync(other, "pull", "--quiet", "--rebase", "origin", "main");
      writeFiles(other, {
        "docs/notes.md": "Notes pushed during apply.\n",
        "migrations/late.yaml": manifestText("late"),
      });
      await gitAsync(other, "add", "--all");
      await gitAsync(other, "commit", "--quiet", "-m", "Add notes and a late manifest");
      await gitAsync(other, "push", "--quiet", "origin", "main");
      return (await gitAsync(other, "rev-parse", "HEAD")).trim();
    };

    const result = await fixture.apply([], {
      onStdout: (text) => {
        if (text.startsWith("Recorded as submitting")) otherPush = pushFromOtherClone();
      },
    });

    expect(result.code, outputOf(result)).toBe(0);
    const otherSha = await otherPush;
    expect(result.stderr).toMatch(/push rejected \(fetch-first\); fetched and rebased/);
    const log = commitLog(fixture.origin);
    expect(log.map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 2 of 2 runs [skip ci]",
      "Add notes and a late manifest",
      "nx1-migrate: submit 2 runs [skip ci]",
      "Add migration manifests",
    ]);
    expect(log[1]?.sha).toBe(otherSha);
    expect(fileAt(fixture.origin, "main", "docs/notes.md")).toBe("Notes pushed during apply.\n");
    for (const name of NAMES) {
      const [run] = runsOf(fixture.sandbox.runs(), name);
      expect(statusOf(fixture.origin, name, "main")?.last_submitted?.run_id).toBe(
        run?.response.run_id,
      );
    }
    // The manifest that arrived meanwhile is left for the next apply.
    expect(runsOf(fixture.sandbox.runs(), "late")).toHaveLength(0);
    fixture.sandbox.clearFaults();
    git(fixture.clone, "pull", "--quiet", "--ff-only", "origin", "main");
    const next = await fixture.apply();
    expect(next.code, outputOf(next)).toBe(0);
    expect(runsOf(fixture.sandbox.runs(), "late")).toHaveLength(1);
    expect(fixture.sandbox.runs()).toHaveLength(3);
  });
});

describe("a push rejected, then accepted", () => {
  test("on the submit commit", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    rejectFirstPushes(fixture.origin, 2, LOCK_MESSAGE);

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(0);
    expect(rejectedPushes(fixture.origin)).toBe(2);
    expect(result.stderr.match(/push rejected \(ref-lock\)/g)).toHaveLength(2);
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(commitLog(fixture.origin).map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 2 of 2 runs [skip ci]",
      "nx1-migrate: submit 2 runs [skip ci]",
      "Add migration manifests",
    ]);
  });

  test("on the record commit", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));

    const result = await fixture.apply([], {
      onStdout: (text) => {
        if (text.startsWith("Recorded as submitting"))
          rejectFirstPushes(fixture.origin, 2, LOCK_MESSAGE);
      },
    });

    expect(result.code, outputOf(result)).toBe(0);
    expect(rejectedPushes(fixture.origin)).toBe(2);
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    for (const name of NAMES)
      expect(statusOf(fixture.origin, name, "main")?.state).toBe("submitted");
  });
});

describe("a remote that declines every push", () => {
  const DECLINED = "error: pushes to main are not allowed";

  test("stops apply before any request", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    rejectFirstPushes(fixture.origin, 1000, DECLINED);
    const before = commitLog(fixture.origin).map((commit) => commit.sha);

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain(
      "recording the submitting entries failed, so nothing was submitted",
    );
    expect(result.stderr).toContain(DECLINED);
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(commitLog(fixture.origin).map((commit) => commit.sha)).toEqual(before);
    // The unpushed submit commit is undone too: a later `git push` cannot publish entries that were never sent.
    expect(commitLog(fixture.clone, "HEAD").map((commit) => commit.sha)).toEqual(before);
    expect(git(fixture.clone, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  test("next apply pushes one submit commit", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    rejectFirstPushes(fixture.origin, 1000, DECLINED);
    await fixture.apply();
    rejectFirstPushes(fixture.origin, 0, "");

    const again = await fixture.apply();

    expect(again.code, outputOf(again)).toBe(0);
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(commitLog(fixture.origin).map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 2 of 2 runs [skip ci]",
      "nx1-migrate: submit 2 runs [skip ci]",
      "Add migration manifests",
    ]);
  });

  test("after requests lists resolve commands", async () => {
    const fixture = await createFixture(manifestFiles([...NAMES, "gamma"]));
    fixture.sandbox.setFaults([{ kind: "status", status: 500, times: 1 }]);

    const result = await fixture.apply(["--concurrency", "1"], {
      onStdout: (text) => {
        if (text.startsWith("Recorded as submitting"))
          rejectFirstPushes(fixture.origin, 1000, DECLINED);
      },
    });

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain("apply sent its requests, but recording the outcomes failed");
    expect(result.stderr).toContain(DECLINED);
    expect(result.stdout).toMatch(/^NAME +OUTCOME +RUN ID$/m);
    // With one request at a time, alpha draws the 500.
    expect(result.stderr).toContain(
      "  alpha: the outcome is unknown, so a run may exist; find it on the platform",
    );
    for (const name of ["beta", "gamma"]) {
      const [run] = runsOf(fixture.sandbox.runs(), name);
      expect(result.stderr).toContain(
        `  nx1-migrate resolve ${name} --run-id ${run?.response.run_id}\n`,
      );
    }
    for (const name of [...NAMES, "gamma"])
      expect(statusOf(fixture.origin, name, "main")?.state).toBe("submitting");
    // The outcomes stay in the local commit, ready to push.
    expect(commitLog(fixture.clone, "HEAD")[0]?.subject).toBe(
      "nx1-migrate: record 2 of 3 runs [skip ci]",
    );
  });
});
