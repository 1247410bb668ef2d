// pushWithRetry against a bare remote that other clones push to, and whose
// pre-receive hook rejects pushes the way hosting services do.

import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import {
  commitFiles,
  openRepository,
  pushWithRetry,
  type PushRetryEvent,
} from "../../src/git/index.js";
import {
  createRepositories,
  git,
  pushFromOther,
  rejectFirstPushes,
  remoteSubjects,
  removeTempFolders,
  writeFile,
} from "./support/repos.js";

afterEach(removeTempFolders);

const TOKEN = "ghs_TopSecretToken1234";

async function commitInWork(
  work: string,
  path: string,
  content: string,
  message: string,
): Promise<string> {
  writeFile(work, path, content);
  const sha = await commitFiles(openRepository(work), { paths: [path], message });
  if (!sha) throw new Error("expected a commit");
  return sha;
}

describe("pushWithRetry", () => {
  it("pushes the current branch and returns the sha", async () => {
    const { work, remote } = createRepositories();
    const sha = await commitInWork(work, "status/a.json", "{}\n", "Record a");

    const pushed = await pushWithRetry(openRepository(work));

    expect(pushed).toBe(sha);
    expect(git(remote, "rev-parse", "main")).toBe(sha);
  });

  it("rebases over a concurrent push and keeps both commits", async () => {
    const { work, other, remote } = createRepositories();
    await commitInWork(work, "status/ours.json", "{}\n", "Record ours");
    pushFromOther(other, "status/theirs.json", "{}\n", "Record theirs");
    const events: PushRetryEvent[] = [];

    const pushed = await pushWithRetry(openRepository(work), {
      baseDelayMs: 0,
      onRetry: (event) => events.push(event),
    });

    expect(events.map((event) => event.kind)).toEqual(["fetch-first"]);
    expect(remoteSubjects(remote)).toEqual(["Record ours", "Record theirs", "Initial commit"]);
    expect(git(remote, "rev-parse", "main")).toBe(pushed);
    expect(git(work, "status", "--porcelain")).toBe("");
  });

  it("retries a non-fast-forward rejection", async () => {
    const { work, other, remote } = createRepositories();
    await commitInWork(work, "status/ours.json", "{}\n", "Record ours");
    pushFromOther(other, "status/theirs.json", "{}\n", "Record theirs");
    // With the remote's commit already fetched, git reports non-fast-forward instead of fetch first.
    git(work, "fetch", "--quiet", "origin");
    const events: PushRetryEvent[] = [];

    await pushWithRetry(openRepository(work), {
      baseDelayMs: 0,
      onRetry: (event) => events.push(event),
    });

    expect(events.map((event) => event.kind)).toEqual(["non-fast-forward"]);
    expect(remoteSubjects(remote)).toEqual(["Record ours", "Record theirs", "Initial commit"]);
  });

  it("retries each kind of rejection the remote reports", async () => {
    const { work, remote } = createRepositories();
    const sha = await commitInWork(work, "status/a.json", "{}\n", "Record a");
    rejectFirstPushes(remote, [
      "error: cannot lock ref 'refs/heads/main': is at 1111111 but expected 2222222",
      " ! [rejected]        main -> main (stale info)",
      "error: failed to update ref 'refs/heads/main'",
      " ! [rejected]        main -> main (fetch first)",
      " ! [rejected]        main -> main (non-fast-forward)",
    ]);
    const events: PushRetryEvent[] = [];

    const pushed = await pushWithRetry(openRepository(work), {
      attempts: 6,
      baseDelayMs: 0,
      onRetry: (event) => events.push(event),
    });

    expect(events.map((event) => event.kind)).toEqual([
      "ref-lock",
      "stale-info",
      "ref-lock",
      "fetch-first",
      "non-fast-forward",
    ]);
    expect(events.map((event) => event.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(pushed).toBe(sha);
    expect(git(remote, "rev-parse", "main")).toBe(sha);
  });

  it("stops after the last attempt", async () => {
    const { work, remote } = createRepositories();
    await commitInWork(work, "status/a.json", "{}\n", "Record a");
    rejectFirstPushes(remote, [
      "error: cannot lock ref 'refs/heads/main'",
      "error: cannot lock ref 'refs/heads/main'",
    ]);

    await expect(
      pushWithRetry(openRepository(work), { attempts: 2, baseDelayMs: 0 }),
    ).rejects.toThrow(
      /^git push to origin main was rejected 2 times \(ref-lock\): .*cannot lock ref/s,
    );
    expect(remoteSubjects(remote)).toEqual(["Initial commit"]);
  });

  it("fails at once on a rejection that a retry cannot fix", async () => {
    const { work, remote } = createRepositories();
    await commitInWork(work, "status/a.json", "{}\n", "Record a");
    rejectFirstPushes(remote, ["GH006: Protected branch update failed for refs/heads/main."]);
    const events: PushRetryEvent[] = [];

    await expect(
      pushWithRetry(openRepository(work), {
        baseDelayMs: 0,
        onRetry: (event) => events.push(event),
      }),
    ).rejects.toThrow(/git push to origin main failed: .*GH006: Protected branch update failed/s);
    expect(events).toEqual([]);
  });

  it("aborts a conflicting rebase and names the files", async () => {
    const { work, other, remote } = createRepositories();
    const ours = await commitInWork(
      work,
      "status/shared.json",
      '{"state":"ours"}\n',
      "Record ours",
    );
    const theirs = pushFromOther(
      other,
      "status/shared.json",
      '{"state":"theirs"}\n',
      "Record theirs",
    );

    const failure = pushWithRetry(openRepository(work), { baseDelayMs: 0 });

    await expect(failure).rejects.toThrow(
      "rebase onto origin main stopped on conflicts in status/shared.json; the rebase was aborted and nothing was pushed",
    );
    expect(git(work, "status", "--porcelain")).toBe("");
    expect(existsSync(join(work, ".git", "rebase-merge"))).toBe(false);
    expect(existsSync(join(work, ".git", "rebase-apply"))).toBe(false);
    expect(git(work, "rev-parse", "HEAD")).toBe(ours);
    expect(git(work, "symbolic-ref", "--short", "HEAD")).toBe("main");
    expect(git(remote, "rev-parse", "main")).toBe(theirs);
  });

  it("requires a branch on a detached HEAD", async () => {
    const { work } = createRepositories();
    await commitInWork(work, "status/a.json", "{}\n", "Record a");
    git(work, "checkout", "--quiet", "--detach");

    await expect(pushWithRetry(openRepository(work))).rejects.toThrow(
      `HEAD is detached in ${work}; pass { branch: "<name>" } to pushWithRetry`,
    );
  });

  it("pushes a detached HEAD to a named branch", async () => {
    const { work, other, remote } = createRepositories();
    git(work, "checkout", "--quiet", "--detach");
    const sha = await commitInWork(work, "status/a.json", "{}\n", "Record a");
    pushFromOther(other, "status/theirs.json", "{}\n", "Record theirs");

    const pushed = await pushWithRetry(openRepository(work), { branch: "main", baseDelayMs: 0 });

    expect(pushed).not.toBe(sha);
    expect(git(remote, "rev-parse", "main")).toBe(pushed);
    expect(remoteSubjects(remote)).toEqual(["Record a", "Record theirs", "Initial commit"]);
  });

  it("rejects an invalid branch name", async () => {
    const { work } = createRepositories();
    await expect(pushWithRetry(openRepository(work), { branch: "bad..name" })).rejects.toThrow(
      'branch "bad..name" is not a valid branch name',
    );
  });
});

describe("safety settings", () => {
  it("fails at once when the remote asks for a password", async () => {
    const { work } = createRepositories();
    await commitInWork(work, "status/a.json", "{}\n", "Record a");
    const server = http.createServer((_request, response) =>
      response.writeHead(401, { "www-authenticate": 'Basic realm="test"' }).end(),
    );
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
    const port = (server.address() as AddressInfo).port;
    git(work, "remote", "set-url", "origin", `http://127.0.0.1:${port}/o/r.git`);

    try {
      await expect(pushWithRetry(openRepository(work))).rejects.toThrow(
        /terminal prompts disabled/,
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it("rejects an environment that would run a program", async () => {
    const { work } = createRepositories();
    const repo = openRepository(work, {
      env: { GIT_SSH_COMMAND: "touch /tmp/nx1-should-not-exist" },
    });
    await expect(pushWithRetry(repo)).rejects.toThrow(/GIT_SSH_COMMAND/);
  });
});

describe("credential redaction", () => {
  it("redacts a credential URL that the remote prints", async () => {
    const { work, remote } = createRepositories();
    await commitInWork(work, "status/a.json", "{}\n", "Record a");
    rejectFirstPushes(remote, [`denied for https://x-access-token:${TOKEN}@github.com/o/r`]);

    const error = await pushWithRetry(openRepository(work), { baseDelayMs: 0 }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toContain("https://***@github.com/o/r");
    expect(String(error)).not.toContain(TOKEN);
  });

  it("redacts credentials in retry messages", async () => {
    const { work, remote } = createRepositories();
    await commitInWork(work, "status/a.json", "{}\n", "Record a");
    rejectFirstPushes(remote, [
      `error: cannot lock ref via https://x-access-token:${TOKEN}@github.com/o/r`,
    ]);
    const events: PushRetryEvent[] = [];

    await pushWithRetry(openRepository(work), {
      baseDelayMs: 0,
      onRetry: (event) => events.push(event),
    });

    expect(events).toHaveLength(1);
    expect(events[0]?.message).toContain("https://***@github.com/o/r");
    expect(events[0]?.message).not.toContain(TOKEN);
  });

  it("redacts a remote URL with credentials", async () => {
    const { work } = createRepositories();
    await commitInWork(work, "status/a.json", "{}\n", "Record a");
    const server = http.createServer((_request, response) => response.writeHead(500).end("broken"));
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
    const port = (server.address() as AddressInfo).port;
    const url = `http://x-access-token:${TOKEN}@127.0.0.1:${port}/o/r.git`;
    git(work, "remote", "set-url", "origin", url);

    try {
      const byName = await pushWithRetry(openRepository(work)).catch((caught: unknown) => caught);
      const byUrl = await pushWithRetry(openRepository(work), {
        remote: url,
        branch: "main",
      }).catch((caught: unknown) => caught);

      for (const error of [byName, byUrl]) {
        expect(error).toBeInstanceOf(Error);
        expect(String(error)).not.toContain(TOKEN);
        expect(String((error as Error).stack)).not.toContain(TOKEN);
      }
      expect(String(byUrl)).toContain(
        `git push to http://***@127.0.0.1:${port}/o/r.git main failed`,
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
