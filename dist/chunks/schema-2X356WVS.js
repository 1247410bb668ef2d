import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  choice,
  parseCommandArgs
} from "./chunk-WTGXQXUI.js";
import "./chunk-CFXFCYK2.js";
import "./chunk-ZAHGKAMQ.js";
import "./chunk-RVDFPOOV.js";

// schemas/manifest.schema.json
var manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:nx1-migrate:schemas/manifest.schema.json",
  title: "nx1-migrate manifest",
  description: "One Nx1 data migration run, declared as code. `spec` is the request body sent to POST /api/migration/data-migration/runs.",
  type: "object",
  additionalProperties: false,
  required: [
    "apiVersion",
    "kind",
    "spec"
  ],
  properties: {
    apiVersion: {
      description: "Version of the manifest format.",
      const: "nx1-migrate/v1"
    },
    kind: {
      description: "Kind of manifest.",
      const: "DataMigrationRun"
    },
    metadata: {
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
          description: "Identity of the migration: its status file and history follow the name, not the file path. Defaults to the file name without extension."
        },
        description: {
          type: "string",
          description: "What this migration does, for reviewers and reports."
        },
        revision: {
          type: "integer",
          minimum: 0,
          description: "Counter to raise when an unchanged manifest should start a new run. Default 0."
        },
        labels: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          propertyNames: {
            pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$"
          },
          description: "Free-form key and value pairs shown in reports. They do not start a new run."
        }
      }
    },
    spec: {
      $ref: "#/$defs/ManifestSpec"
    }
  },
  $defs: {
    DataMigrationTableRow: {
      properties: {
        database: {
          type: "string",
          title: "Database"
        },
        table: {
          type: "string",
          title: "Table",
          default: "*"
        },
        dest_database: {
          type: [
            "string",
            "null"
          ],
          title: "Dest Database"
        },
        bucket: {
          type: [
            "string",
            "null"
          ],
          title: "Bucket"
        },
        endpoint: {
          type: [
            "string",
            "null"
          ],
          title: "Endpoint"
        },
        partition_filter: {
          type: [
            "string",
            "null"
          ],
          title: "Partition Filter"
        }
      },
      type: "object",
      required: [
        "database"
      ],
      title: "DataMigrationTableRow",
      description: "Row for migrating a Hive table to S3.",
      additionalProperties: false
    },
    FolderCopyTableRow: {
      properties: {
        source_path: {
          type: "string",
          title: "Source Path"
        },
        target_bucket: {
          type: "string",
          title: "Target Bucket"
        },
        dest_folder: {
          type: [
            "string",
            "null"
          ],
          title: "Dest Folder"
        },
        endpoint: {
          type: [
            "string",
            "null"
          ],
          title: "Endpoint"
        }
      },
      type: "object",
      required: [
        "source_path",
        "target_bucket"
      ],
      title: "FolderCopyTableRow",
      description: "Row for folder-only copy migrations.",
      additionalProperties: false
    },
    MetadataMigrationTableRow: {
      properties: {
        database: {
          type: "string",
          title: "Database"
        },
        table: {
          type: "string",
          title: "Table",
          default: "*"
        },
        inplace_migration: {
          type: "boolean",
          title: "Inplace Migration",
          default: true
        },
        destination_iceberg_database: {
          type: [
            "string",
            "null"
          ],
          title: "Destination Iceberg Database"
        }
      },
      type: "object",
      required: [
        "database"
      ],
      title: "MetadataMigrationTableRow",
      description: "Row for Hive\u2192Iceberg metadata-only migrations.",
      additionalProperties: false
    },
    MigrationTypeEnum: {
      type: "string",
      enum: [
        "file_only",
        "data_hive_to_hive",
        "data_hive_to_iceberg",
        "metadata_hive_to_iceberg"
      ],
      title: "MigrationTypeEnum"
    },
    SourceFormatEnum: {
      type: "string",
      enum: [
        "mapr",
        "hdfs",
        "s3"
      ],
      title: "SourceFormatEnum"
    },
    ManifestSpec: {
      properties: {
        source_format: {
          $ref: "#/$defs/SourceFormatEnum"
        },
        migration_type: {
          $ref: "#/$defs/MigrationTypeEnum"
        },
        default_s3_bucket: {
          type: "string",
          title: "Default S3 Bucket"
        },
        tracking_database: {
          type: "string",
          title: "Tracking Database"
        },
        tracking_location: {
          type: "string",
          title: "Tracking Location"
        },
        report_output_location: {
          type: "string",
          title: "Report Output Location"
        },
        s3_access_key: {
          type: [
            "string",
            "null"
          ],
          title: "S3 Access Key"
        },
        s3_secret_key: {
          type: [
            "string",
            "null"
          ],
          title: "S3 Secret Key"
        },
        s3_endpoint: {
          type: [
            "string",
            "null"
          ],
          title: "S3 Endpoint"
        },
        distcp_mappers: {
          type: "integer",
          title: "Distcp Mappers",
          default: 50
        },
        distcp_bandwidth: {
          type: "integer",
          title: "Distcp Bandwidth",
          default: 100
        },
        email_recipients: {
          type: [
            "string",
            "null"
          ],
          title: "Email Recipients"
        },
        mapr_user: {
          type: [
            "string",
            "null"
          ],
          title: "Mapr User"
        },
        mapr_ticketfile_location: {
          type: [
            "string",
            "null"
          ],
          title: "Mapr Ticketfile Location"
        },
        kinit_principal: {
          type: [
            "string",
            "null"
          ],
          title: "Kinit Principal"
        },
        kinit_keytab: {
          type: [
            "string",
            "null"
          ],
          title: "Kinit Keytab"
        },
        kinit_password: {
          type: [
            "string",
            "null"
          ],
          title: "Kinit Password"
        },
        inplace_iceberg_migration: {
          type: "boolean",
          title: "Inplace Iceberg Migration",
          default: false
        },
        migration_tables: {
          items: {
            $ref: "#/$defs/DataMigrationTableRow"
          },
          type: [
            "array",
            "null"
          ],
          title: "Migration Tables"
        },
        metadata_tables: {
          items: {
            $ref: "#/$defs/MetadataMigrationTableRow"
          },
          type: [
            "array",
            "null"
          ],
          title: "Metadata Tables"
        },
        folder_tables: {
          items: {
            $ref: "#/$defs/FolderCopyTableRow"
          },
          type: [
            "array",
            "null"
          ],
          title: "Folder Tables"
        }
      },
      type: "object",
      title: "Manifest spec",
      description: "The DataMigrationRunRequest sent to the Nx1 API, before the repository defaults are merged under it.",
      additionalProperties: false
    }
  }
};

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:nx1-migrate:schemas/config.schema.json",
  title: "nx1-migrate repository config",
  description: "Where manifests, status files and reports live, and defaults shared by every manifest.",
  type: "object",
  additionalProperties: false,
  properties: {
    manifests: {
      description: "Glob patterns of manifest files, relative to the config file. Default migrations/**/*.yaml and migrations/**/*.yml.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      minItems: 1
    },
    exclude: {
      description: "Glob patterns of files to skip even when `manifests` matches them.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    ledger: {
      type: "object",
      additionalProperties: false,
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "Folder of the status files. Default .nx1-migrate/status."
        },
        branch: {
          type: "string",
          minLength: 1,
          description: "Keep status files and reports on this branch instead of the checked-out one, for repositories whose default branch rejects bot pushes. Created on first use."
        }
      }
    },
    reports: {
      type: "object",
      additionalProperties: false,
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "Folder of the rendered reports. Default .nx1-migrate/reports."
        },
        enabled: {
          type: "boolean",
          description: "Render and commit reports. Default true."
        }
      }
    },
    api: {
      type: "object",
      additionalProperties: false,
      properties: {
        url: {
          type: "string",
          pattern: "^https?://",
          description: "Base URL of the Nx1 API. NX1_API_URL and --api-url take precedence."
        },
        timeout_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 3600,
          description: "Timeout of one request, in seconds. Default 30."
        },
        concurrency: {
          type: "integer",
          minimum: 1,
          maximum: 64,
          description: "Requests in flight at once during apply. Default 4."
        }
      }
    },
    defaults: {
      description: "Spec fields merged under every manifest's spec. A manifest's own value wins.",
      $ref: "urn:nx1-migrate:schemas/manifest.schema.json#/$defs/ManifestSpec"
    },
    rules: {
      description: "Severity per rule id: error, warning or off.",
      type: "object",
      additionalProperties: {
        enum: [
          "error",
          "warning",
          "off"
        ]
      },
      propertyNames: {
        pattern: "^[a-z0-9-]+$"
      }
    },
    templates: {
      type: "object",
      additionalProperties: false,
      description: "Handlebars templates that replace the shipped ones, relative to the config file.",
      properties: {
        plan: {
          type: "string",
          minLength: 1
        },
        report: {
          type: "string",
          minLength: 1
        },
        index: {
          type: "string",
          minLength: 1
        },
        apply: {
          type: "string",
          minLength: 1
        }
      }
    },
    git: {
      type: "object",
      additionalProperties: false,
      properties: {
        remote: {
          type: "string",
          minLength: 1,
          description: "Remote to push to. Default origin."
        },
        author_name: {
          type: "string",
          minLength: 1,
          description: "Author of ledger commits. Default github-actions[bot]."
        },
        author_email: {
          type: "string",
          minLength: 3,
          description: "Email of the ledger commit author."
        }
      }
    }
  }
};

// src/cli/commands/schema.ts
var SCHEMA_HELP = `Usage: nx1-migrate schema [--kind manifest|config]

Print the JSON Schema (2020-12) of a manifest, or of the repository config,
for editors and other tools.

Options:
  --kind manifest|config   which schema (default manifest)
  -h, --help               show this help
`;
async function schemaCommand(argv, io) {
  const { values } = parseCommandArgs(
    "schema",
    argv,
    { kind: { type: "string" }, help: { type: "boolean", short: "h" } },
    false
  );
  if (values.help) {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  const kind = choice("kind", values.kind, ["manifest", "config"], "manifest");
  io.stdout.write(
    `${JSON.stringify(kind === "manifest" ? manifest_schema_default : config_schema_default, null, 2)}
`
  );
  return 0;
}
export {
  SCHEMA_HELP,
  schemaCommand
};
