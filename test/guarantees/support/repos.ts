// Temporary git repositories for the guarantee tests: a bare origin with
// clones, hooks on the origin to slow down or reject pushes, and readers for
// the ledger as the origin and a clone hold it.

import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { baseEnv } from "./cli.js";

export const LEDGER_PATH = ".nx1-migrate/status";

/** The status file fields the guarantee checks read. */
export interface LedgerEntry {
  name: string;
  state: string;
  fingerprint: string;
  last_submitted?: { run_id: string };
  runs: { event: string; run_id?: string; fingerprint: string }[];
}

const temporaryFolders: string[] = [];

/** Creates a temporary folder that `removeTemporaryFolders` deletes. */
export function temporaryFolder(prefix = "nx1-guarantees-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryFolders.push(dir);
  return dir;
}

export function removeTemporaryFolders(): void {
  for (const dir of temporaryFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Returns the environment of git commands the tests run themselves: a fixed identity and no user config. */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...baseEnv(home),
    GIT_AUTHOR_NAME: "Guarantee Test",
    GIT_AUTHOR_EMAIL: "guarantees@example.com",
    GIT_COMMITTER_NAME: "Guarantee Test",
    GIT_COMMITTER_EMAIL: "guarantees@example.com",
  };
}

export function git(cwd: string, home: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    env: gitEnv(home),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

export interface RemoteSetup {
  /** Folder that contains everything, and HOME of every child. */
  root: string;
  /** The bare origin. */
  origin: string;
  /** The first clone, seeded with `files` and pushed. */
  work: string;
}

/** Creates a bare origin on branch main and a clone with `files` committed and pushed. */
export function createRemote(files: Record<string, string | Uint8Array>): RemoteSetup {
  const root = temporaryFolder();
  const origin = join(root, "origin.git");
  git(root, root, "init", "--quiet", "--bare", "-b", "main", origin);
  const work = join(root, "work");
  git(root, root, "clone", "--quiet", origin, work);
  git(work, root, "checkout", "--quiet", "-B", "main");
  writeFiles(work, files);
  git(work, root, "add", "--all");
  git(work, root, "commit", "--quiet", "-m", "Add migration manifests");
  git(work, root, "push", "--quiet", "origin", "main");
  return { root, origin, work };
}

/** Clones the origin into `root/<name>` on branch main. */
export function cloneRemote(setup: RemoteSetup, name: string): string {
  const dir = join(setup.root, name);
  git(setup.root, setup.root, "clone", "--quiet", "-b", "main", setup.origin, dir);
  return dir;
}

/** Installs an executable hook, such as pre-receive, in the bare origin. */
export function installHook(origin: string, name: string, script: string): void {
  const path = join(origin, "hooks", name);
  writeFileSync(path, script);
  chmodSync(path, 0o755);
}

export function removeHook(origin: string, name: string): void {
  rmSync(join(origin, "hooks", name), { force: true });
}

/** Reads the status files on branch main of the bare origin, by manifest name. */
export function remoteLedger(setup: RemoteSetup, path = LEDGER_PATH): Map<string, LedgerEntry> {
  const entries = new Map<string, LedgerEntry>();
  let listing: string;
  try {
    listing = git(setup.origin, setup.root, "ls-tree", "--name-only", "main", `${path}/`);
  } catch {
    return entries;
  }
  for (const file of listing.split("\n").filter((line) => line.endsWith(".json"))) {
    const entry = JSON.parse(git(setup.origin, setup.root, "show", `main:${file}`)) as LedgerEntry;
    entries.set(entry.name, entry);
  }
  return entries;
}

/** Reads the status files in a clone's working tree, by manifest name. */
export function localLedger(work: string, path = LEDGER_PATH): Map<string, LedgerEntry> {
  const entries = new Map<string, LedgerEntry>();
  const dir = join(work, path);
  if (!existsSync(dir)) return entries;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
    const entry = JSON.parse(readFileSync(join(dir, file), "utf8")) as LedgerEntry;
    entries.set(entry.name, entry);
  }
  return entries;
}

/** Returns every object of a repository (blobs, trees, commits, tags) as one text, for searching. */
export function allObjects(gitDir: string, home: string): string {
  return execFileSync("git", ["--git-dir", gitDir, "cat-file", "--batch-all-objects", "--batch"], {
    env: gitEnv(home),
    encoding: "latin1",
    maxBuffer: 256 * 1024 * 1024,
  });
}
