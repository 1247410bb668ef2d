// Handlebars templates are imported as strings: Vite resolves `?raw` in tests,
// and scripts/build.mjs resolves it for the bundle.
declare module "*.hbs?raw" {
  const text: string;
  export default text;
}
