import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-M67JKKTL.js";
import {
  processIo
} from "./chunks/chunk-O4P2WUOQ.js";
import {
  UsageError
} from "./chunks/chunk-CFXFCYK2.js";
import "./chunks/chunk-RVDFPOOV.js";

// src/cli/main.ts
var COMMANDS = {
  validate: {
    summary: "check manifests against the schema and the rules",
    load: async () => (await import("./chunks/validate-J2VAQWLC.js")).validateCommand
  },
  plan: {
    summary: "show what apply would submit",
    load: async () => (await import("./chunks/plan-QU57ENCP.js")).planCommand
  },
  apply: {
    summary: "submit changed manifests and record the runs",
    load: async () => (await import("./chunks/apply-QIDV7C5G.js")).applyCommand
  },
  adopt: {
    summary: "record current manifests as submitted, without calling the API",
    load: async () => (await import("./chunks/adopt-R76ZFFC2.js")).adoptCommand
  },
  resolve: {
    summary: "settle a blocked manifest with a run id, or discard it",
    load: async () => (await import("./chunks/resolve-FN5D23F3.js")).resolveCommand
  },
  schema: {
    summary: "print the manifest or config JSON Schema",
    load: async () => (await import("./chunks/schema-2X356WVS.js")).schemaCommand
  },
  sandbox: {
    summary: "run a local Nx1-compatible API server",
    load: async () => (await import("./chunks/sandbox-O6DQFAML.js")).sandboxCommand
  }
};
var MAIN_HELP = `Usage: nx1-migrate <command> [options]

Data migrations on the Nx1 platform, declared as YAML manifests in git.

Commands:
${Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`).join("\n")}

Run \`nx1-migrate <command> --help\` for the options of a command.
Options: --version, --help
`;
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(MAIN_HELP);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const entry = COMMANDS[name];
  try {
    if (!entry) {
      const { suggest } = await import("./chunks/schema-diagnostics-PORZF4QP.js");
      const guess = suggest(name, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}${guess ? `; did you mean \`${guess}\`?` : "."} Run \`nx1-migrate --help\` for the list`
      );
    }
    const command = await entry.load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`nx1-migrate: ${error.message}
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`nx1-migrate: error: ${message}
`);
    if (io.env.NX1_DEBUG === "1" && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}
`);
    return 1;
  }
}

// src/cli/bin.ts
main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `nx1-migrate: internal error: ${error instanceof Error ? error.message : String(error)}
`
    );
    process.exitCode = 1;
  }
);
