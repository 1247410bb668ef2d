// Preloaded with --import into measured Node processes on machines without
// /usr/bin/time: writes the process's peak resident set size, in KiB, to
// BENCH_RSS_FILE when it exits.

import { writeFileSync } from "node:fs";

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
