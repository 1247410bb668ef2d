// The options that limit what apply does (--dry-run, --no-commit,
// --no-push, --branch), and the checks that stop it before any request:
// a missing secret variable and a detached HEAD without --branch.

import { afterEach, describe, expect, test } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { outputOf, runCli } from "./support/cli.js";
import { closeFixtures, createFixture } from "./support/fixture.js";
import { manifestFiles, runsOf } from "./support/manifests.js";
import {
  commitLog,
  git,
  makeTemporaryFolder,
  REPORTS_DIR,
  STATUS_DIR,
  statusOf,
  writeFiles,
} from "./support/repository.js";

afterEach(closeFixtures);

const NAMES = ["alpha", "beta"];

function shas(repo: string, ref = "main"): string[] {
  return commitLog(repo, ref).map((commit) => commit.sha);
}

describe("apply stops before any request", () => {
  test.each([
    ["unset", undefined],
    ["empty", ""],
  ])("when a secret variable is %s", async (_case, value) => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const before = shas(fixture.origin);

    const result = await fixture.apply([], { env: { TEST_KINIT_PASSWORD: value } });

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain("apply stopped before submitting anything");
    expect(result.stderr).toContain(
      "alpha: kinit_password needs environment variable TEST_KINIT_PASSWORD",
    );
    expect(result.stderr).toContain(
      "beta: kinit_password needs environment variable TEST_KINIT_PASSWORD",
    );
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(shas(fixture.origin)).toEqual(before);
    expect(shas(fixture.clone, "HEAD")).toEqual(before);
    expect(git(fixture.clone, "status", "--porcelain")).toBe("");
  });

  test("on a detached HEAD without --branch", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    git(fixture.clone, "checkout", "--quiet", "--detach");
    const before = shas(fixture.origin);

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain("HEAD is detached");
    expect(result.stderr).toContain("pass --branch NAME");
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(shas(fixture.origin)).toEqual(before);
    expect(git(fixture.clone, "status", "--porcelain")).toBe("");
  });
});

describe("apply options", () => {
  test("--branch pushes from a detached HEAD", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    git(fixture.clone, "checkout", "--quiet", "--detach");

    const result = await fixture.apply(["--branch", "main"]);

    expect(result.code, outputOf(result)).toBe(0);
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(commitLog(fixture.origin).map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 2 of 2 runs [skip ci]",
      "nx1-migrate: submit 2 runs [skip ci]",
      "Add migration manifests",
    ]);
    expect(git(fixture.clone, "rev-parse", "HEAD")).toBe(git(fixture.origin, "rev-parse", "main"));
  });

  test("--dry-run submits and writes nothing", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const before = shas(fixture.origin);

    const result = await fixture.apply(["--dry-run"]);

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain("Apply would submit 2 runs.");
    expect(result.stdout).toContain("Dry run: nothing was submitted or written.");
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(shas(fixture.origin)).toEqual(before);
    expect(shas(fixture.clone, "HEAD")).toEqual(before);
    expect(git(fixture.clone, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  test("--dry-run works outside a git repository", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const folder = makeTemporaryFolder();
    writeFiles(folder, manifestFiles(NAMES));

    const result = await runCli(folder, ["apply", "--dry-run"], { env: fixture.env });

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain("Apply would submit 2 runs.");
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(existsSync(join(folder, STATUS_DIR))).toBe(false);
  });

  test("--no-commit writes files only", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const before = shas(fixture.origin);

    const result = await fixture.apply(["--no-commit"]);

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain("Recorded in .nx1-migrate/status (not committed).");
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(shas(fixture.origin)).toEqual(before);
    expect(shas(fixture.clone, "HEAD")).toEqual(before);
    const untracked = git(fixture.clone, "status", "--porcelain", "--untracked-files=all")
      .trim()
      .split("\n")
      .sort();
    expect(untracked).toEqual(
      [
        ...NAMES.map((name) => `?? ${REPORTS_DIR}/${name}.md`),
        `?? ${REPORTS_DIR}/README.md`,
        ...NAMES.map((name) => `?? ${STATUS_DIR}/${name}.json`),
      ].sort(),
    );
    for (const name of NAMES) expect(statusOf(fixture.clone, name)?.state).toBe("submitted");
  });

  test("--no-push commits without pushing", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const before = shas(fixture.origin);

    const result = await fixture.apply(["--no-push"]);

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain("Recorded as submitting in ");
    expect(result.stdout).not.toContain("and pushed");
    expect(result.stdout).toMatch(/^Recorded in \.nx1-migrate\/status, commit [0-9a-f]{12}\.$/m);
    expect(runsOf(fixture.sandbox.runs(), "alpha")).toHaveLength(1);
    expect(shas(fixture.origin)).toEqual(before);
    expect(commitLog(fixture.clone, "HEAD").map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 2 of 2 runs [skip ci]",
      "nx1-migrate: submit 2 runs [skip ci]",
      "Add migration manifests",
    ]);
    expect(git(fixture.clone, "status", "--porcelain")).toBe("");
  });
});
