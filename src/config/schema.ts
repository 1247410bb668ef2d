// JSON Schema of the repository config, `.nx1-migrate.yaml`. The schema
// generator writes it to schemas/config.schema.json and compiles it.

export const CONFIG_FILE_NAME = ".nx1-migrate.yaml";

const severity = { enum: ["error", "warning", "off"] };

/** Returns the config JSON Schema. `defaults` refers to the manifest spec schema. */
export function configSchema(specSchemaId: string): Record<string, unknown> {
  return {
    title: "nx1-migrate repository config",
    description:
      "Where manifests, status files and reports live, and defaults shared by every manifest.",
    type: "object",
    additionalProperties: false,
    properties: {
      manifests: {
        description:
          "Glob patterns of manifest files, relative to the config file. Default migrations/**/*.yaml and migrations/**/*.yml.",
        type: "array",
        items: { type: "string", minLength: 1 },
        minItems: 1,
      },
      exclude: {
        description: "Glob patterns of files to skip even when `manifests` matches them.",
        type: "array",
        items: { type: "string", minLength: 1 },
      },
      ledger: {
        type: "object",
        additionalProperties: false,
        properties: {
          path: {
            type: "string",
            minLength: 1,
            description: "Folder of the status files. Default .nx1-migrate/status.",
          },
          branch: {
            type: "string",
            minLength: 1,
            description:
              "Keep status files and reports on this branch instead of the checked-out one, for repositories whose default branch rejects bot pushes. Created on first use.",
          },
        },
      },
      reports: {
        type: "object",
        additionalProperties: false,
        properties: {
          path: {
            type: "string",
            minLength: 1,
            description: "Folder of the rendered reports. Default .nx1-migrate/reports.",
          },
          enabled: { type: "boolean", description: "Render and commit reports. Default true." },
        },
      },
      api: {
        type: "object",
        additionalProperties: false,
        properties: {
          url: {
            type: "string",
            pattern: "^https?://",
            description: "Base URL of the Nx1 API. NX1_API_URL and --api-url take precedence.",
          },
          timeout_seconds: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 3600,
            description: "Timeout of one request, in seconds. Default 30.",
          },
          concurrency: {
            type: "integer",
            minimum: 1,
            maximum: 64,
            description: "Requests in flight at once during apply. Default 4.",
          },
        },
      },
      defaults: {
        description: "Spec fields merged under every manifest's spec. A manifest's own value wins.",
        $ref: `${specSchemaId}#/$defs/ManifestSpec`,
      },
      rules: {
        description: "Severity per rule id: error, warning or off.",
        type: "object",
        additionalProperties: severity,
        propertyNames: { pattern: "^[a-z0-9-]+$" },
      },
      templates: {
        type: "object",
        additionalProperties: false,
        description:
          "Handlebars templates that replace the shipped ones, relative to the config file.",
        properties: {
          plan: { type: "string", minLength: 1 },
          report: { type: "string", minLength: 1 },
          index: { type: "string", minLength: 1 },
          apply: { type: "string", minLength: 1 },
        },
      },
      git: {
        type: "object",
        additionalProperties: false,
        properties: {
          remote: {
            type: "string",
            minLength: 1,
            description: "Remote to push to. Default origin.",
          },
          author_name: {
            type: "string",
            minLength: 1,
            description: "Author of ledger commits. Default github-actions[bot].",
          },
          author_email: {
            type: "string",
            minLength: 3,
            description: "Email of the ledger commit author.",
          },
        },
      },
    },
  };
}
