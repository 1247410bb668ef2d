import type { Finding, Request, Rule } from "./rule.js";
import { isPresent } from "./rule.js";

const TABLE_LISTS = ["folder_tables", "migration_tables", "metadata_tables"] as const;

/** The one table list each migration type reads. */
const LIST_FOR_TYPE: Record<string, (typeof TABLE_LISTS)[number]> = {
  file_only: "folder_tables",
  data_hive_to_hive: "migration_tables",
  data_hive_to_iceberg: "migration_tables",
  metadata_hive_to_iceberg: "metadata_tables",
};

export const tablesForType: Rule = {
  id: "tables-for-type",
  description:
    "Each migration type needs its own table list and no other: file_only takes folder_tables, data_hive_to_hive and data_hive_to_iceberg take migration_tables, metadata_hive_to_iceberg takes metadata_tables.",
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const type = request.migration_type;
    if (typeof type !== "string") return [];
    const needed = LIST_FOR_TYPE[type];
    if (!needed) return [];
    const findings: Finding[] = [];
    const list = request[needed];
    if (!Array.isArray(list) || list.length === 0) {
      findings.push({
        path: isPresent(list) ? [needed] : ["migration_type"],
        message: `migration_type ${type} needs a non-empty \`${needed}\` list; add one with at least one row`,
      });
    }
    for (const other of TABLE_LISTS) {
      if (other === needed || !isPresent(request[other])) continue;
      findings.push({
        path: [other],
        target: "key",
        message: `\`${other}\` is not used by migration_type ${type}; remove it, or move its rows to \`${needed}\``,
      });
    }
    return findings;
  },
};
