// Summarizes a V8 CPU profile (node --cpu-prof) as the top functions by
// self time and the share of time per source file, for docs/benchmarks.md.
// Usage: node bench/profile-summary.mjs FILE.cpuprofile [TOP]

import { readFileSync } from "node:fs";

const [file, topArgument = "25"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("Usage: node bench/profile-summary.mjs FILE.cpuprofile [TOP]\n");
  process.exit(2);
}
const top = Number(topArgument);
// Output piped into `head` closes early; that is not an error.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});
const profile = JSON.parse(readFileSync(file, "utf8"));

// Each sample names the node that was running; time deltas are in microseconds.
const selfMicros = new Map();
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
}
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

const byFunction = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0;
  if (micros === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url
    ? url.replace(/^file:\/\//, "").replace(/.*\/(dist|node_modules)\//, "$1/")
    : "";
  const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  const fileKey = where || functionName;
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + micros);
}

function print(title, map) {
  process.stdout.write(`\n${title}\n`);
  for (const [key, micros] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const share = ((100 * micros) / total).toFixed(1).padStart(5);
    process.stdout.write(`${share}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${key}\n`);
  }
}

process.stdout.write(`total sampled: ${(total / 1000).toFixed(0)} ms\n`);
print("self time by function", byFunction);
print("self time by file", byFile);
