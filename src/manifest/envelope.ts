// The manifest envelope: the fields around the request body. The schema
// generator wraps the contract's DataMigrationRunRequest in this, and the
// loader and the fingerprint read the same constants.

/** Base of the `$id` of every generated schema. It names the schemas and is never fetched. */
export const SCHEMA_BASE_URL = "urn:nx1-migrate:schemas";

export const API_VERSION = "nx1-migrate/v1";
export const KIND = "DataMigrationRun";

/**
 * Pattern of a manifest name. Names become status file names, so they are
 * limited to characters that are safe in a path on every file system.
 */
export const NAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";

/** Returns the envelope part of the manifest JSON Schema, with the spec as a `$defs` reference. */
export function manifestEnvelope(): Record<string, unknown> {
  return {
    title: "nx1-migrate manifest",
    description:
      "One Nx1 data migration run, declared as code. `spec` is the request body sent to POST /api/migration/data-migration/runs.",
    type: "object",
    additionalProperties: false,
    required: ["apiVersion", "kind", "spec"],
    properties: {
      apiVersion: {
        description: "Version of the manifest format.",
        const: API_VERSION,
      },
      kind: {
        description: "Kind of manifest.",
        const: KIND,
      },
      metadata: {
        type: "object",
        additionalProperties: false,
        properties: {
          name: {
            type: "string",
            pattern: NAME_PATTERN,
            description:
              "Identity of the migration: its status file and history follow the name, not the file path. Defaults to the file name without extension.",
          },
          description: {
            type: "string",
            description: "What this migration does, for reviewers and reports.",
          },
          revision: {
            type: "integer",
            minimum: 0,
            description:
              "Counter to raise when an unchanged manifest should start a new run. Default 0.",
          },
          labels: {
            type: "object",
            additionalProperties: { type: "string" },
            propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$" },
            description:
              "Free-form key and value pairs shown in reports. They do not start a new run.",
          },
        },
      },
      spec: { $ref: "#/$defs/ManifestSpec" },
    },
  };
}
