import type { Finding, Request, Rule } from "./rule.js";
import { rows } from "./rule.js";

const VALID = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Returns why `name` is not a valid S3 bucket name, or undefined when it is. */
export function bucketNameProblem(name: string): string | undefined {
  if (/^s3a?:\/\//i.test(name)) return "is a URL; write the bucket name alone";
  if (name.includes("_")) return "contains `_`, which S3 bucket names cannot; use `-`";
  if (name.length < 3 || name.length > 63)
    return `is ${name.length} characters long; S3 bucket names have 3 to 63`;
  if (name !== name.toLowerCase())
    return "contains upper-case letters; S3 bucket names are lower case";
  if (name.includes("/"))
    return "contains `/`; a bucket name has no path, so put the folder in the path field";
  if (!VALID.test(name))
    return "may contain only lower-case letters, digits, `.` and `-`, and must start and end with a letter or digit";
  if (name.includes("..")) return "contains `..`, which S3 bucket names cannot";
  if (IP_ADDRESS.test(name)) return "looks like an IP address, which S3 bucket names cannot";
  return undefined;
}

/** Suggests a valid name for a common mistake, such as `s3://Lake_Prod/x` to `lake-prod`. */
function suggestion(name: string): string | undefined {
  const fixed = name
    .replace(/^s3a?:\/\//i, "")
    .split("/")[0]!
    .toLowerCase()
    .replaceAll("_", "-");
  return fixed !== name && bucketNameProblem(fixed) === undefined ? fixed : undefined;
}

export const bucketName: Rule = {
  id: "bucket-name",
  description:
    "S3 bucket names have 3 to 63 characters: lower-case letters, digits, `.` and `-`, with no `s3://` prefix and no `_`.",
  defaultSeverity: "error",
  check(request: Request): Finding[] {
    const places: { path: (string | number)[]; value: unknown }[] = [
      { path: ["default_s3_bucket"], value: request.default_s3_bucket },
    ];
    rows(request, "migration_tables").forEach((row, index) =>
      places.push({ path: ["migration_tables", index, "bucket"], value: row.bucket }),
    );
    rows(request, "folder_tables").forEach((row, index) =>
      places.push({ path: ["folder_tables", index, "target_bucket"], value: row.target_bucket }),
    );
    const findings: Finding[] = [];
    for (const { path, value } of places) {
      if (typeof value !== "string") continue;
      const problem = bucketNameProblem(value);
      if (!problem) continue;
      const fix = suggestion(value);
      findings.push({
        path,
        message: `bucket name ${JSON.stringify(value)} ${problem}${fix ? `: write \`${fix}\`` : ""}`,
      });
    }
    return findings;
  },
};
