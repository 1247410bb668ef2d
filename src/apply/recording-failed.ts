// The error of an apply whose runs were submitted but whose outcomes could
// not be committed or pushed. The remote ledger still has the batch as
// `submitting`, which blocks it. So the message lists how to settle each
// entry, with the run ids, which are otherwise only in the log and in the
// unpushed local commit.

import type { ApplyItemResult } from "./apply-stage.js";

export class RecordingFailedError extends Error {
  constructor(
    readonly results: readonly ApplyItemResult[],
    cause: unknown,
  ) {
    super(recordingFailedMessage(results, cause), { cause });
    this.name = "RecordingFailedError";
  }
}

function recordingFailedMessage(results: readonly ApplyItemResult[], cause: unknown): string {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const lines = results.map((result) => {
    switch (result.outcome) {
      case "created":
        return `  nx1-migrate resolve ${result.name} --run-id ${result.runId}`;
      case "unknown":
        return `  ${result.name}: the outcome is unknown, so a run may exist; find it on the platform, then run \`nx1-migrate resolve ${result.name} --run-id ID\`, or \`--discard\` if there is none`;
      case "rejected":
      case "not-sent":
        return `  nx1-migrate resolve ${result.name} --discard   (${result.outcome === "rejected" ? "rejected" : "not sent"}, so no run exists)`;
    }
  });
  return [
    `apply sent its requests, but recording the outcomes failed: ${reason}`,
    "The remote ledger still shows these manifests as submitting, so plan blocks them. Push the local commit once the remote accepts it, or settle each manifest:",
    ...lines,
  ].join("\n");
}
