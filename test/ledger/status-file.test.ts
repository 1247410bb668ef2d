// Status file serialization: a fixed key order and a final newline, so that
// every change reads as a small diff in git, and a lossless round trip.

import { describe, expect, it } from "vitest";
import { parseStatus } from "../../src/ledger/parse-status.js";
import { serializeStatus } from "../../src/ledger/status-file.js";
import type { StatusFile } from "../../src/ledger/status-file.js";
import { FINGERPRINT, NOW, RUN_ID, submittedEntry } from "../fixtures/status.js";

const EXPECTED = `{
  "format": 1,
  "name": "orders",
  "state": "submitted",
  "fingerprint": "${FINGERPRINT}",
  "updated_at": "${NOW}",
  "source": {
    "path": "migrations/orders.yaml",
    "blob": "0123456789abcdef0123456789abcdef01234567",
    "config": "cafe"
  },
  "request": {
    "migration_tables": [
      {
        "database": "sales",
        "table": "orders"
      }
    ],
    "migration_type": "data_hive_to_iceberg",
    "source_format": "hdfs"
  },
  "last_submitted": {
    "fingerprint": "${FINGERPRINT}",
    "run_id": "${RUN_ID}",
    "request": {
      "migration_tables": [
        {
          "database": "sales",
          "table": "orders"
        }
      ],
      "migration_type": "data_hive_to_iceberg",
      "source_format": "hdfs"
    }
  },
  "runs": [
    {
      "event": "submitting",
      "recorded_at": "${NOW}",
      "fingerprint": "${FINGERPRINT}",
      "commit": "abc123"
    },
    {
      "event": "submitted",
      "recorded_at": "${NOW}",
      "fingerprint": "${FINGERPRINT}",
      "run_id": "${RUN_ID}",
      "status": "queued",
      "migration_type": "data_hive_to_iceberg",
      "dag_run_id": null,
      "dag_run_ids": [
        "dag-1"
      ],
      "created_at": "${NOW}",
      "commit": "abc123"
    }
  ]
}
`;

function sample(): StatusFile {
  return submittedEntry({
    // Keys deliberately out of order, at two levels.
    request: {
      source_format: "hdfs",
      migration_type: "data_hive_to_iceberg",
      migration_tables: [{ table: "orders", database: "sales" }],
    },
    source: {
      config: "cafe",
      blob: "0123456789abcdef0123456789abcdef01234567",
      path: "migrations/orders.yaml",
    } as StatusFile["source"],
    commit: "abc123",
  });
}

describe("serializeStatus", () => {
  it("writes the fixed key order", () => {
    expect(serializeStatus(sample())).toBe(EXPECTED);
  });

  it("ends with exactly one newline", () => {
    const text = serializeStatus(sample());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });

  it("does not depend on the order of the entry's own keys", () => {
    const entry = sample();
    const shuffled = Object.fromEntries(Object.entries(entry).reverse()) as unknown as StatusFile;
    expect(serializeStatus(shuffled)).toBe(EXPECTED);
  });

  it("round-trips through parseStatus", () => {
    const text = serializeStatus(sample());
    const parsed = parseStatus(".nx1-migrate/status/orders.json", text, "orders");
    expect(serializeStatus(parsed)).toBe(text);
    expect(parsed.last_submitted?.run_id).toBe(RUN_ID);
    expect(parsed.runs.map((run) => run.event)).toEqual(["submitting", "submitted"]);
  });

  it("omits absent optional fields", () => {
    const entry = submittedEntry();
    const text = serializeStatus(entry);
    expect(text).not.toContain('"source"');
    expect(text).not.toContain("workflow_run_url");
    expect(text).not.toContain("undefined");
  });

  it("keeps secret references as written", () => {
    const entry = submittedEntry({ request: { s3_secret_key: "${env:S3_SECRET_KEY}" } });
    expect(serializeStatus(entry)).toContain('"s3_secret_key": "${env:S3_SECRET_KEY}"');
  });
});
