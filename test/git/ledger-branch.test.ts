// The ledger branch: a worktree that creates the branch on first use and
// reuses it after, and reading its files without a checkout.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import {
  commitFiles,
  fetchBranch,
  openBranchWorktree,
  openRepository,
  pushWithRetry,
  readFilesAtRef,
} from "../../src/git/index.js";
import {
  createRepositories,
  git,
  pushFromOther,
  remoteSubjects,
  removeTempFolders,
  writeFile,
} from "./support/repos.js";

afterEach(removeTempFolders);

describe("openBranchWorktree", () => {
  it("creates an orphan branch on first use and reuses it after", async () => {
    const { work, remote } = createRepositories();
    const repo = openRepository(work);
    const mainHead = git(work, "rev-parse", "HEAD");

    const first = await openBranchWorktree(repo, { branch: "nx1-ledger" });
    expect(first.created).toBe(true);
    expect(readdirSync(first.dir).filter((name) => name !== ".git")).toEqual([]);
    expect(git(first.dir, "ls-files")).toBe("");
    writeFile(first.dir, "status/sales.json", '{"state":"submitted"}\n');
    const firstSha = await commitFiles(first.repository, {
      paths: ["status/sales.json"],
      message: "Record sales",
    });
    await pushWithRetry(first.repository, { branch: "nx1-ledger" });
    await first.dispose();

    expect(existsSync(first.dir)).toBe(false);
    expect(git(remote, "rev-parse", "nx1-ledger")).toBe(firstSha);
    // The ledger history starts fresh: no commit of main is in it.
    expect(remoteSubjects(remote, "nx1-ledger")).toEqual(["Record sales"]);

    const second = await openBranchWorktree(repo, { branch: "nx1-ledger" });
    expect(second.created).toBe(false);
    expect(readFileSync(join(second.dir, "status/sales.json"), "utf8")).toBe(
      '{"state":"submitted"}\n',
    );
    expect(git(second.dir, "symbolic-ref", "--short", "HEAD")).toBe("nx1-ledger");
    expect(git(second.dir, "rev-parse", "--abbrev-ref", "@{upstream}")).toBe("origin/nx1-ledger");
    writeFile(second.dir, "status/hr.json", '{"state":"submitted"}\n');
    await commitFiles(second.repository, { paths: ["status/hr.json"], message: "Record hr" });
    await pushWithRetry(second.repository);
    await second.dispose();
    await second.dispose();

    expect(remoteSubjects(remote, "nx1-ledger")).toEqual(["Record hr", "Record sales"]);
    expect(git(work, "symbolic-ref", "--short", "HEAD")).toBe("main");
    expect(git(work, "rev-parse", "HEAD")).toBe(mainHead);
    expect(git(work, "status", "--porcelain")).toBe("");
    expect(git(work, "worktree", "list", "--porcelain").match(/^worktree /gm)).toHaveLength(1);
  });

  it("reaches a remote given as a relative path", async () => {
    const { work, remote } = createRepositories();
    git(work, "remote", "set-url", "origin", relative(work, remote));
    const repo = openRepository(work);

    const first = await openBranchWorktree(repo, { branch: "nx1-ledger" });
    writeFile(first.dir, "status/sales.json", '{"state":"submitted"}\n');
    const sha = await commitFiles(first.repository, {
      paths: ["status/sales.json"],
      message: "Record sales",
    });
    await pushWithRetry(first.repository, { branch: "nx1-ledger" });
    await first.dispose();
    expect(git(remote, "rev-parse", "nx1-ledger")).toBe(sha);

    const second = await openBranchWorktree(repo, { branch: "nx1-ledger" });
    expect(second.created).toBe(false);
    expect(existsSync(join(second.dir, "status/sales.json"))).toBe(true);
    await second.dispose();
    expect(git(work, "remote", "get-url", "origin")).toBe(relative(work, remote));
  });

  it("picks up commits another clone pushed to the branch", async () => {
    const { work, other } = createRepositories();
    git(other, "checkout", "--quiet", "--orphan", "nx1-ledger");
    git(other, "rm", "-r", "--cached", "--quiet", ".");
    writeFile(other, "ledger/a.json", "{}\n");
    git(other, "add", "ledger/a.json");
    git(other, "commit", "--quiet", "-m", "Ledger from elsewhere");
    git(other, "push", "--quiet", "origin", "nx1-ledger");

    const worktree = await openBranchWorktree(openRepository(work), { branch: "nx1-ledger" });
    try {
      expect(worktree.created).toBe(false);
      expect(readFileSync(join(worktree.dir, "ledger/a.json"), "utf8")).toBe("{}\n");
    } finally {
      await worktree.dispose();
    }
  });

  it("rejects an invalid branch name", async () => {
    const { work } = createRepositories();
    await expect(openBranchWorktree(openRepository(work), { branch: "no spaces" })).rejects.toThrow(
      'ledger branch "no spaces" is not a valid branch name',
    );
  });

  it("refuses a local branch the remote does not have", async () => {
    const { work } = createRepositories();
    git(work, "branch", "nx1-ledger");
    await expect(
      openBranchWorktree(openRepository(work), { branch: "nx1-ledger" }),
    ).rejects.toThrow("branch nx1-ledger exists locally but not on origin");
    expect(git(work, "worktree", "list", "--porcelain").match(/^worktree /gm)).toHaveLength(1);
  });
});

describe("fetchBranch", () => {
  it("updates the remote-tracking ref of an existing branch", async () => {
    const { work, other } = createRepositories();
    const theirs = pushFromOther(other, "status/theirs.json", "{}\n");

    expect(await fetchBranch(openRepository(work), { remote: "origin", branch: "main" })).toBe(
      true,
    );
    expect(git(work, "rev-parse", "refs/remotes/origin/main")).toBe(theirs);
  });

  it("returns false for a branch the remote does not have", async () => {
    const { work } = createRepositories();
    expect(
      await fetchBranch(openRepository(work), { remote: "origin", branch: "nx1-ledger" }),
    ).toBe(false);
  });

  it("throws when the remote cannot be reached", async () => {
    const { work, root } = createRepositories();
    git(work, "remote", "set-url", "origin", join(root, "missing.git"));
    await expect(
      fetchBranch(openRepository(work), { remote: "origin", branch: "main" }),
    ).rejects.toThrow("git ls-remote of origin main failed");
  });
});

describe("readFilesAtRef", () => {
  it("reads the files under a folder at a ref", async () => {
    const { work, other } = createRepositories();
    writeFile(other, "status/b.json", '{"city":"Zürich ✓"}\n');
    writeFile(other, "status/nested/c.json", "[]\n");
    writeFile(other, "statusx/not-me.json", "{}\n");
    git(other, "add", "--all");
    git(other, "commit", "--quiet", "-m", "More status");
    git(other, "push", "--quiet", "origin", "HEAD:refs/heads/main");
    const repo = openRepository(work);
    git(work, "fetch", "--quiet", "origin");

    const files = await readFilesAtRef(repo, "origin/main", "status/");

    expect([...files.keys()].sort()).toEqual([
      "status/b.json",
      "status/nested/c.json",
      "status/shared.json",
    ]);
    expect(files.get("status/b.json")).toBe('{"city":"Zürich ✓"}\n');
    expect(files.get("status/nested/c.json")).toBe("[]\n");
    // The working tree is still at the older commit.
    expect(existsSync(join(work, "status/b.json"))).toBe(false);
  });

  it("reads the whole tree for an empty folder", async () => {
    const { work } = createRepositories();
    const files = await readFilesAtRef(openRepository(work), "HEAD", "");
    expect([...files.keys()].sort()).toEqual(["README.md", "status/shared.json"]);
  });

  it("returns an empty map for a missing ref or folder", async () => {
    const { work } = createRepositories();
    const repo = openRepository(work);
    expect((await readFilesAtRef(repo, "origin/nx1-ledger", "status")).size).toBe(0);
    expect((await readFilesAtRef(repo, "HEAD", "no-such-folder")).size).toBe(0);
  });

  it("rejects a ref that looks like an option", async () => {
    const { work } = createRepositories();
    await expect(readFilesAtRef(openRepository(work), "--output=/tmp/x", "status")).rejects.toThrow(
      'ref "--output=/tmp/x" starts with "-"',
    );
  });
});
