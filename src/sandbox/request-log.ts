// One log line per request. The line is built only from the method, the
// path without its query string, the status, the run id, the faults and the
// duration, so no header value or body field can reach the log.

/** Facts about one request that the handlers collect for its log line. */
export interface RequestRecord {
  method: string;
  path: string;
  startedAt: number;
  runId?: string;
  faults: string[];
  /** Error caught while handling the request, already reduced to its message. */
  error?: string;
}

/**
 * Formats the log line, such as
 * `POST /api/migration/data-migration/runs 201 run_id=… 3ms faults=latency,status-503`.
 * `outcome` is the status code, `201-incomplete` when the body was cut off,
 * or `no-response` when the socket closed before any headers were sent.
 */
export function formatLogLine(record: RequestRecord, outcome: string, now: number): string {
  const parts = [
    record.method,
    printable(record.path),
    outcome,
    `run_id=${record.runId ?? "-"}`,
    `${Math.round(now - record.startedAt)}ms`,
  ];
  if (record.faults.length > 0) parts.push(`faults=${record.faults.join(",")}`);
  if (record.error !== undefined) parts.push(`error=${JSON.stringify(printable(record.error))}`);
  return parts.join(" ");
}

/** Describes how a response ended, for the log line. */
export function responseOutcome(headersSent: boolean, finished: boolean, status: number): string {
  if (!headersSent) return "no-response";
  return finished ? String(status) : `${status}-incomplete`;
}

/** Percent-encodes control characters and non-ASCII, so a path cannot forge a second log line. */
function printable(text: string): string {
  return text.replace(/[^\x21-\x7e]/gu, (character) => encodeURIComponent(character));
}
