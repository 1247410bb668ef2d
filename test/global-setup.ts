// Builds dist/ once before the suite, so that end-to-end tests run the same
// bundle the GitHub runner runs, even on a fresh clone.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  // NX1_SKIP_BUILD=1 lets a developer rerun one folder's tests without rebuilding.
  if (process.env.NX1_SKIP_BUILD === "1") return;
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
