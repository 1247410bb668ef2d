// Lists the bundle files that one entry of dist/ loads, following static
// imports and the dynamic imports named on the command line, with their
// sizes and the packages bundled in each, to see what a cold start pays for.
// Usage: node bench/module-graph.mjs dist/index.js [DYNAMIC-CHUNK-PREFIX...]

import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const [entry, ...dynamicPrefixes] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("Usage: node bench/module-graph.mjs dist/index.js [validate-mode ...]\n");
  process.exit(2);
}
const seen = new Map();
function visit(file) {
  if (seen.has(file)) return;
  const text = readFileSync(file, "utf8");
  const packages = new Set(
    [...text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((match) => match[1]),
  );
  seen.set(file, { bytes: text.length, packages: [...packages] });
  for (const match of text.matchAll(/^import\s[^;]*?["'](\.\.?\/[^"']+)["']/gms))
    visit(join(dirname(file), match[1]));
  for (const match of text.matchAll(/import\(["'](\.\.?\/[^"']+)["']\)/g)) {
    const name = match[1].split("/").at(-1);
    if (dynamicPrefixes.some((prefix) => name.startsWith(prefix)))
      visit(join(dirname(file), match[1]));
  }
}
visit(entry);
let total = 0;
for (const [file, { bytes, packages }] of seen) {
  total += bytes;
  process.stdout.write(
    `${String(Math.round(bytes / 1024)).padStart(6)} KiB  ${relative(process.cwd(), file)}  ${packages.join(", ")}\n`,
  );
}
process.stdout.write(
  `${String(Math.round(total / 1024)).padStart(6)} KiB  total, ${seen.size} files\n`,
);
