// The command-line front end: picks the command, runs it, maps the result
// to an exit status. Commands are loaded on demand so that `validate` does
// not pay for the HTTP, git and GitHub modules at start-up.

import { VERSION } from "../version.js";
import type { Io } from "./io.js";
import { UsageError } from "./usage-error.js";

type Command = (argv: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: "check manifests against the schema and the rules",
    load: async () => (await import("./commands/validate.js")).validateCommand,
  },
  plan: {
    summary: "show what apply would submit",
    load: async () => (await import("./commands/plan.js")).planCommand,
  },
  apply: {
    summary: "submit changed manifests and record the runs",
    load: async () => (await import("./commands/apply.js")).applyCommand,
  },
  adopt: {
    summary: "record current manifests as submitted, without calling the API",
    load: async () => (await import("./commands/adopt.js")).adoptCommand,
  },
  resolve: {
    summary: "settle a blocked manifest with a run id, or discard it",
    load: async () => (await import("./commands/resolve.js")).resolveCommand,
  },
  schema: {
    summary: "print the manifest or config JSON Schema",
    load: async () => (await import("./commands/schema.js")).schemaCommand,
  },
  sandbox: {
    summary: "run a local Nx1-compatible API server",
    load: async () => (await import("./commands/sandbox.js")).sandboxCommand,
  },
};

export const MAIN_HELP = `Usage: nx1-migrate <command> [options]

Data migrations on the Nx1 platform, declared as YAML manifests in git.

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)
  .join("\n")}

Run \`nx1-migrate <command> --help\` for the options of a command.
Options: --version, --help
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  try {
    if (!entry) {
      const { suggest } = await import("../manifest/schema-diagnostics.js");
      const guess = suggest(name, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command ${JSON.stringify(name)}${guess ? `; did you mean \`${guess}\`?` : "."} Run \`nx1-migrate --help\` for the list`,
      );
    }
    const command = await entry.load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`nx1-migrate: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`nx1-migrate: error: ${message}\n`);
    if (io.env.NX1_DEBUG === "1" && error instanceof Error && error.stack)
      io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
