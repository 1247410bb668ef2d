// `npm run demo`: the main job end to end on the sandbox. It builds the
// tool, makes a temporary git repository with a bare remote, seeded with
// examples/, starts the sandbox on a free loopback port, runs validate, plan
// and apply, shows what apply recorded, runs plan again, and cleans up.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
const keep = process.argv.includes("--keep");
const temp = mkdtempSync(join(tmpdir(), "nx1-migrate-demo-"));
const origin = join(temp, "origin.git");
const work = join(temp, "work");
const psk = `demo-${Math.random().toString(36).slice(2)}`;

// Dummy values for the ${env:NAME} references in examples/; apply reads them at submit time.
const secrets = {
  FINANCE_KINIT_PASSWORD: "demo-kinit-password",
  WAREHOUSE_S3_ACCESS_KEY: "demo-warehouse-access-key",
  WAREHOUSE_S3_SECRET_KEY: "demo-warehouse-secret-key",
  ARCHIVE_S3_ACCESS_KEY: "demo-archive-access-key",
  ARCHIVE_S3_SECRET_KEY: "demo-archive-secret-key",
};
const gitEnv = {
  GIT_AUTHOR_NAME: "Demo User",
  GIT_AUTHOR_EMAIL: "demo@example.com",
  GIT_COMMITTER_NAME: "Demo User",
  GIT_COMMITTER_EMAIL: "demo@example.com",
};

function heading(text) {
  process.stdout.write(`\n=== ${text}\n\n`);
}

function git(args, cwd = work) {
  return execFileSync("git", args, { cwd, env: { ...process.env, ...gitEnv }, encoding: "utf8" });
}

/** Runs the built CLI in the work repository and returns its exit status; output goes to the terminal. */
function nx1(args, env = {}) {
  process.stdout.write(`$ nx1-migrate ${args.join(" ")}\n`);
  try {
    execFileSync(process.execPath, [cli, ...args], {
      cwd: work,
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: "inherit",
    });
    return 0;
  } catch (error) {
    return error.status ?? 1;
  }
}

function expectStatus(step, status) {
  if (status !== 0) throw new Error(`${step} exited with ${status}`);
}

/** Starts the sandbox on a free port and resolves with its URL once it listens. */
function startSandbox() {
  const child = spawn(process.execPath, [cli, "sandbox", "--port", "0", "--psk", psk], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`the sandbox did not start within 10 s:\n${output}`)),
      10_000,
    );
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited with ${code}:\n${output}`));
    });
  });
}

let sandbox;
try {
  heading("Build");
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs")], {
    cwd: root,
    stdio: "inherit",
  });
  process.stdout.write("Built dist/cli.js and dist/index.js.\n");

  heading("Workspace: a bare origin and a clone seeded with examples/");
  git(["init", "--quiet", "--bare", "--initial-branch=main", origin], temp);
  git(["clone", "--quiet", origin, work], temp);
  cpSync(join(root, "examples"), work, { recursive: true });
  git(["checkout", "--quiet", "-B", "main"]);
  git(["add", "--all"]);
  git(["commit", "--quiet", "--message", "Add migration manifests"]);
  git(["push", "--quiet", "origin", "main"]);
  process.stdout.write(
    `${work}\n${readdirSync(join(work, "migrations"))
      .map((name) => `  migrations/${name}`)
      .join("\n")}\n`,
  );

  heading("Sandbox");
  sandbox = await startSandbox();
  process.stdout.write(`Nx1 sandbox listening on ${sandbox.url}\n`);
  const apiEnv = { NX1_API_URL: sandbox.url, NX1_API_KEY: psk, ...secrets };

  heading("Validate");
  expectStatus("validate", nx1(["validate"]));

  heading("Plan");
  expectStatus("plan", nx1(["plan"]));

  heading("Apply");
  expectStatus("apply", nx1(["apply"], apiEnv));

  heading("What apply recorded");
  const { runs } = await (
    await fetch(`${sandbox.url}/__sandbox/runs`, { headers: { "Authorization-PSK": psk } })
  ).json();
  process.stdout.write(
    `The sandbox created ${runs.length} runs.\n\nRun ids in the status files (.nx1-migrate/status):\n`,
  );
  const statusDir = join(work, ".nx1-migrate", "status");
  for (const file of readdirSync(statusDir).sort()) {
    const status = JSON.parse(readFileSync(join(statusDir, file), "utf8"));
    process.stdout.write(
      `  ${status.name.padEnd(32)} ${status.state.padEnd(10)} ${status.last_submitted?.run_id ?? "-"}\n`,
    );
  }
  process.stdout.write(
    `\nReports (.nx1-migrate/reports):\n${readdirSync(join(work, ".nx1-migrate", "reports"))
      .sort()
      .map((name) => `  ${name}`)
      .join("\n")}\n`,
  );
  process.stdout.write(
    `\ngit log of origin/main:\n${git(["log", "--format=  %h %s", "origin/main"])}`,
  );

  heading("Plan again: nothing is left to do");
  expectStatus("second plan", nx1(["plan"]));
  heading("Apply again: nothing is submitted twice");
  expectStatus("second apply", nx1(["apply"], apiEnv));
  const { runs: after } = await (
    await fetch(`${sandbox.url}/__sandbox/runs`, { headers: { "Authorization-PSK": psk } })
  ).json();
  if (after.length !== runs.length)
    throw new Error(`the second apply created ${after.length - runs.length} more runs`);
  process.stdout.write(`\nThe sandbox still has ${after.length} runs. Demo finished.\n`);
  if (keep) process.stdout.write(`The workspace is kept at ${work}\n`);
} catch (error) {
  process.stderr.write(
    `\ndemo failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  sandbox?.child.kill("SIGTERM");
  if (!keep) rmSync(temp, { recursive: true, force: true });
}
