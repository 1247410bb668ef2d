// Splits the action's cold start (dist/index.js, mode validate, one file)
// by bundle file. Each run is a fresh process that imports the files the
// start loads one at a time, every file after the files it imports, and
// times each import: that is the read, compile, link and evaluation of the
// file alone. Then it imports the entry, which runs the action, and times
// it to the process's exit. Runs alternate with two references: the entry
// imported whole (the real start), and `node -e ''`. Each reports the time
// from process start to exit (performance.now() at exit), so Node's own
// start is the same on all sides. The parent's spawn is not included.
// Usage: node bench/module-cost.mjs [--runs N] [--dist DIR]

import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const CHILD = "--child";

if (process.argv[2] === CHILD) {
  const [resultFile, ...files] = process.argv.slice(3);
  const startMs = performance.now();
  const modules = [];
  for (const file of files.slice(0, -1)) {
    const before = performance.now();
    await import(pathToFileURL(file).href);
    modules.push({ file, ms: performance.now() - before });
  }
  const entryStart = performance.now();
  process.on("exit", () => {
    const exitMs = performance.now();
    writeFileSync(
      resultFile,
      JSON.stringify({ startMs, modules, entryMs: exitMs - entryStart, exitMs }),
    );
  });
  await import(pathToFileURL(files.at(-1)).href);
} else {
  await main();
}

async function main() {
  const { parseArgs } = await import("node:util");
  const { bundleGraph, dependenciesFirst } = await import("./module-graph.mjs");
  const { prepareColdWorkspace } = await import("./workspaces.mjs");
  const { median } = await import("./measure.mjs");

  const { values } = parseArgs({
    options: { runs: { type: "string", default: "15" }, dist: { type: "string", default: "dist" } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`module-cost: invalid --runs ${JSON.stringify(values.runs)}\n`);
    process.exit(2);
  }
  const root = join(import.meta.dirname, "..");
  const dist = resolve(values.dist);
  const entry = join(dist, "index.js");
  const graph = bundleGraph(entry, ["validate-mode", "parallel-validate"]);
  const order = dependenciesFirst(graph);
  const cold = prepareColdWorkspace(join(root, ".bench"));
  const resultFile = join(root, ".bench", `module-cost-${process.pid}.json`);
  const exitHook = `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify({ exitMs: performance.now() })))`;

  function runChild(args) {
    writeFileSync(cold.env.GITHUB_STEP_SUMMARY, "");
    writeFileSync(cold.env.GITHUB_OUTPUT, "");
    rmSync(resultFile, { force: true });
    const child = spawnSync(process.execPath, args, {
      cwd: cold.workspace,
      env: cold.env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (child.status !== 0) throw new Error(`${args.join(" ")} exited with ${child.status}`);
    return JSON.parse(readFileSync(resultFile, "utf8"));
  }

  const split = [];
  const whole = [];
  const empty = [];
  for (let run = 0; run < runs; run++) {
    split.push(runChild([import.meta.filename, CHILD, resultFile, ...order]));
    whole.push(runChild([import.meta.filename, CHILD, resultFile, entry]));
    empty.push(runChild(["-e", exitHook]));
  }
  rmSync(resultFile, { force: true });

  const line = (ms, label) => `${ms.toFixed(1).padStart(7)} ms  ${label}\n`;
  process.stdout.write(`median of ${runs} runs, ${graph.size} files\n`);
  process.stdout.write(line(median(empty.map((r) => r.exitMs)), "node -e '': start to exit"));
  process.stdout.write(
    line(median(whole.map((r) => r.exitMs)), "dist/index.js imported whole: start to exit"),
  );
  process.stdout.write(
    line(median(split.map((r) => r.exitMs)), "dist/index.js file by file: start to exit"),
  );
  process.stdout.write(line(median(split.map((r) => r.startMs)), "  Node start to first import"));
  for (const [index, file] of order.slice(0, -1).entries()) {
    const { bytes, packages } = graph.get(file);
    const ms = median(split.map((r) => r.modules[index].ms));
    const size = `${Math.round(bytes / 1024)} KiB`.padStart(8);
    process.stdout.write(line(ms, `  ${size} ${relative(dist, file)} ${packages.join(", ")}`));
  }
  process.stdout.write(
    line(
      median(split.map((r) => r.entryMs)),
      "  entry import to exit: index.js and the action's work",
    ),
  );
}
