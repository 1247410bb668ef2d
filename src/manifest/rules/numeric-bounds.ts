import type { Finding, Request, Rule } from "./rule.js";

export const numericBounds: Rule = {
  id: "numeric-bounds",
  description:
    "distcp_mappers is at least 1 and distcp_bandwidth (MB/s per mapper) is greater than 0.",
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const findings: Finding[] = [];
    const mappers = request.distcp_mappers;
    if (typeof mappers === "number" && mappers < 1) {
      findings.push({
        path: ["distcp_mappers"],
        message: `distcp_mappers is ${mappers}; write 1 or more (default 50)`,
      });
    }
    const bandwidth = request.distcp_bandwidth;
    if (typeof bandwidth === "number" && bandwidth <= 0) {
      findings.push({
        path: ["distcp_bandwidth"],
        message: `distcp_bandwidth is ${bandwidth}; write a value above 0 (default 100)`,
      });
    }
    return findings;
  },
};
