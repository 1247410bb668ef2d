// `nx1-migrate sandbox`: runs the sandbox in the foreground until SIGINT or
// SIGTERM, printing its URL, its credential when generated, and one line
// per request.

import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { FAULT_SYNTAX_HELP, parseFaultArgument } from "./fault-syntax.js";
import { FaultSpecError, type FaultSpec } from "./faults.js";
import { isLoopbackHost } from "./loopback.js";
import { RUNS_PATH } from "./runs-route.js";
import { startSandbox } from "./server.js";

export interface SandboxCommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Environment to read NX1_SANDBOX_PSK from. Default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Signal that stops the sandbox as SIGINT does. Tests use it to run the command in-process. */
  signal?: AbortSignal;
}

export const SANDBOX_HELP = `Usage: nx1-migrate sandbox [options]

Run a local server that implements the Nx1 API endpoint
POST ${RUNS_PATH} from the contract, to try manifests and
\`nx1-migrate apply\` without the platform. It responds with 401 without
credentials, 400 for a body that is not JSON, 422 for a body the schema
rejects, and 201 with a new run id otherwise. Runs live in memory until the sandbox stops
(Ctrl-C or SIGTERM).

Options:
  --host ADDRESS   address to listen on (default 127.0.0.1)
  --port N         TCP port, 0 for a free one (default 0)
  --psk KEY        pre-shared key expected in the Authorization-PSK header
                   (default: $NX1_SANDBOX_PSK, else a random key printed once)
  --fault SPEC     inject a fault into POST requests to the API, repeatable
  --seed N         seed of the random sequence for faults with a probability
                   (default 1, so a run with the same faults replays the same way)
  --allow-remote   allow a --host that is not loopback
  -h, --help       show this help

${FAULT_SYNTAX_HELP}
Sandbox-only control routes (same credentials, never faulted):
  GET /__sandbox/runs                 runs created so far, secret fields as "***"
  GET, PUT, DELETE /__sandbox/faults  show, replace (JSON array) or clear the faults

Example:
  nx1-migrate sandbox --port 8080 --fault latency=300 --fault status=503:retry-after=1:times=2
`;

/** Error for an invalid `nx1-migrate sandbox` command line. The command prints the message and exits 2. */
export class SandboxUsageError extends Error {
  override name = "SandboxUsageError";
}

export interface SandboxSettings {
  host: string;
  port: number;
  psk: string;
  pskSource: "--psk" | "NX1_SANDBOX_PSK" | "generated";
  faults: FaultSpec[];
  seed: number;
}

/** Runs the command and resolves with its exit code: 0 after a signal, 1 when it cannot listen, 2 on a usage error. */
export async function runSandboxCommand(
  argv: readonly string[],
  io: SandboxCommandIo,
): Promise<number> {
  let settings: SandboxSettings | "help";
  try {
    settings = parseSandboxArgs(argv, io.env ?? process.env);
  } catch (error) {
    if (!(error instanceof SandboxUsageError || error instanceof FaultSpecError)) throw error;
    io.stderr.write(
      `nx1-migrate sandbox: ${error.message}\nRun \`nx1-migrate sandbox --help\` for usage.\n`,
    );
    return 2;
  }
  if (settings === "help") {
    io.stdout.write(SANDBOX_HELP);
    return 0;
  }

  let sandbox;
  try {
    sandbox = await startSandbox({
      host: settings.host,
      port: settings.port,
      psk: settings.psk,
      faults: settings.faults,
      seed: settings.seed,
      log: (line) => io.stdout.write(`${new Date().toISOString()} ${line}\n`),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `nx1-migrate sandbox: cannot listen on ${settings.host} port ${settings.port}: ${reason}; choose another --port, or 0 for a free one\n`,
    );
    return 1;
  }

  io.stdout.write(`Nx1 sandbox listening on ${sandbox.url}\n`);
  io.stdout.write(`API endpoint: POST ${sandbox.url}${RUNS_PATH}\n`);
  if (settings.pskSource === "generated") {
    // A throwaway credential for this process only, printed so that the user can copy it.
    io.stdout.write(`Authorization-PSK (generated for this sandbox): ${settings.psk}\n`);
  } else {
    io.stdout.write(`Authorization-PSK: the value of ${settings.pskSource}\n`);
  }
  for (const fault of settings.faults) io.stdout.write(`Fault: ${JSON.stringify(fault)}\n`);
  io.stdout.write("Press Ctrl-C to stop.\n");

  const signalName = await waitForStop(io.signal);
  io.stdout.write(
    `Stopping the sandbox (${signalName}); ${sandbox.runs().length} run(s) were created.\n`,
  );
  await sandbox.close();
  return 0;
}

/**
 * Parses the command line into settings, or "help". Throws SandboxUsageError or
 * FaultSpecError on a wrong command line. A PSK is generated when neither
 * --psk nor NX1_SANDBOX_PSK gives one.
 */
export function parseSandboxArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): SandboxSettings | "help" {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        psk: { type: "string" },
        fault: { type: "string", multiple: true },
        seed: { type: "string" },
        "allow-remote": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new SandboxUsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return "help";

  const rawHost = values.host ?? "127.0.0.1";
  const host = rawHost.startsWith("[") && rawHost.endsWith("]") ? rawHost.slice(1, -1) : rawHost;
  if (host === "")
    throw new SandboxUsageError("--host must not be empty; for example --host 127.0.0.1");
  if (!isLoopbackHost(host) && !values["allow-remote"]) {
    throw new SandboxUsageError(
      `--host ${JSON.stringify(rawHost)} is not a loopback address. The sandbox accepts any ` +
        "well-formed run and prints its credential, so other machines should not reach it. " +
        "Use 127.0.0.1, or add --allow-remote if you really want that",
    );
  }

  const port = integerOption("port", values.port, 0, 65535, 0);
  const seed = integerOption("seed", values.seed, 0, 0xffffffff, 1);
  const faults = (values.fault ?? []).map(parseFaultArgument);

  if (values.psk !== undefined) {
    if (values.psk === "") throw new SandboxUsageError("--psk must not be empty");
    return { host, port, seed, faults, psk: values.psk, pskSource: "--psk" };
  }
  const fromEnv = env.NX1_SANDBOX_PSK;
  if (fromEnv !== undefined && fromEnv !== "") {
    return { host, port, seed, faults, psk: fromEnv, pskSource: "NX1_SANDBOX_PSK" };
  }
  const psk = randomBytes(24).toString("base64url");
  return { host, port, seed, faults, psk, pskSource: "generated" };
}

function integerOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max)) {
    throw new SandboxUsageError(
      `invalid --${name} ${JSON.stringify(value)}; expected a whole number from ${min} to ${max}`,
    );
  }
  return number;
}

/** Resolves with the name of whatever stopped the sandbox, and removes the signal handlers. */
function waitForStop(abort: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    const stop = (name: string) => {
      process.off("SIGINT", onInterrupt);
      process.off("SIGTERM", onTerminate);
      abort?.removeEventListener("abort", onAbort);
      resolve(name);
    };
    const onInterrupt = () => stop("SIGINT");
    const onTerminate = () => stop("SIGTERM");
    const onAbort = () => stop("abort signal");
    process.once("SIGINT", onInterrupt);
    process.once("SIGTERM", onTerminate);
    if (abort?.aborted) stop("abort signal");
    else abort?.addEventListener("abort", onAbort, { once: true });
  });
}
