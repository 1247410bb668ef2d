// Secret canaries through a whole validate, plan and apply flow, by the CLI
// and by the Action bundle: one unique value as the API key, others as the
// values of secret references. Apply also meets a hostile API that echoes
// the request and its key in error text. No canary, whole or in part, may
// appear in any output, status file, report, commit message, git object,
// GitHub request, GITHUB_OUTPUT or GITHUB_STEP_SUMMARY.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import { FakeGitHub } from "../github/fake-github.js";
import { findLeaks, findLeaksInTree, makeCanary, type Canary } from "./support/canary.js";
import {
  baseEnv,
  distSnapshot,
  removeDistSnapshot,
  runAction,
  runCli,
  type ChildResult,
} from "./support/cli.js";
import { startEchoApi, type EchoApi } from "./support/echo-api.js";
import {
  allObjects,
  createRemote,
  git,
  localLedger,
  removeTemporaryFolders,
  type RemoteSetup,
} from "./support/repos.js";

const psk = makeCanary("psk");
const kinit = makeCanary("kinit");
const s3Secret = makeCanary("s3secret");
const s3Access = makeCanary("s3access");
const githubToken = makeCanary("githubtoken");
const CANARIES: Canary[] = [psk, kinit, s3Secret, s3Access, githubToken];

const SECRET_ENV = {
  CANARY_KINIT_PASSWORD: kinit.value,
  CANARY_S3_SECRET_KEY: s3Secret.value,
  CANARY_S3_ACCESS_KEY: s3Access.value,
};

const COMMON_SPEC = [
  "  default_s3_bucket: lake-prod",
  "  tracking_database: tracking",
  "  tracking_location: s3a://lake-tracking/nx1",
  "  report_output_location: s3a://lake-tracking/reports",
];

function kerberosManifest(name: string, revision: number): string {
  return [
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    `  name: ${name}`,
    `  revision: ${revision}`,
    "spec:",
    "  source_format: hdfs",
    "  migration_type: data_hive_to_hive",
    ...COMMON_SPEC,
    "  kinit_principal: etl@EXAMPLE.COM",
    "  kinit_password: ${env:CANARY_KINIT_PASSWORD}",
    "  migration_tables:",
    `    - database: ${name.replaceAll("-", "_")}`,
    "",
  ].join("\n");
}

function s3Manifest(name: string, revision: number): string {
  return [
    "apiVersion: nx1-migrate/v1",
    "kind: DataMigrationRun",
    "metadata:",
    `  name: ${name}`,
    `  revision: ${revision}`,
    "spec:",
    "  source_format: s3",
    "  migration_type: metadata_hive_to_iceberg",
    ...COMMON_SPEC,
    "  s3_access_key: ${env:CANARY_S3_ACCESS_KEY}",
    "  s3_secret_key: ${env:CANARY_S3_SECRET_KEY}",
    "  metadata_tables:",
    `    - database: ${name.replaceAll("-", "_")}`,
    "",
  ].join("\n");
}

function repositoryFiles(revisions: { a: number; b: number; c: number }): Record<string, string> {
  return {
    "migrations/finance.yaml": kerberosManifest("finance", revisions.a),
    "migrations/warehouse.yaml": s3Manifest("warehouse", revisions.b),
    "migrations/archive.yaml": kerberosManifest("archive", revisions.c),
  };
}

/** Writes new revisions of the manifests, commits and pushes them, as a merged pull request would. */
function pushRevisions(setup: RemoteSetup, revisions: { a: number; b: number; c: number }): void {
  for (const [path, text] of Object.entries(repositoryFiles(revisions)))
    writeFileSync(join(setup.work, path), text);
  git(setup.work, setup.root, "add", "--all");
  git(setup.work, setup.root, "commit", "--quiet", "-m", "Raise revisions");
  git(setup.work, setup.root, "push", "--quiet", "origin", "main");
}

/** Searches every place a secret could end up: outputs, files, git objects of the clone and the origin. */
function leaksEverywhere(setup: RemoteSetup, outputs: Record<string, string>): string[] {
  return [
    ...Object.entries(outputs).flatMap(([place, text]) => findLeaks(place, text, CANARIES)),
    ...findLeaksInTree(setup.root, CANARIES, new Set([".git", "origin.git"])),
    ...findLeaks("clone git objects", allObjects(join(setup.work, ".git"), setup.root), CANARIES),
    ...findLeaks("origin git objects", allObjects(setup.origin, setup.root), CANARIES),
  ];
}

let sandbox: Sandbox;
let echo: EchoApi;
const sandboxLog: string[] = [];

beforeAll(async () => {
  distSnapshot();
  sandbox = await startSandbox({ psk: psk.value, log: (line) => sandboxLog.push(line) });
  echo = await startEchoApi(kinit.value);
});

afterAll(async () => {
  await sandbox?.close();
  await echo?.close();
  removeTemporaryFolders();
  removeDistSnapshot();
});

describe("secret canaries", () => {
  it("leak nowhere in a CLI validate, plan and apply flow", async () => {
    const setup = createRemote(repositoryFiles({ a: 0, b: 0, c: 0 }));
    const env = { ...baseEnv(setup.root), NX1_API_KEY: psk.value, ...SECRET_ENV };
    const outputs: Record<string, string> = {};
    const record = (name: string, result: ChildResult) => {
      outputs[name] = `${result.stdout}\n${result.stderr}`;
      return result;
    };
    const cli = (name: string, args: string[], apiUrl: string) =>
      runCli(args, { cwd: setup.work, env: { ...env, NX1_API_URL: apiUrl } }).then((result) =>
        record(name, result),
      );

    expect((await cli("validate", ["validate"], sandbox.url)).code).toBe(0);
    expect((await cli("plan", ["plan"], sandbox.url)).code).toBe(0);
    expect((await cli("apply", ["apply"], sandbox.url)).code).toBe(0);

    echo.mode = "echo-500";
    pushRevisions(setup, { a: 1, b: 0, c: 0 });
    expect((await cli("apply echo-500", ["apply"], echo.url)).code).toBe(1);
    echo.mode = "echo-422";
    pushRevisions(setup, { a: 1, b: 1, c: 0 });
    expect((await cli("apply echo-422", ["apply"], echo.url)).code).toBe(1);
    echo.mode = "echo-across-cut";
    pushRevisions(setup, { a: 1, b: 1, c: 1 });
    expect((await cli("apply echo-across-cut", ["apply"], echo.url)).code).toBe(1);

    await cli("plan text", ["plan"], sandbox.url);
    await cli("plan json", ["plan", "--format", "json"], sandbox.url);
    await cli("plan markdown", ["plan", "--format", "markdown"], sandbox.url);
    outputs["sandbox log"] = sandboxLog.join("\n");
    outputs["sandbox runs"] = JSON.stringify(sandbox.runs());

    // The hostile API got every request, so the error paths really ran.
    expect(echo.requests).toBeGreaterThanOrEqual(3);
    const states = [...localLedger(setup.work).values()].map((entry) => entry.state).sort();
    expect(states).toEqual(["rejected", "rejected", "unknown"]);
    expect(leaksEverywhere(setup, outputs)).toEqual([]);
  });

  it("leak nowhere when the Action bundle plans and applies", async () => {
    const setup = createRemote(repositoryFiles({ a: 0, b: 0, c: 0 }));
    const github = await FakeGitHub.start();
    try {
      const runnerTemp = join(setup.root, "runner");
      const files = {
        output: join(setup.root, "github-output"),
        summary: join(setup.root, "step-summary"),
        event: join(setup.root, "event.json"),
      };
      writeFileSync(files.output, "");
      writeFileSync(files.summary, "");
      const headSha = git(setup.work, setup.root, "rev-parse", "HEAD").trim();
      github.pulls.set(headSha, [mergedPull(headSha)]);
      const runnerEnv = {
        ...baseEnv(setup.root),
        ...SECRET_ENV,
        GITHUB_REPOSITORY: "octo/migrations",
        GITHUB_WORKSPACE: setup.work,
        GITHUB_API_URL: github.baseUrl,
        GITHUB_SERVER_URL: "https://github.example",
        GITHUB_RUN_ID: "42",
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_EVENT_PATH: files.event,
        RUNNER_TEMP: runnerTemp,
        INPUT_MODE: "auto",
        "INPUT_API-KEY": psk.value,
        "INPUT_GITHUB-TOKEN": githubToken.value,
        "INPUT_WORKING-DIRECTORY": ".",
        INPUT_COMMENT: "true",
        INPUT_COMMIT: "true",
        INPUT_PUSH: "true",
        "INPUT_FAIL-ON-WARNINGS": "false",
      };
      const outputs: Record<string, string> = {};
      const action = async (name: string, event: object, extra: NodeJS.ProcessEnv) => {
        writeFileSync(files.event, JSON.stringify(event));
        const result = await runAction({ cwd: setup.work, env: { ...runnerEnv, ...extra } });
        // The runner consumes ::add-mask:: lines and never prints them, and they carry the secret by design.
        const masks = result.stdout.split("\n").filter((line) => line.startsWith("::add-mask::"));
        const visibleStdout = result.stdout
          .split("\n")
          .filter((line) => !line.startsWith("::add-mask::"))
          .join("\n");
        outputs[`${name} stdout`] = visibleStdout;
        outputs[`${name} stderr`] = result.stderr;
        return { ...result, masks };
      };

      const plan = await action("plan", pullRequestEvent(headSha), {
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_REF: "refs/pull/7/merge",
        GITHUB_SHA: headSha,
      });
      expect(plan.code, plan.stdout).toBe(0);
      const apply = await action("apply", pushEvent(), {
        GITHUB_EVENT_NAME: "push",
        GITHUB_REF: "refs/heads/main",
        GITHUB_SHA: headSha,
        "INPUT_API-URL": sandbox.url,
      });
      expect(apply.code, apply.stdout).toBe(0);
      expect(apply.masks).toEqual(
        expect.arrayContaining([`::add-mask::${psk.value}`, `::add-mask::${kinit.value}`]),
      );

      echo.mode = "echo-500";
      pushRevisions(setup, { a: 1, b: 1, c: 0 });
      const newSha = git(setup.work, setup.root, "rev-parse", "HEAD").trim();
      const failing = await action("apply echo-500", pushEvent(), {
        GITHUB_EVENT_NAME: "push",
        GITHUB_REF: "refs/heads/main",
        GITHUB_SHA: newSha,
        "INPUT_API-URL": echo.url,
      });
      expect(failing.code).toBe(1);

      outputs.GITHUB_OUTPUT = readFileSync(files.output, "utf8");
      outputs.GITHUB_STEP_SUMMARY = readFileSync(files.summary, "utf8");
      outputs["GitHub requests"] = JSON.stringify(
        github.requests.map(({ method, url, body }) => ({ method, url, body })),
      );
      // The comment was written, so the GitHub path ran.
      expect(github.requestsTo("POST", /\/issues\/7\/comments$/).length).toBeGreaterThan(0);
      expect(outputs.GITHUB_OUTPUT).toContain("run-ids");
      expect(leaksEverywhere(setup, outputs)).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

function mergedPull(sha: string) {
  return {
    number: 7,
    title: "Add migrations",
    html_url: "https://github.example/octo/migrations/pull/7",
    state: "closed" as const,
    merged_at: "2025-01-01T00:00:00Z",
    merge_commit_sha: sha,
    base: { ref: "main" },
    head: { ref: "add-migrations" },
  };
}

function pullRequestEvent(sha: string): object {
  return {
    repository: { default_branch: "main", full_name: "octo/migrations" },
    pull_request: {
      number: 7,
      head: { sha, repo: { full_name: "octo/migrations" } },
      base: { repo: { full_name: "octo/migrations" } },
    },
  };
}

function pushEvent(): object {
  return { repository: { default_branch: "main", full_name: "octo/migrations" } };
}
