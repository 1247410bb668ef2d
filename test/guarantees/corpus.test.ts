// Every case of the bad-input corpus goes through the built CLI three times,
// as validate, plan and apply against a sandbox. An invalid case must exit 1
// with its FILE:LINE:COL and rule id, print no stack trace, and submit
// nothing. A valid-but-tricky case must exit 0 and submit the exact values
// the case names. Durations are printed, not asserted.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../src/sandbox/server.js";
import {
  baseEnv,
  distSnapshot,
  removeDistSnapshot,
  runCli,
  STACK_FRAME,
  type ChildResult,
} from "./support/cli.js";
import { readCorpus, type CorpusCase } from "./support/corpus.js";
import { git, removeTemporaryFolders, temporaryFolder, writeFiles } from "./support/repos.js";

const PSK = "corpus-sandbox-key";
const cases = readCorpus();
const durations: { id: string; command: string; ms: number; valid: boolean }[] = [];

let sandbox: Sandbox;
let home: string;

beforeAll(async () => {
  distSnapshot();
  home = temporaryFolder();
  sandbox = await startSandbox({ psk: PSK });
});

afterAll(async () => {
  await sandbox?.close();
  removeTemporaryFolders();
  removeDistSnapshot();
  const sorted = [...durations].sort((a, b) => b.ms - a.ms);
  const line = (item: (typeof durations)[number]) =>
    `  ${Math.round(item.ms)} ms  ${item.command} ${item.id}`;
  const slowestInvalid = sorted.find((item) => !item.valid);
  console.log(
    `corpus: ${cases.length} cases, ${durations.length} commands; slowest:\n${sorted
      .slice(0, 5)
      .map(line)
      .join(
        "\n",
      )}\nslowest on an invalid case:\n${slowestInvalid ? line(slowestInvalid) : "  none"}`,
  );
});

/** Copies a case into a new git repository with one commit, so apply finds a checkout. */
function checkout(testCase: CorpusCase): string {
  const dir = temporaryFolder();
  writeFiles(dir, testCase.files);
  git(dir, home, "init", "--quiet", "-b", "main");
  git(dir, home, "add", "--all");
  git(dir, home, "commit", "--quiet", "--allow-empty", "-m", "Add the case");
  return dir;
}

async function runAll(testCase: CorpusCase, dir: string): Promise<Record<string, ChildResult>> {
  const env = baseEnv(home);
  const apiEnv = {
    ...env,
    NX1_API_URL: sandbox.url,
    NX1_API_KEY: PSK,
    KINIT_PASSWORD: "corpus-kinit-password",
  };
  const results: Record<string, ChildResult> = {
    validate: await runCli(["validate"], { cwd: dir, env }),
    plan: await runCli(["plan"], { cwd: dir, env }),
    apply: await runCli(["apply", "--no-push"], { cwd: dir, env: apiEnv }),
  };
  for (const [command, result] of Object.entries(results))
    durations.push({
      id: testCase.id,
      command,
      ms: result.durationMs,
      valid: testCase.request !== undefined,
    });
  return results;
}

function diagnosticLine(file: string, line: number, column: number, rule: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `^${escape(`${file}:${line}:${column}:`)} (error|warning): .* ${escape(`[${rule}]`)}$`,
    "m",
  );
}

describe("bad-input corpus", () => {
  it("contains at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.filter((testCase) => testCase.expect !== undefined))(
    "rejects $id",
    async (testCase) => {
      const dir = checkout(testCase);
      const before = sandbox.runs().length;
      const results = await runAll(testCase, dir);

      for (const [command, result] of Object.entries(results)) {
        const output = `${result.stdout}${result.stderr}`;
        expect(result.code, `${command} exit status\n${output}`).toBe(1);
        for (const expected of testCase.expect!) {
          const pattern = diagnosticLine(
            expected.file,
            expected.line,
            expected.column,
            expected.rule,
          );
          expect(output, `${command} output`).toMatch(pattern);
        }
        expect(output, `${command} output`).not.toMatch(STACK_FRAME);
        expect(output, `${command} output`).not.toContain("internal error");
        for (const text of testCase.absent ?? [])
          expect(output, `${command} output`).not.toContain(text);
      }
      expect(sandbox.runs().length - before, "runs submitted").toBe(0);
    },
  );

  it.each(cases.filter((testCase) => testCase.request !== undefined))(
    "accepts $id with the exact values",
    async (testCase) => {
      const dir = checkout(testCase);
      const before = sandbox.runs().length;
      const results = await runAll(testCase, dir);

      for (const [command, result] of Object.entries(results)) {
        const output = `${result.stdout}${result.stderr}`;
        expect(result.code, `${command} exit status\n${output}`).toBe(0);
        expect(output, `${command} output`).not.toMatch(STACK_FRAME);
        for (const rule of testCase.warnings ?? [])
          expect(output, `${command} output`).toMatch(
            new RegExp(`: warning: .* \\[${rule}\\]$`, "m"),
          );
      }
      const runs = sandbox.runs().slice(before);
      expect(runs, "runs submitted").toHaveLength(1);
      expect(runs[0]!.request).toMatchObject(testCase.request!);
    },
  );
});
