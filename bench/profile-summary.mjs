// Summarizes V8 CPU profiles (node --cpu-prof) as the top functions by self
// time, the share of time per source file, and the time per stage of a cold
// start (V8 compile of ES modules, the ES module loader, Node's built-in
// modules, the code of each bundle file), for docs/benchmarks.md. With
// several profiles of the same command, each figure is the median over them,
// so one run that the machine's load slowed down does not skew it.
// Usage: node bench/profile-summary.mjs FILE.cpuprofile... [TOP]

import { readFileSync } from "node:fs";
import { median } from "./measure.mjs";

const args = process.argv.slice(2);
const files = args.filter((arg) => arg.endsWith(".cpuprofile"));
const topArgument = args.find((arg) => /^[0-9]+$/.test(arg)) ?? "25";
if (files.length === 0) {
  process.stderr.write("Usage: node bench/profile-summary.mjs FILE.cpuprofile... [TOP]\n");
  process.exit(2);
}
const top = Number(topArgument);
// Output piped into `head` closes early; that is not an error.
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
});

function shortUrl(url) {
  return url ? url.replace(/^file:\/\//, "").replace(/.*\/(dist|node_modules)\//, "$1/") : "";
}

/**
 * Names the stage of a cold start that a sample belongs to. The leaf frame
 * decides for GC, idle time and V8's compile of an ES module. Otherwise the
 * nearest frame, from the leaf up, that is bundle code, the built-in module
 * loader or the ES module loader does.
 */
function stageOf(stack) {
  const leaf = stack[0];
  if (/^\((garbage collector|program|idle)\)$/.test(leaf.functionName)) return leaf.functionName;
  if (leaf.functionName === "compileSourceTextModule") return "V8 compile of ES modules";
  for (const frame of stack) {
    const url = shortUrl(frame.url);
    if (url.startsWith("dist/")) return `code of ${url}`;
    if (/^compileFor(Internal|Public)Loader$/.test(frame.functionName))
      return "Node built-in modules (compile and evaluate)";
    if (/^node:internal\/modules\/(esm\/|run_main)/.test(url))
      return "ES module loader (resolve, read, link)";
  }
  return "Node start-up and other";
}

/** Returns Maps from function, file and stage to self time in microseconds, and the total. */
function summarizeProfile(file) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);

  // Each sample names the node that was running; time deltas are in microseconds.
  const selfMicros = new Map();
  for (let index = 0; index < profile.samples.length; index++) {
    const id = profile.samples[index];
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  }
  const byFunction = new Map();
  const byFile = new Map();
  const byStage = new Map();
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  let total = 0;
  for (const [id, micros] of selfMicros) {
    if (micros === 0) continue;
    total += micros;
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const where = shortUrl(url);
    add(byFunction, `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`, micros);
    add(byFile, where || functionName, micros);
    const stack = [];
    for (let cursor = id; cursor !== undefined; cursor = parents.get(cursor))
      stack.push(nodes.get(cursor).callFrame);
    add(byStage, stageOf(stack), micros);
  }
  return { byFunction, byFile, byStage, total };
}

const summaries = files.map(summarizeProfile);

/** Returns the median over the profiles of each key's time, a profile without the key counting 0. */
function medians(pick) {
  const keys = new Set(summaries.flatMap((summary) => [...pick(summary).keys()]));
  return new Map(
    [...keys].map((key) => [key, median(summaries.map((s) => pick(s).get(key) ?? 0))]),
  );
}

const total = median(summaries.map((summary) => summary.total));

function print(title, map, limit) {
  process.stdout.write(`\n${title}\n`);
  for (const [key, micros] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    const share = ((100 * micros) / total).toFixed(1).padStart(5);
    process.stdout.write(`${share}%  ${(micros / 1000).toFixed(1).padStart(6)} ms  ${key}\n`);
  }
}

process.stdout.write(
  `total sampled: ${(total / 1000).toFixed(1)} ms` +
    (files.length > 1 ? ` (median of ${files.length} profiles, and so is each figure)\n` : "\n"),
);
print(
  "self time by stage",
  medians((summary) => summary.byStage),
  Infinity,
);
print(
  "self time by function",
  medians((summary) => summary.byFunction),
  top,
);
print(
  "self time by file",
  medians((summary) => summary.byFile),
  top,
);
