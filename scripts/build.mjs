// Bundles the CLI (dist/cli.js) and the GitHub Action (dist/index.js) with
// esbuild. The output is committed, because the runner executes
// dist/index.js straight from the repository; `--check` exits 1 when the
// committed bundle differs from a fresh build.
import { build } from "esbuild";
import Handlebars from "handlebars";
import { readFile, mkdtemp, readdir, rm, cp, mkdir, rename } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

/** Resolves `import text from "./file.hbs?raw"` to the file's text, as Vite does in tests. */
const rawText = {
  name: "raw-text",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\?raw$/ }, (args) => ({
      // Relative to the repository, so that the bundle does not depend on where it was built.
      path: relative(root, join(args.resolveDir, args.path.slice(0, -"?raw".length))),
      namespace: "raw-text",
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "raw-text" }, async (args) => ({
      contents: await readFile(join(root, args.path), "utf8"),
      loader: "text",
    }));
  },
};

/**
 * Resolves `import specification from "./file.hbs?spec"` to the template
 * precompiled in strict mode, so the bundle needs only the Handlebars runtime
 * for the shipped templates. vitest.config.ts does the same for the tests.
 */
const handlebarsSpec = {
  name: "handlebars-spec",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.hbs\?spec$/ }, (args) => ({
      path: relative(root, join(args.resolveDir, args.path.slice(0, -"?spec".length))),
      namespace: "handlebars-spec",
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "handlebars-spec" }, async (args) => ({
      contents: `export default ${Handlebars.precompile(await readFile(join(root, args.path), "utf8"), { strict: true })};`,
      loader: "js",
    }));
  },
};

/**
 * Replaces @actions/core's OIDC client with a stub. nx1-migrate never requests
 * an ID token, and the real client loads @actions/http-client and undici on
 * every start of the action, which costs tens of milliseconds of cold start.
 */
const withoutOidc = {
  name: "without-oidc",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes(`${join("@actions", "core")}`)
        ? { path: args.path, namespace: "without-oidc" }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "without-oidc" }, () => ({
      contents:
        'export class OidcClient { static getIDToken() { throw new Error("nx1-migrate does not request OIDC ID tokens"); } }',
      loader: "js",
    }));
  },
};

/**
 * Compiles out yaml's debug switches. yaml 2.x reads process.env.LOG_TOKENS
 * for every token its parser reads and process.env.LOG_STREAM for every
 * token its composer reads. Each read of the real process.env is a call into
 * C++, about a quarter of the time of a parse. The build fails when a yaml
 * release no longer contains the expected line, so the change is noticed.
 */
const yamlWithoutDebugSwitches = {
  name: "yaml-without-debug-switches",
  setup(pluginBuild) {
    const files =
      /[\\/]node_modules[\\/]yaml[\\/]dist[\\/](?:parse[\\/]parser|compose[\\/]composer)\.js$/;
    pluginBuild.onLoad({ filter: files }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const switches = /\bnode_process\.env\.(?:LOG_TOKENS|LOG_STREAM)\b/g;
      if (!switches.test(source))
        throw new Error(
          `${args.path} no longer reads LOG_TOKENS or LOG_STREAM; update this plugin`,
        );
      return { contents: source.replace(switches, "false"), loader: "js" };
    });
  },
};

async function bundle(outdir) {
  await build({
    absWorkingDir: root,
    entryPoints: { cli: "src/cli/bin.ts", index: "src/action/main.ts" },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Some dependencies are CommonJS and call require(): give the ES module one.
    banner: {
      js: 'import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);',
    },
    chunkNames: "chunks/[name]-[hash]",
    legalComments: "linked",
    logLevel: "warning",
    plugins: [rawText, handlebarsSpec, withoutOidc, yamlWithoutDebugSwitches],
  });
}

async function listFiles(dir, prefix = "") {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), path)));
    else out.push(path);
  }
  return out.sort();
}

const fresh = await mkdtemp(join(tmpdir(), "nx1-build-"));
try {
  await bundle(fresh);
  const dist = join(root, "dist");
  if (check) {
    const [built, committed] = [await listFiles(fresh), await listFiles(dist)];
    const stale = [];
    for (const file of new Set([...built, ...committed])) {
      const a = built.includes(file) ? await readFile(join(fresh, file)) : null;
      const b = committed.includes(file) ? await readFile(join(dist, file)) : null;
      if (!a || !b || !a.equals(b)) stale.push(file);
    }
    if (stale.length > 0) {
      console.error(`dist/ is stale (${stale.join(", ")}). Run \`npm run build\` and commit.`);
      process.exit(1);
    }
    console.log("dist/ is up to date.");
  } else {
    // Replace only what changed, each file by a rename, and remove stale files last, so a
    // test that runs dist/ while another process rebuilds it never reads a half-written tree.
    const built = await listFiles(fresh);
    for (const file of built) {
      const target = join(dist, file);
      const text = await readFile(join(fresh, file));
      const current = existsSync(target) ? await readFile(target) : null;
      if (current && current.equals(text)) continue;
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      await cp(join(fresh, file), temporary);
      await rename(temporary, target);
    }
    for (const file of await listFiles(dist)) {
      if (!built.includes(file)) await rm(join(dist, file), { force: true });
    }
  }
} finally {
  await rm(fresh, { recursive: true, force: true });
}
