// commitFiles, headSha, currentBranch and blobHashes on real repositories.

import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import {
  BOT_IDENTITY,
  blobHashes,
  commitFiles,
  currentBranch,
  headSha,
  openRepository,
} from "../../src/git/index.js";
import {
  createRepositories,
  git,
  removeTempFolders,
  tempFolder,
  writeFile,
} from "./support/repos.js";

afterEach(removeTempFolders);

describe("commitFiles", () => {
  it("commits added, changed and deleted paths", async () => {
    const { work } = createRepositories();
    writeFile(work, "status/new.json", "{}\n");
    writeFile(work, "README.md", "# changed\n");
    rmSync(join(work, "status/shared.json"));
    const repo = openRepository(work);

    const sha = await commitFiles(repo, {
      paths: ["status/new.json", "README.md", "status/shared.json"],
      message: "Record runs [skip ci]",
    });

    expect(sha).toBe(git(work, "rev-parse", "HEAD"));
    expect(git(work, "show", "--name-status", "--format=", "HEAD").split("\n").sort()).toEqual([
      "A\tstatus/new.json",
      "D\tstatus/shared.json",
      "M\tREADME.md",
    ]);
    expect(git(work, "status", "--porcelain")).toBe("");
  });

  it("uses the bot as author and committer by default", async () => {
    const { work } = createRepositories();
    writeFile(work, "status/a.json", "{}\n");
    await commitFiles(openRepository(work), { paths: ["status/a.json"], message: "Record" });

    expect(git(work, "log", "-1", "--format=%an <%ae>")).toBe(
      `${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>`,
    );
    expect(git(work, "log", "-1", "--format=%cn <%ce>")).toBe(
      `${BOT_IDENTITY.name} <${BOT_IDENTITY.email}>`,
    );
  });

  it("takes the author from the options and the committer from the repository", async () => {
    const { work } = createRepositories();
    writeFile(work, "status/a.json", "{}\n");
    const repo = openRepository(work, {
      committer: { name: "Ledger Bot", email: "ledger@example.com" },
    });
    await commitFiles(repo, {
      paths: ["status/a.json"],
      message: "Record",
      author: { name: "Jane Doe", email: "jane@example.com" },
    });

    expect(git(work, "log", "-1", "--format=%an <%ae>")).toBe("Jane Doe <jane@example.com>");
    expect(git(work, "log", "-1", "--format=%cn <%ce>")).toBe("Ledger Bot <ledger@example.com>");
  });

  it("returns null and makes no commit when nothing changed", async () => {
    const { work } = createRepositories();
    const before = git(work, "rev-parse", "HEAD");
    writeFile(work, "README.md", "# ledger test\n");

    const sha = await commitFiles(openRepository(work), {
      paths: ["README.md", "status/shared.json", "status/never-existed.json"],
      message: "Record",
    });

    expect(sha).toBeNull();
    expect(git(work, "rev-parse", "HEAD")).toBe(before);
  });

  it("leaves other staged changes out of the commit", async () => {
    const { work } = createRepositories();
    writeFile(work, "unrelated.txt", "staged by someone\n");
    git(work, "add", "unrelated.txt");
    writeFile(work, "status/a.json", "{}\n");

    await commitFiles(openRepository(work), { paths: ["status/a.json"], message: "Record" });

    expect(git(work, "show", "--name-only", "--format=", "HEAD")).toBe("status/a.json");
    expect(git(work, "status", "--porcelain")).toBe("A  unrelated.txt");
  });

  it("treats glob characters in a path literally", async () => {
    const { work } = createRepositories();
    writeFile(work, "status/a*.json", "{}\n");
    writeFile(work, "status/abc.json", "{}\n");

    await commitFiles(openRepository(work), { paths: ["status/a*.json"], message: "Record" });

    expect(git(work, "show", "--name-only", "--format=", "HEAD")).toBe("status/a*.json");
    expect(git(work, "status", "--porcelain")).toBe("?? status/abc.json");
  });

  it("accepts absolute paths and a message that starts with a dash", async () => {
    const { work } = createRepositories();
    writeFile(work, "status/a.json", "{}\n");

    await commitFiles(openRepository(work), {
      paths: [join(work, "status/a.json")],
      message: "--amend is not an option here",
    });

    expect(git(work, "log", "-1", "--format=%s")).toBe("--amend is not an option here");
  });

  it("commits a deletion that is already staged", async () => {
    const { work } = createRepositories();
    git(work, "rm", "--quiet", "status/shared.json");

    const sha = await commitFiles(openRepository(work), {
      paths: ["status/shared.json"],
      message: "Remove",
    });

    expect(sha).not.toBeNull();
    expect(git(work, "show", "--name-status", "--format=", "HEAD")).toBe("D\tstatus/shared.json");
  });

  it("rejects a path outside the repository", async () => {
    const { work } = createRepositories();
    await expect(
      commitFiles(openRepository(work), { paths: ["../outside.json"], message: "Record" }),
    ).rejects.toThrow('path "../outside.json" is outside');
  });

  it("rejects an empty message", async () => {
    const { work } = createRepositories();
    await expect(
      commitFiles(openRepository(work), { paths: ["README.md"], message: "  " }),
    ).rejects.toThrow("commit message is empty");
  });

  it("rejects an author with brackets", async () => {
    const { work } = createRepositories();
    writeFile(work, "status/a.json", "{}\n");
    await expect(
      commitFiles(openRepository(work), {
        paths: ["status/a.json"],
        message: "Record",
        author: { name: "Eve <evil@example.com>", email: "eve@example.com" },
      }),
    ).rejects.toThrow('author.name "Eve <evil@example.com>" is empty or contains <, >');
  });
});

describe("headSha and currentBranch", () => {
  it("return the branch and commit", async () => {
    const { work } = createRepositories();
    const repo = openRepository(work);
    expect(await headSha(repo)).toBe(git(work, "rev-parse", "HEAD"));
    expect(await currentBranch(repo)).toBe("main");
  });

  it("return null branch on a detached HEAD", async () => {
    const { work } = createRepositories();
    git(work, "checkout", "--quiet", "--detach");
    const repo = openRepository(work);
    expect(await currentBranch(repo)).toBeNull();
    expect(await headSha(repo)).toBe(git(work, "rev-parse", "HEAD"));
  });

  it("return null sha on an unborn branch", async () => {
    const folder = tempFolder();
    git(folder, "init", "--quiet", "--initial-branch=trunk");
    const repo = openRepository(folder);
    expect(await headSha(repo)).toBeNull();
    expect(await currentBranch(repo)).toBe("trunk");
  });
});

describe("blobHashes", () => {
  it("matches the blobs git stores, and skips missing files", async () => {
    const { work } = createRepositories();
    writeFileSync(join(work, "status/utf8.json"), '{"name":"Zürich ✓"}\n');
    git(work, "add", "status/utf8.json");
    const repo = openRepository(work);

    const hashes = await blobHashes(repo, [
      "README.md",
      "status/utf8.json",
      "status/missing.json",
      "status",
    ]);

    expect([...hashes.keys()]).toEqual(["README.md", "status/utf8.json"]);
    expect(hashes.get("README.md")).toBe(git(work, "rev-parse", "HEAD:README.md"));
    expect(hashes.get("status/utf8.json")).toBe(git(work, "rev-parse", ":status/utf8.json"));
  });
});
