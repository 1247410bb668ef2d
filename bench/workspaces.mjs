// Builds the folders each benchmark runs in, under .bench/: the corpus to
// validate, a corpus with a ledger to plan, a git repository with a bare
// remote to apply, and a one-file workspace for the action's cold start.
// Status files are written by the tool itself (`nx1-migrate adopt`), so they
// carry the source stamps that let plan skip unchanged files.

import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_TEXT, manifestPlan, manifestText, writeCorpus } from "./corpus.mjs";

export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "Bench User",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "Bench User",
  GIT_COMMITTER_EMAIL: "bench@example.com",
};

function git(args, cwd) {
  execFileSync("git", args, {
    cwd,
    env: { ...process.env, ...GIT_IDENTITY },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/** Runs the built CLI and throws with its output when it exits with another status than `expected`. */
function runCli(cli, args, cwd, expected = 0) {
  try {
    execFileSync(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (expected !== 0) throw new Error(`nx1-migrate ${args.join(" ")} exited with 0`);
  } catch (error) {
    if (error.status === expected) return;
    throw new Error(
      `nx1-migrate ${args.join(" ")} in ${cwd} exited with ${error.status}: ${error.stderr ?? error.message}`,
      { cause: error },
    );
  }
}

/** Rewrites the given manifests with a changed request (distcp_mappers), as an edit would. */
function changeManifests(dir, indexes) {
  for (const index of indexes) {
    writeFileSync(
      join(dir, manifestPlan(index).file),
      manifestText(index, { withError: false, revision: 1 }),
    );
  }
}

/** Returns `count` indexes spread evenly over a corpus of `size`. */
export function spreadIndexes(size, count) {
  const step = Math.max(1, Math.floor(size / count));
  return Array.from({ length: Math.min(count, size) }, (_, k) => k * step + Math.floor(step / 2));
}

/** The corpus for validate: `count` manifests, about 1% of them with an error. */
export function prepareValidateCorpus(root, count) {
  const dir = join(root, `validate-${count}`);
  rmSync(dir, { recursive: true, force: true });
  const plans = writeCorpus(dir, count);
  return { dir, errorCount: plans.filter((plan) => plan.error).length };
}

/**
 * The corpus for plan: `count` valid manifests recorded in the ledger by
 * `adopt`, then `changed` of them edited, so plan shows that many updates.
 */
export function preparePlanCorpus(root, count, cli, changed) {
  const dir = join(root, `plan-${count}`);
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(dir, count, { withErrors: false });
  runCli(cli, ["adopt"], dir);
  changeManifests(dir, spreadIndexes(count, changed));
  return { dir };
}

/**
 * A git repository with a bare remote, `count` manifests adopted, committed
 * and pushed, then every manifest changed and committed. Apply runs on a
 * fresh copy of it each time (see copyApplyTemplate).
 */
export function prepareApplyTemplate(root, count, cli) {
  const dir = join(root, `apply-${count}`);
  rmSync(dir, { recursive: true, force: true });
  const origin = join(dir, "origin.git");
  const work = join(dir, "work");
  mkdirSync(dir, { recursive: true });
  git(["init", "--quiet", "--bare", "--initial-branch=main", origin], dir);
  git(["init", "--quiet", "--initial-branch=main", work], dir);
  git(["remote", "add", "origin", origin], work);
  writeCorpus(work, count, { withErrors: false });
  runCli(cli, ["adopt"], work);
  git(["add", "--all"], work);
  git(["commit", "--quiet", "--message", "Add manifests and adopt them"], work);
  changeManifests(
    work,
    Array.from({ length: count }, (_, index) => index),
  );
  git(["commit", "--quiet", "--all", "--message", "Change every manifest"], work);
  git(["push", "--quiet", "origin", "main"], work);
  // A fresh clone, as on a CI runner, has its objects in a pack. Loose
  // objects from the commits above would make apply's commits start
  // `git gc --auto` in the background, which a clone never does.
  git(["gc", "--quiet"], work);
  git(["gc", "--quiet"], origin);
  return { dir, origin, work };
}

/** Copies the apply template to `target` and points the copy's remote at the copied bare repository. */
export function copyApplyTemplate(template, target) {
  rmSync(target, { recursive: true, force: true, maxRetries: 5 });
  cpSync(template.dir, target, { recursive: true });
  const work = join(target, "work");
  git(["remote", "set-url", "origin", join(target, "origin.git")], work);
  return { work };
}

/** A workspace with the config and one manifest, plus the files the runner provides to an action. */
export function prepareColdWorkspace(root) {
  const dir = join(root, "cold-start");
  rmSync(dir, { recursive: true, force: true });
  const workspace = join(dir, "workspace");
  const runner = join(dir, "runner");
  mkdirSync(join(workspace, "migrations"), { recursive: true });
  mkdirSync(runner, { recursive: true });
  writeFileSync(join(workspace, ".nx1-migrate.yaml"), CONFIG_TEXT);
  writeFileSync(join(workspace, "migrations", "one.yaml"), manifestText(1, { withError: false }));
  const eventPath = join(runner, "event.json");
  writeFileSync(eventPath, JSON.stringify({ repository: { default_branch: "main" } }));
  // The runner creates these files before a step starts.
  writeFileSync(join(runner, "output.txt"), "");
  writeFileSync(join(runner, "summary.md"), "");
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    INPUT_MODE: "validate",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "bench/manifests",
    GITHUB_SHA: "0000000000000000000000000000000000000000",
    GITHUB_REF: "refs/heads/main",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "1",
    GITHUB_OUTPUT: join(runner, "output.txt"),
    GITHUB_STEP_SUMMARY: join(runner, "summary.md"),
    RUNNER_TEMP: runner,
  };
  return { dir, workspace, env };
}
