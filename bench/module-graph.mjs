// Lists the bundle files that one entry of dist/ loads, following static
// imports and the dynamic imports named on the command line, with their
// sizes and the packages bundled in each, to see what a cold start pays for.
// Usage: node bench/module-graph.mjs dist/index.js [DYNAMIC-CHUNK-PREFIX...]

import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Walks the bundle files that `entry` imports, statically or by a dynamic
 * import of a chunk whose name starts with one of `dynamicPrefixes`. Returns
 * a Map from absolute path to { bytes, packages, imports }, in the order the
 * walk first reaches each file (the entry first).
 */
export function bundleGraph(entry, dynamicPrefixes = []) {
  const seen = new Map();
  function visit(file) {
    if (seen.has(file)) return;
    const text = readFileSync(file, "utf8");
    const packages = new Set(
      [...text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((match) => match[1]),
    );
    const imports = [];
    seen.set(file, { bytes: text.length, packages: [...packages], imports });
    for (const match of text.matchAll(/^import\s[^;]*?["'](\.\.?\/[^"']+)["']/gms))
      imports.push(join(dirname(file), match[1]));
    for (const match of text.matchAll(/import\(["'](\.\.?\/[^"']+)["']\)/g)) {
      const name = match[1].split("/").at(-1);
      if (dynamicPrefixes.some((prefix) => name.startsWith(prefix)))
        imports.push(join(dirname(file), match[1]));
    }
    for (const target of imports) visit(target);
  }
  visit(resolve(entry));
  return seen;
}

/** Returns the files of `graph` with every file after the files it imports (the entry last). */
export function dependenciesFirst(graph) {
  const order = [];
  const done = new Set();
  function visit(file) {
    if (done.has(file)) return;
    done.add(file);
    for (const target of graph.get(file).imports) visit(target);
    order.push(file);
  }
  visit(graph.keys().next().value);
  return order;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [entry, ...dynamicPrefixes] = process.argv.slice(2);
  if (!entry) {
    process.stderr.write("Usage: node bench/module-graph.mjs dist/index.js [validate-mode ...]\n");
    process.exit(2);
  }
  let total = 0;
  const graph = bundleGraph(entry, dynamicPrefixes);
  for (const [file, { bytes, packages }] of graph) {
    total += bytes;
    process.stdout.write(
      `${String(Math.round(bytes / 1024)).padStart(6)} KiB  ${relative(process.cwd(), file)}  ${packages.join(", ")}\n`,
    );
  }
  process.stdout.write(
    `${String(Math.round(total / 1024)).padStart(6)} KiB  total, ${graph.size} files\n`,
  );
}
