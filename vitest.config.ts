import { readFile } from "node:fs/promises";
import Handlebars from "handlebars";
import { defineConfig } from "vitest/config";

/** Loads `./file.hbs?spec` as the precompiled template, as scripts/build.mjs does for the bundle. */
const handlebarsSpec = {
  name: "handlebars-spec",
  async load(id: string) {
    if (!id.endsWith(".hbs?spec")) return null;
    const source = await readFile(id.slice(0, -"?spec".length), "utf8");
    return `export default ${Handlebars.precompile(source, { strict: true })};`;
  },
};

export default defineConfig({
  plugins: [handlebarsSpec],
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests spawn git, servers and the bundle: two workers match the two cores CI has.
    pool: "forks",
    maxWorkers: 2,
  },
});
