// Handlebars templates are imported as strings: Vite resolves `?raw` in tests,
// and scripts/build.mjs resolves it for the bundle.
declare module "*.hbs?raw" {
  const text: string;
  export default text;
}

// A Handlebars template precompiled at build time (scripts/build.mjs) or by
// the Vite plugin in vitest.config.ts: a specification for the runtime.
declare module "*.hbs?spec" {
  const specification: unknown;
  export default specification;
}
