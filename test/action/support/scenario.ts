// One repository's worth of GitHub for a test file: an origin seeded with examples/, the
// GitHub REST stand-in, the Nx1 sandbox with a PSK, and the action installed from dist/.
// Each `on*` method checks out a fresh runner workspace for the event and runs the action.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { startSandbox, type Sandbox } from "../../../src/sandbox/server.js";
import { installAction, REPO_ROOT, type InstalledAction } from "./action-bundle.js";
import { pullRequestEvent, pushEvent, workflowDispatchEvent, type RunnerEvent } from "./events.js";
import { FakeGitHub } from "./fake-github.js";
import {
  checkoutWorkspace,
  commitOnBranch,
  createOrigin,
  git,
  mergePullRequest,
  preparePullRequest,
  type Origin,
  type PullRequestRefs,
} from "./repositories.js";
import { runAction, type ActionRun } from "./runner.js";

export const REPOSITORY = "octo-org/data-migrations";

/** Values for the secret references in examples/, as a workflow passes them in the step's env. */
export const EXAMPLE_SECRETS: Readonly<Record<string, string>> = {
  FINANCE_KINIT_PASSWORD: "e2e-kinit-password",
  WAREHOUSE_S3_ACCESS_KEY: "e2e-warehouse-access-key",
  WAREHOUSE_S3_SECRET_KEY: "e2e-warehouse-secret-key",
  ARCHIVE_S3_ACCESS_KEY: "e2e-archive-access-key",
  ARCHIVE_S3_SECRET_KEY: "e2e-archive-secret-key",
};

/** Reads every file under examples/, keyed by its path relative to examples/. */
export function exampleFiles(): Record<string, string> {
  const root = join(REPO_ROOT, "examples");
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return files;
}

/** Names of the example manifests (metadata.name), sorted. */
export function exampleNames(): string[] {
  return Object.entries(exampleFiles())
    .filter(([path]) => path.startsWith("migrations/"))
    .map(([, text]) => /^ {2}name: (\S+)$/m.exec(text)![1]!)
    .sort();
}

export interface StepOptions {
  with?: Record<string, string>;
  env?: Record<string, string>;
  jobToken?: string;
}

export interface PullRequestRun extends ActionRun {
  refs: PullRequestRefs;
  workspace: string;
}

export interface BranchRun extends ActionRun {
  sha: string;
  workspace: string;
}

export class Scenario {
  private workspaceCount = 0;

  private constructor(
    readonly root: string,
    readonly action: InstalledAction,
    readonly github: FakeGitHub,
    readonly sandbox: Sandbox,
    readonly psk: string,
    readonly origin: Origin,
  ) {}

  /** Starts the servers and seeds the origin's main with `files` (default: examples/). */
  static async start(files: Record<string, string> = exampleFiles()): Promise<Scenario> {
    const root = mkdtempSync(join(tmpdir(), "nx1-action-e2e-"));
    const action = installAction(mkdtempSync(join(root, "action-")));
    const github = await FakeGitHub.start(REPOSITORY);
    const psk = `psk-${Math.random().toString(36).slice(2)}`;
    const sandbox = await startSandbox({ psk });
    const origin = createOrigin(root, files);
    return new Scenario(root, action, github, sandbox, psk, origin);
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.github.close(), this.sandbox.close()]);
    rmSync(this.root, { recursive: true, force: true });
  }

  /** The step's `with:` for apply against the sandbox. */
  get apiInputs(): Record<string, string> {
    return { "api-url": this.sandbox.url, "api-key": this.psk };
  }

  mainSha(): string {
    return git(this.origin.bare, "rev-parse", "main");
  }

  /** Pushes `files` to `branch` as a new commit of pull request `number` and runs the action on it. */
  async onPullRequest(
    number: number,
    branch: string,
    files: Record<string, string | null>,
    step: StepOptions & { headRepository?: string; action?: "opened" | "synchronize" } = {},
  ): Promise<PullRequestRun> {
    commitOnBranch(this.origin, branch, files, `Change ${Object.keys(files).join(", ")}`);
    const refs = preparePullRequest(this.origin, number, branch);
    const event = pullRequestEvent({
      repository: REPOSITORY,
      number,
      headRef: branch,
      ...refs,
      ...(step.headRepository ? { headRepository: step.headRepository } : {}),
      ...(step.action ? { action: step.action } : {}),
    });
    const run = await this.run(event, step);
    return { ...run, refs };
  }

  /** Merges the pull request's branch into main and returns the merge commit. */
  merge(number: number, branch: string): string {
    const sha = mergePullRequest(this.origin, number, branch);
    this.github.addMergedPull(sha, number, branch);
    return sha;
  }

  /** Runs the action for a push of `sha` (default: main's tip) to main. */
  async onPush(step: StepOptions & { sha?: string; before?: string } = {}): Promise<BranchRun> {
    const sha = step.sha ?? this.mainSha();
    const before = step.before ?? "0".repeat(40);
    const event = pushEvent({ repository: REPOSITORY, branch: "main", before, after: sha });
    return { ...(await this.run(event, step)), sha };
  }

  async onWorkflowDispatch(step: StepOptions & { sha?: string } = {}): Promise<BranchRun> {
    const sha = step.sha ?? this.mainSha();
    const event = workflowDispatchEvent({ repository: REPOSITORY, branch: "main", sha });
    return { ...(await this.run(event, step)), sha };
  }

  /** Checks out `event` in a fresh workspace and runs the action there. */
  async run(
    event: RunnerEvent,
    step: StepOptions = {},
  ): Promise<ActionRun & { workspace: string }> {
    this.workspaceCount += 1;
    const workspace = checkoutWorkspace(
      join(this.root, `workspace-${this.workspaceCount}`),
      this.origin,
      event.ref,
      event.sha,
    );
    const run = await runAction({
      action: this.action,
      workspace,
      event,
      repository: REPOSITORY,
      github: { apiUrl: this.github.apiUrl, serverUrl: this.github.serverUrl },
      scratch: this.root,
      ...(step.with ? { with: step.with } : {}),
      ...(step.env ? { env: step.env } : {}),
      ...(step.jobToken ? { jobToken: step.jobToken } : {}),
    });
    return { ...run, workspace };
  }
}
