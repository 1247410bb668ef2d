// Apply against the sandbox and a bare remote: one run per changed
// manifest, a submit commit pushed before the first request, one record
// commit after the last, and nothing at all when nothing changed.

import { afterEach, describe, expect, test } from "vitest";
import { outputOf } from "./support/cli.js";
import { closeFixtures, closeLater, createFixture } from "./support/fixture.js";
import { startFrontProxy } from "./support/front-proxy.js";
import { manifestFiles, manifestText, runsOf, SECRET_ENV } from "./support/manifests.js";
import {
  commitAndPush,
  commitLog,
  git,
  REPORTS_DIR,
  STATUS_DIR,
  statusOf,
} from "./support/repository.js";

afterEach(closeFixtures);

const NAMES = ["alpha", "beta", "gamma"];

describe("apply on a clean ledger", () => {
  test("submits each manifest once", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));

    const result = await fixture.apply();

    expect(result.stderr).toBe("");
    expect(result.code, outputOf(result)).toBe(0);
    const runs = fixture.sandbox.runs();
    expect(runs).toHaveLength(NAMES.length);
    for (const name of NAMES) expect(runsOf(runs, name)).toHaveLength(1);
  });

  test("pushes submit commit before requests", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    const tipsAtRequests: string[] = [];
    const proxy = await startFrontProxy(fixture.sandbox.url, () => {
      tipsAtRequests.push(commitLog(fixture.origin)[0]?.subject ?? "");
      return undefined;
    });
    closeLater(proxy.close);

    const result = await fixture.apply([], { env: { NX1_API_URL: proxy.url } });

    expect(result.code, outputOf(result)).toBe(0);
    expect(tipsAtRequests).toHaveLength(NAMES.length);
    for (const subject of tipsAtRequests)
      expect(subject).toBe("nx1-migrate: submit 3 runs [skip ci]");
  });

  test("pushes one submit and one record commit", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));

    await fixture.apply();

    const log = commitLog(fixture.origin);
    expect(log.map((commit) => commit.subject)).toEqual([
      "nx1-migrate: record 3 of 3 runs [skip ci]",
      "nx1-migrate: submit 3 runs [skip ci]",
      "Add migration manifests",
    ]);
    const [record, submit] = log;
    expect(submit?.files.sort()).toEqual(NAMES.map((name) => `${STATUS_DIR}/${name}.json`));
    expect(submit?.body).toContain("+ alpha\n+ beta\n+ gamma");
    expect(record?.files.sort()).toEqual(
      [
        ...NAMES.map((name) => `${REPORTS_DIR}/${name}.md`),
        `${REPORTS_DIR}/README.md`,
        ...NAMES.map((name) => `${STATUS_DIR}/${name}.json`),
      ].sort(),
    );
    expect(record?.author).toBe("github-actions[bot]");
    // The clone ends where the remote is, with nothing left to commit.
    expect(git(fixture.clone, "rev-parse", "HEAD")).toBe(git(fixture.origin, "rev-parse", "main"));
    expect(git(fixture.clone, "status", "--porcelain")).toBe("");
  });

  test("records run ids in status files", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));

    await fixture.apply();

    const [record, submit] = commitLog(fixture.origin);
    for (const name of NAMES) {
      const [run] = runsOf(fixture.sandbox.runs(), name);
      expect(statusOf(fixture.origin, name, submit!.sha)?.state).toBe("submitting");
      const status = statusOf(fixture.origin, name, record!.sha);
      expect(status?.state).toBe("submitted");
      expect(status?.last_submitted?.run_id).toBe(run?.response.run_id);
      expect(record?.body).toContain(`${name}: run ${run?.response.run_id}`);
    }
  });

  test("keeps secret values out of git", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));

    await fixture.apply();

    const history = git(fixture.origin, "log", "--all", "-p", "--format=%B");
    expect(history).toContain("${env:TEST_KINIT_PASSWORD}");
    expect(history).not.toContain(SECRET_ENV.TEST_KINIT_PASSWORD);
  });

  test("prints run lines and a table", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));

    const { stdout } = await fixture.apply();

    const runIds = new Map(
      fixture.sandbox.runs().map((run) => [run.request.default_s3_bucket, run.response.run_id]),
    );
    for (const name of NAMES) {
      const runId = runIds.get(`lake-${name}`)!;
      expect(stdout).toMatch(new RegExp(`^\\[[1-3]/3\\] submitted +${name} +run ${runId}$`, "m"));
      expect(stdout).toMatch(new RegExp(`^${name} +submitted +${runId}$`, "m"));
    }
    expect(stdout.match(/^\[\d\/3\]/gm)).toHaveLength(3);
    expect(stdout).toMatch(/^NAME +OUTCOME +RUN ID$/m);
    expect(stdout).toMatch(/^Recorded in \.nx1-migrate\/status, commit [0-9a-f]{12}, pushed\.$/m);
  });
});

describe("apply after an apply", () => {
  test("creates nothing and commits nothing", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    await fixture.apply();
    const before = commitLog(fixture.origin).map((commit) => commit.sha);

    const again = await fixture.apply();

    expect(again.code, outputOf(again)).toBe(0);
    expect(again.stdout).toContain("No changes. The ledger matches every manifest.");
    expect(fixture.sandbox.runs()).toHaveLength(NAMES.length);
    expect(commitLog(fixture.origin).map((commit) => commit.sha)).toEqual(before);
    expect(git(fixture.clone, "status", "--porcelain")).toBe("");
  });

  test("submits a changed manifest once", async () => {
    const fixture = await createFixture(manifestFiles(NAMES));
    await fixture.apply();
    commitAndPush(
      fixture.clone,
      { "migrations/beta.yaml": manifestText("beta", { mappers: 80 }) },
      "Raise the mappers of beta",
    );

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain("~ beta");
    expect(result.stdout).toContain("~ distcp_mappers: 40 -> 80");
    const runs = fixture.sandbox.runs();
    expect(runs).toHaveLength(NAMES.length + 1);
    expect(runsOf(runs, "alpha")).toHaveLength(1);
    expect(runsOf(runs, "gamma")).toHaveLength(1);
    const betaRuns = runsOf(runs, "beta");
    expect(betaRuns.map((run) => run.request.distcp_mappers)).toEqual([40, 80]);

    const [record, submit] = commitLog(fixture.origin);
    expect(submit?.subject).toBe("nx1-migrate: submit 1 run [skip ci]");
    expect(submit?.body).toContain("~ beta");
    expect(record?.subject).toBe("nx1-migrate: record 1 of 1 run [skip ci]");
    const status = statusOf(fixture.origin, "beta", "main");
    expect(status?.runs.map((run) => run.event)).toEqual([
      "submitting",
      "submitted",
      "submitting",
      "submitted",
    ]);
    expect(status?.last_submitted?.run_id).toBe(betaRuns[1]?.response.run_id);
  });
});
