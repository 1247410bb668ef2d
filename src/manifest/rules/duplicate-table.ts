import type { Finding, Request, Rule } from "./rule.js";
import { rows } from "./rule.js";

/** Row key of each table list: two rows with the same key migrate the same data twice. */
const ROW_KEYS: Record<string, (row: Record<string, unknown>) => string> = {
  migration_tables: (row) => `${String(row.database)}.${String(row.table ?? "*")}`,
  metadata_tables: (row) => `${String(row.database)}.${String(row.table ?? "*")}`,
  folder_tables: (row) =>
    `${String(row.source_path)} -> ${String(row.target_bucket)}/${String(row.dest_folder ?? "")}`,
};

export const duplicateTable: Rule = {
  id: "duplicate-table",
  description: "A table list names each table (database and table) or folder copy once.",
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const findings: Finding[] = [];
    for (const [list, keyOf] of Object.entries(ROW_KEYS)) {
      const seen = new Map<string, number>();
      rows(request, list).forEach((row, index) => {
        const key = keyOf(row);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return;
        }
        findings.push({
          path: [list, index],
          message: `${list}[${index}] repeats ${key} from ${list}[${first}]; remove one of the two rows`,
        });
      });
    }
    return findings;
  },
};
