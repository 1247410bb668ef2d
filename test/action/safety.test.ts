// Untrusted manifest text must not become a workflow command, and secrets must not leave the
// process except in the `::add-mask::` lines that tell the runner to hide them.

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { git } from "./support/repositories.js";
import { manifest } from "./support/manifests.js";
import { describeRun } from "./support/runner.js";
import { EXAMPLE_SECRETS, Scenario } from "./support/scenario.js";
import { outputLines, workflowCommands } from "./support/workflow-commands.js";

// Commands the action itself may print. set-output, set-env, add-path, stop-commands and
// echo would change the job, so untrusted text must never produce them.
const EXPECTED_COMMANDS = new Set([
  "add-mask",
  "debug",
  "error",
  "warning",
  "notice",
  "group",
  "endgroup",
]);

const INJECTIONS = [
  "::set-output name=injected::yes",
  "##[set-output name=legacy;]yes",
  "  ::add-mask::visible",
  "::stop-commands::token123",
];

let scenario: Scenario;

beforeAll(async () => {
  scenario = await Scenario.start();
});

afterAll(async () => {
  await scenario?.stop();
});

function expectNoInjectedCommand(text: string, declaredOutputs: string[], outputs: object): void {
  for (const command of workflowCommands(text))
    expect(EXPECTED_COMMANDS, command.line).toContain(command.command);
  for (const line of outputLines(text)) expect(line).not.toContain("##[");
  for (const name of Object.keys(outputs)) expect(declaredOutputs).toContain(name);
}

describe("workflow command injection", () => {
  test("manifest text prints no workflow command", async () => {
    const description = `Line one\n${INJECTIONS.join("\n")}\rcarriage\u2028separator`;
    const files = {
      // Valid: the description reaches the plan, the reports and the comment.
      "migrations/described.yaml": manifest("described", { description }),
      // Invalid bucket: the value is quoted in the diagnostic, the annotation and the log.
      "migrations/bad-bucket.yaml": manifest("bad-bucket", {
        bucket: `lake\n::set-output name=bucket::x`,
      }),
      // A file name with a line break, printed as the location of its problem.
      "migrations/evil\n::set-output name=file::x.yaml": manifest("evil-file", { bucket: "a" }),
      // Invalid name: quoted the same way.
      "migrations/bad-name.yaml": manifest("bad-name").replace(
        "  name: bad-name",
        `  name: ${JSON.stringify("::set-output name=name::x\n##[error]x")}`,
      ),
    };
    const run = await scenario.onPullRequest(31, "injection", files);

    expect(run.outputs.result, describeRun(run)).toBe("invalid");
    const declared = Object.keys(scenario.action.metadata.outputs);
    expectNoInjectedCommand(run.stdout, declared, run.outputs);
    expectNoInjectedCommand(run.stderr, declared, run.outputs);
    const files_ = new Set(Object.keys(files));
    for (const command of workflowCommands(run.stdout))
      if (command.properties.file !== undefined) expect(files_).toContain(command.properties.file);
    expect(run.stdout).toMatch(/bad-bucket\.yaml:\d+:\d+: error: /);
    expect(run.stdout).toMatch(/bad-name\.yaml:\d+:\d+: error: /);
    expect(run.stdout).toContain("migrations/evil\\n::set-output name=file::x.yaml:");
  });

  test("valid manifest text prints no command on apply", async () => {
    const description = `Apply\n${INJECTIONS.join("\n")}`;
    await scenario.onPullRequest(32, "injection-apply", {
      "migrations/described.yaml": manifest("described", { description }),
    });
    scenario.merge(32, "injection-apply");
    const run = await scenario.onPush({ with: scenario.apiInputs, env: { ...EXAMPLE_SECRETS } });

    expect(run.outputs.result, describeRun(run)).toBe("applied");
    const declared = Object.keys(scenario.action.metadata.outputs);
    expectNoInjectedCommand(run.stdout, declared, run.outputs);
    expectNoInjectedCommand(run.stderr, declared, run.outputs);
  });
});

describe("secrets", () => {
  test("never appear outside add-mask lines", async () => {
    const unique = Math.random().toString(36).slice(2);
    const psk = `canary-psk-${unique}`;
    const jobToken = `ghs_canary${unique}`;
    const secrets = {
      CANARY_KINIT_PASSWORD: `canary-kinit-${unique}`,
      CANARY_S3_ACCESS_KEY: `canary-access-${unique}`,
      CANARY_S3_SECRET_KEY: `canary-secret-${unique}`,
    };
    const canaries = [psk, jobToken, ...Object.values(secrets)];
    // A sandbox that accepts only this run's PSK, so the run cannot pass without sending it.
    const { startSandbox } = await import("../../src/sandbox/server.js");
    const sandbox = await startSandbox({ psk });
    try {
      await scenario.onPullRequest(33, "canary", {
        "migrations/canary.yaml": manifest("canary").replace(
          "  kinit_keytab: /etc/security/keytabs/svc-e2e.keytab\n",
          [
            "  kinit_password: ${env:CANARY_KINIT_PASSWORD}",
            "  s3_access_key: ${env:CANARY_S3_ACCESS_KEY}",
            "  s3_secret_key: ${env:CANARY_S3_SECRET_KEY}",
            "",
          ].join("\n"),
        ),
      });
      scenario.merge(33, "canary");
      const run = await scenario.onPush({
        with: { "api-url": sandbox.url, "api-key": psk },
        env: { ...EXAMPLE_SECRETS, ...secrets },
        jobToken,
      });

      expect(run.outputs.result, describeRun(run)).toBe("applied");
      const canaryRun = sandbox
        .runs()
        .find((created) => created.request.migration_tables?.[0]?.table === "canary");
      expect(canaryRun?.request.kinit_password).toBe("***");
      const masked = outputLines(run.stdout)
        .filter((line) => line.startsWith("::add-mask::"))
        .map((line) => line.slice("::add-mask::".length));
      for (const canary of canaries) {
        expect(masked).toContain(canary);
        const printed = outputLines(run.stdout).filter(
          (line) => line.includes(canary) && !line.startsWith("::add-mask::"),
        );
        expect(printed).toEqual([]);
        expect(run.stderr).not.toContain(canary);
        expect(run.outputFile).not.toContain(canary);
        expect(run.summary).not.toContain(canary);
        for (const comment of scenario.github.commentsOn(33))
          expect(comment.body).not.toContain(canary);
      }
      const history = git(scenario.origin.bare, "log", "--all", "-p", "--format=%H %s%n%b");
      expect(history).toContain("canary: run ");
      for (const canary of canaries) expect(history).not.toContain(canary);
    } finally {
      await sandbox.close();
    }
  });
});
