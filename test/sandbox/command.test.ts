import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  parseSandboxArgs,
  runSandboxCommand,
  SANDBOX_HELP,
  SandboxUsageError,
  type SandboxSettings,
} from "../../src/sandbox/command.js";
import { postRun, validRequest } from "./http-client.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Collects what a command writes, and exposes the text written so far. */
function capture() {
  const chunks: string[] = [];
  return {
    write: (text: string) => chunks.push(text),
    text: () => chunks.join(""),
  };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function listeningUrl(text: string): string | undefined {
  return /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1];
}

describe("runSandboxCommand", () => {
  it("prints help", async () => {
    const stdout = capture();
    const code = await runSandboxCommand(["--help"], { stdout, stderr: capture() });
    expect(code).toBe(0);
    expect(stdout.text()).toBe(SANDBOX_HELP);
    expect(stdout.text()).toContain("status=CODE[:retry-after=S]");
  });

  it("serves until aborted", async () => {
    const stdout = capture();
    const controller = new AbortController();
    const running = runSandboxCommand(["--psk", "cli-psk"], {
      stdout,
      stderr: capture(),
      env: {},
      signal: controller.signal,
    });
    await waitFor(() => listeningUrl(stdout.text()) !== undefined, "the URL line");
    const url = listeningUrl(stdout.text()) as string;

    const result = await postRun(url, validRequest(), {
      headers: { "content-type": "application/json", "authorization-psk": "cli-psk" },
    });
    expect(result.status).toBe(201);
    await waitFor(() => stdout.text().includes(" 201 run_id="), "the request log line");

    controller.abort();
    expect(await running).toBe(0);
    expect(stdout.text()).toContain("1 run(s) were created");
    expect(stdout.text()).not.toContain("cli-psk");
  });

  it("prints a generated PSK once", async () => {
    const stdout = capture();
    const controller = new AbortController();
    const running = runSandboxCommand([], {
      stdout,
      stderr: capture(),
      env: {},
      signal: controller.signal,
    });
    await waitFor(() => stdout.text().includes("Press Ctrl-C"), "the start-up lines");
    const psk = /Authorization-PSK \(generated for this sandbox\): (\S+)/.exec(stdout.text())?.[1];
    expect(psk).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const url = listeningUrl(stdout.text()) as string;
    const accepted = await postRun(url, validRequest(), {
      headers: { "content-type": "application/json", "authorization-psk": psk as string },
    });
    expect(accepted.status).toBe(201);
    controller.abort();
    await running;
    expect(stdout.text().split(psk as string)).toHaveLength(2);
  });

  it("reads NX1_SANDBOX_PSK without printing it", async () => {
    const stdout = capture();
    const controller = new AbortController();
    const running = runSandboxCommand([], {
      stdout,
      stderr: capture(),
      env: { NX1_SANDBOX_PSK: "env-psk-value" },
      signal: controller.signal,
    });
    await waitFor(() => stdout.text().includes("Press Ctrl-C"), "the start-up lines");
    const url = listeningUrl(stdout.text()) as string;
    const result = await postRun(url, validRequest(), {
      headers: { "content-type": "application/json", "authorization-psk": "env-psk-value" },
    });
    expect(result.status).toBe(201);
    controller.abort();
    await running;
    expect(stdout.text()).toContain("the value of NX1_SANDBOX_PSK");
    expect(stdout.text()).not.toContain("env-psk-value");
  });

  it("applies --fault options", async () => {
    const stdout = capture();
    const controller = new AbortController();
    const running = runSandboxCommand(
      ["--psk", "k", "--fault", "status=503:retry-after=1:times=1"],
      { stdout, stderr: capture(), env: {}, signal: controller.signal },
    );
    await waitFor(() => stdout.text().includes("Press Ctrl-C"), "the start-up lines");
    const url = listeningUrl(stdout.text()) as string;
    const headers = { "content-type": "application/json", "authorization-psk": "k" };
    const first = await postRun(url, validRequest(), { headers });
    const second = await postRun(url, validRequest(), { headers });
    controller.abort();
    await running;
    expect(first.status).toBe(503);
    expect(first.headers["retry-after"]).toBe("1");
    expect(second.status).toBe(201);
  });

  describe("exit 2", () => {
    it.each([
      [["--port", "70000"], 'invalid --port "70000"; expected a whole number from 0 to 65535'],
      [["--port", "-1"], "--port"],
      [["--seed", "x"], 'invalid --seed "x"'],
      [
        ["--fault", "status=404"],
        'invalid --fault "status=404": status must be one of 500, 502, 503, 429',
      ],
      [["--fault", "slow"], 'invalid --fault "slow": kind must be one of latency'],
      [["--verbose"], "Unknown option '--verbose'"],
      [["extra"], "extra"],
      [["--psk", ""], "--psk must not be empty"],
      [["--host", "0.0.0.0"], "is not a loopback address"],
      [["--host", "10.1.2.3"], "--allow-remote"],
    ])("for %j", async (argv, message) => {
      const stderr = capture();
      const code = await runSandboxCommand(argv, { stdout: capture(), stderr, env: {} });
      expect(code).toBe(2);
      expect(stderr.text()).toContain(message);
      expect(stderr.text()).toContain("nx1-migrate sandbox --help");
    });
  });

  describe("exit 1", () => {
    let blocker: Server | undefined;
    afterEach(async () => {
      await new Promise((resolve) => blocker?.close(resolve) ?? resolve(undefined));
    });

    it("when the port is in use", async () => {
      blocker = createServer();
      await new Promise<void>((resolve) => blocker?.listen(0, "127.0.0.1", resolve));
      const port = (blocker.address() as { port: number }).port;
      const stderr = capture();
      const code = await runSandboxCommand(["--port", String(port)], {
        stdout: capture(),
        stderr,
        env: {},
      });
      expect(code).toBe(1);
      expect(stderr.text()).toContain(`cannot listen on 127.0.0.1 port ${port}`);
      expect(stderr.text()).toContain("EADDRINUSE");
    });
  });
});

describe("parseSandboxArgs", () => {
  function parsed(argv: string[], env: NodeJS.ProcessEnv = {}): SandboxSettings {
    const settings = parseSandboxArgs(argv, env);
    if (settings === "help") throw new Error("unexpected help");
    return settings;
  }

  it("defaults to loopback and a free port", () => {
    const settings = parsed([]);
    expect(settings.host).toBe("127.0.0.1");
    expect(settings.port).toBe(0);
    expect(settings.seed).toBe(1);
    expect(settings.pskSource).toBe("generated");
  });

  it("accepts a remote host with --allow-remote", () => {
    expect(parsed(["--host", "0.0.0.0", "--allow-remote"]).host).toBe("0.0.0.0");
  });

  it.each(["localhost", "127.0.0.2", "::1", "[::1]"])("accepts loopback %s", (host) => {
    expect(parsed(["--host", host]).host).toBe(host.replace(/^\[|\]$/g, ""));
  });

  it("prefers --psk over the environment", () => {
    const settings = parsed(["--psk", "flag"], { NX1_SANDBOX_PSK: "env" });
    expect(settings.psk).toBe("flag");
    expect(settings.pskSource).toBe("--psk");
  });

  it("keeps --fault order", () => {
    const settings = parsed(["--fault", "latency=5", "--fault", "hang=body:times=1"]);
    expect(settings.faults).toEqual([
      { kind: "latency", ms: 5 },
      { kind: "hang", during: "body", times: 1 },
    ]);
  });

  it("throws SandboxUsageError for a remote host", () => {
    expect(() => parseSandboxArgs(["--host", "192.168.1.10"], {})).toThrow(SandboxUsageError);
  });
});

describe("as a process", () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child?.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
    child = undefined;
  });

  it.each(["SIGINT", "SIGTERM"] as const)("stops on %s", async (signal) => {
    child = spawn(
      process.execPath,
      ["--import", "tsx", "test/sandbox/fixtures/sandbox-main.ts", "--psk", "process-psk"],
      {
        cwd: root,
        env: { ...process.env, NX1_SANDBOX_PSK: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) =>
      child?.once("exit", (code) => resolve(code)),
    );

    await waitFor(() => listeningUrl(output) !== undefined, `the URL line in: ${output}`);
    const url = listeningUrl(output) as string;
    const result = await postRun(url, validRequest(), {
      headers: { "content-type": "application/json", "authorization-psk": "process-psk" },
    });
    expect(result.status).toBe(201);

    process.kill(child.pid as number, signal);
    expect(await exited).toBe(0);
    expect(output).toContain(`Stopping the sandbox (${signal}); 1 run(s) were created.`);
  });
});
