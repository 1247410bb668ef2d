// Reports committed beside the ledger: one markdown page per manifest and
// an index of all migrations. They are rendered from status files only,
// which hold secret references and never secret values.

import { compareText } from "../manifest/diagnostic.js";
import type { Config } from "../config/config.js";
import type { StatusFile } from "../ledger/status-file.js";
import { canonicalJson } from "../plan/canonical.js";
import { loadTemplate } from "./templates.js";

export const INDEX_FILE = "README.md";

export interface RenderedReport {
  /** Path relative to the reports folder. */
  path: string;
  text: string;
}

export interface ReportContext {
  /** Manifest file per name, for names that still have one. */
  files: ReadonlyMap<string, string>;
  /** Description per name, from the manifest. */
  descriptions: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, Record<string, string>>;
}

const TABLE_LISTS = ["migration_tables", "metadata_tables", "folder_tables"] as const;

function reportView(entry: StatusFile, context: ReportContext) {
  const request = entry.request;
  const listName = TABLE_LISTS.find(
    (list) => Array.isArray(request[list]) && (request[list] as unknown[]).length > 0,
  );
  const tables = listName ? (request[listName] as Record<string, unknown>[]) : [];
  const columns = [...new Set(tables.flatMap((row) => Object.keys(row)))].sort();
  return {
    name: entry.name,
    description: context.descriptions.get(entry.name) ?? null,
    state: entry.state,
    file: context.files.get(entry.name) ?? entry.source?.path ?? null,
    lastRunId: entry.last_submitted?.run_id ?? null,
    fingerprint: entry.fingerprint,
    updatedAt: entry.updated_at,
    labels: Object.entries(context.labels.get(entry.name) ?? {}).map(
      ([key, value]) => `${key}=${value}`,
    ),
    request: {
      migration_type: String(request.migration_type ?? ""),
      source_format: String(request.source_format ?? ""),
      default_s3_bucket: String(request.default_s3_bucket ?? ""),
    },
    tableColumns: columns,
    tables: tables.map((row) =>
      columns.map((column) =>
        row[column] === undefined || row[column] === null ? null : String(row[column]),
      ),
    ),
    requestJson: JSON.stringify(JSON.parse(canonicalJson(request)), null, 2),
    runs: [...entry.runs].reverse().map((run) => ({
      recordedAt: run.recorded_at,
      event: run.event,
      runId: run.run_id ?? null,
      status: run.status ?? null,
      dagRunIds: run.dag_run_ids ?? (run.dag_run_id ? [run.dag_run_id] : []),
      commit: run.commit ? run.commit.slice(0, 12) : null,
      workflowRunUrl: run.workflow_run_url ?? null,
      error: run.error ?? null,
    })),
  };
}

/**
 * Renders the reports of the entries named in `changed` and the index of
 * all entries. Reports of other entries are left as they are, so an apply
 * of a few manifests in a large repository rewrites a few files. Throws a
 * TemplateError naming the template when one is broken.
 */
export async function renderReports(
  entries: readonly StatusFile[],
  changed: ReadonlySet<string>,
  config: Config,
  context: ReportContext,
): Promise<RenderedReport[]> {
  const reportTemplate = await loadTemplate("report", config);
  const indexTemplate = await loadTemplate("index", config);
  const sorted = [...entries].sort((a, b) => compareText(a.name, b.name));
  const reports = sorted
    .filter((entry) => changed.has(entry.name))
    .map((entry) => ({
      path: `${entry.name}.md`,
      text: reportTemplate(reportView(entry, context)),
    }));
  const states = new Map<string, number>();
  for (const entry of sorted) states.set(entry.state, (states.get(entry.state) ?? 0) + 1);
  const index = indexTemplate({
    total: sorted.length,
    stateCounts: [...states.entries()].sort().map(([state, count]) => ({ state, count })),
    entries: sorted.map((entry) => ({
      name: entry.name,
      reportLink: `${entry.name}.md`,
      state: entry.state,
      migrationType: String(entry.request.migration_type ?? ""),
      sourceFormat: String(entry.request.source_format ?? ""),
      lastRunId: entry.last_submitted?.run_id ?? null,
      updatedAt: entry.updated_at,
    })),
  });
  return [...reports, { path: INDEX_FILE, text: index }];
}
