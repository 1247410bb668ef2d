// One apply test setup: a bare origin and a clone seeded with manifests,
// a sandbox on a free loopback port, and the environment apply needs.
// Call closeFixtures() in afterEach to stop the sandboxes and remove the folders.

import { startSandbox } from "../../../src/sandbox/server.js";
import type { Sandbox, SandboxOptions } from "../../../src/sandbox/server.js";
import type { CliResult, InProcessOptions } from "./cli.js";
import { runCli } from "./cli.js";
import { SECRET_ENV } from "./manifests.js";
import type { Repositories } from "./repository.js";
import { createRepositories, removeTemporaryFolders } from "./repository.js";

export const PSK = "apply-test-psk-not-for-git";

export interface Fixture extends Repositories {
  sandbox: Sandbox;
  /** NX1_API_URL, NX1_API_KEY and the secret variables. */
  env: NodeJS.ProcessEnv;
  /** Runs `nx1-migrate apply ARGS` in-process in the clone. */
  apply(args?: readonly string[], options?: InProcessOptions): Promise<CliResult>;
  /** Runs any command in-process in the clone, with the fixture's environment. */
  cli(argv: readonly string[], options?: InProcessOptions): Promise<CliResult>;
}

const cleanups: (() => Promise<void>)[] = [];

/** Registers a server or other resource that closeFixtures() stops. */
export function closeLater(close: () => Promise<void>): void {
  cleanups.push(close);
}

export async function createFixture(
  files: Record<string, string>,
  sandboxOptions: SandboxOptions = {},
): Promise<Fixture> {
  const repositories = createRepositories(files);
  const sandbox = await startSandbox({ psk: PSK, ...sandboxOptions });
  closeLater(() => sandbox.close());
  const env: NodeJS.ProcessEnv = { NX1_API_URL: sandbox.url, NX1_API_KEY: PSK, ...SECRET_ENV };
  const cli = (argv: readonly string[], options: InProcessOptions = {}) =>
    runCli(repositories.clone, argv, { ...options, env: { ...env, ...options.env } });
  return {
    ...repositories,
    sandbox,
    env,
    cli,
    apply: (args = [], options = {}) => cli(["apply", ...args], options),
  };
}

export async function closeFixtures(): Promise<void> {
  await Promise.all(cleanups.splice(0).map((close) => close()));
  removeTemporaryFolders();
}
