import { defineConfig } from "vitest/config";

export default defineConfig({
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
