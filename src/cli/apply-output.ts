// Apply's terminal output: one line per run as it completes, a
// progress bar on a terminal, and a closing table.

import type { ApplyEvent, ApplyItemResult } from "../apply/apply-stage.js";
import type { Io, Palette } from "./io.js";

const OUTCOME_TEXT: Record<ApplyItemResult["outcome"], string> = {
  created: "submitted",
  rejected: "rejected",
  unknown: "unknown",
  "not-sent": "not sent",
};

export function outcomeText(result: ApplyItemResult): string {
  return OUTCOME_TEXT[result.outcome];
}

/** Returns an event handler that prints progress to stdout, with a bar on stderr when it is a terminal. */
export function progressPrinter(io: Io, colors: Palette): (event: ApplyEvent) => void {
  const bar = io.stderr.isTTY === true;
  let barShown = false;
  const clearBar = () => {
    if (barShown) io.stderr.write("\r\u001b[2K");
    barShown = false;
  };
  return (event) => {
    if (event.type === "start") {
      io.stdout.write(
        colors.dim("Recording the batch as submitting before the first request...\n"),
      );
    } else if (event.type === "recorded-submitting") {
      io.stdout.write(
        colors.dim(
          `Recorded as submitting${event.commit ? ` in ${event.commit.slice(0, 12)}` : ""}${event.pushed ? " and pushed" : ""}.\n`,
        ),
      );
    } else if (event.type === "outcome") {
      clearBar();
      const { result, done, total } = event;
      const colour = result.outcome === "created" ? colors.green : colors.red;
      const detail = result.runId ? `run ${result.runId}` : (result.detail ?? "");
      io.stdout.write(
        `[${String(done).padStart(String(total).length)}/${total}] ${colour(outcomeText(result).padEnd(9))} ${result.name}  ${colors.dim(detail)}\n`,
      );
      if (bar && done < total) {
        const width = 30;
        const filled = Math.round((done / total) * width);
        io.stderr.write(`[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`);
        barShown = true;
      }
    } else if (event.type === "published") {
      clearBar();
    }
  };
}

export function resultTable(results: readonly ApplyItemResult[], colors: Palette): string {
  if (results.length === 0) return "";
  const nameWidth = Math.max(4, ...results.map((result) => result.name.length));
  const header = `${"NAME".padEnd(nameWidth)}  ${"OUTCOME".padEnd(9)}  RUN ID`;
  const rows = results.map((result) => {
    const colour = result.outcome === "created" ? colors.green : colors.red;
    return `${result.name.padEnd(nameWidth)}  ${colour(outcomeText(result).padEnd(9))}  ${result.runId ?? "-"}`;
  });
  return `\n${header}\n${rows.join("\n")}\n`;
}
