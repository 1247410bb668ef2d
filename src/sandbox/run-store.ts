// The runs that the sandbox created, kept in memory for the life of the
// server. Requests are stored with their credential fields masked, so that
// neither GET /__sandbox/runs nor a test's failure output shows a secret.

import { randomUUID } from "node:crypto";
import type { DataMigrationRunRequest, DataMigrationRunResponse } from "../generated/api-types.js";

/** Request fields that carry credentials. The store replaces their non-null values with "***". */
export const SECRET_FIELDS = ["s3_access_key", "s3_secret_key", "kinit_password"] as const;

export const MASK = "***";

/** A run the sandbox created, with the request as received (secrets masked) and the response it built. */
export interface CreatedRun {
  request: DataMigrationRunRequest;
  /**
   * The full response. A fault may have sent the client less than this (or
   * nothing at all), which is the point of faults such as reset-after-create.
   */
  response: DataMigrationRunResponse;
}

export class RunStore {
  private readonly runs: CreatedRun[] = [];

  /** Creates a run for a request that passed validation and returns its response. */
  create(request: DataMigrationRunRequest): DataMigrationRunResponse {
    const runId = randomUUID();
    const createdAt = new Date().toISOString();
    const dagRunIds = Array.from(
      { length: Math.max(1, tableRowCount(request)) },
      (_, index) => `sandbox__${createdAt}__${runId.slice(0, 8)}_${index + 1}`,
    );
    const response: DataMigrationRunResponse = {
      run_id: runId,
      status: "queued",
      migration_type: request.migration_type,
      dag_run_id: dagRunIds[0] ?? null,
      dag_run_ids: dagRunIds,
      created_at: createdAt,
    };
    this.runs.push({ request: maskSecrets(request), response: structuredClone(response) });
    return response;
  }

  /** Returns copies of the created runs, oldest first. */
  list(): CreatedRun[] {
    return structuredClone(this.runs);
  }
}

/** Returns a copy of the request with every non-null secret field replaced by "***". */
export function maskSecrets(request: DataMigrationRunRequest): DataMigrationRunRequest {
  const copy = structuredClone(request);
  for (const field of SECRET_FIELDS) {
    if (copy[field] !== undefined && copy[field] !== null) copy[field] = MASK;
  }
  return copy;
}

/**
 * Counts the rows of the table list that the migration type reads. The
 * sandbox returns one DAG run id per row, or one when the list is empty.
 * NOTE: one id per row is an assumption, because the contract does not say
 * how the platform maps rows to DAG runs.
 */
function tableRowCount(request: DataMigrationRunRequest): number {
  switch (request.migration_type) {
    case "file_only":
      return request.folder_tables?.length ?? 0;
    case "data_hive_to_hive":
    case "data_hive_to_iceberg":
      return request.migration_tables?.length ?? 0;
    case "metadata_hive_to_iceberg":
      return request.metadata_tables?.length ?? 0;
  }
}
