import manifestSchema from "../../../schemas/manifest.schema.json" with { type: "json" };
import configSchema from "../../../schemas/config.schema.json" with { type: "json" };
import { choice, parseCommandArgs } from "../args.js";
import type { Io } from "../io.js";

export const SCHEMA_HELP = `Usage: nx1-migrate schema [--kind manifest|config]

Print the JSON Schema (2020-12) of a manifest, or of the repository config,
for editors and other tools.

Options:
  --kind manifest|config   which schema (default manifest)
  -h, --help               show this help
`;

export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(
    "schema",
    argv,
    { kind: { type: "string" }, help: { type: "boolean", short: "h" } },
    false,
  );
  if (values.help) {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  const kind = choice("kind", values.kind, ["manifest", "config"] as const, "manifest");
  io.stdout.write(
    `${JSON.stringify(kind === "manifest" ? manifestSchema : configSchema, null, 2)}\n`,
  );
  return 0;
}
