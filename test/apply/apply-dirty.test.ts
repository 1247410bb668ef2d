// Apply records the commit each request came from, so it rejects manifests
// with uncommitted changes unless --allow-dirty is given.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { outputOf } from "./support/cli.js";
import { closeFixtures, createFixture } from "./support/fixture.js";
import { manifestFiles, manifestText } from "./support/manifests.js";
import { statusOf } from "./support/repository.js";

afterEach(closeFixtures);

test("uncommitted manifest is not submitted", async () => {
  const fixture = await createFixture(manifestFiles(["orders"]));
  writeFileSync(join(fixture.clone, "migrations/invoices.yaml"), manifestText("invoices"));

  const refused = await fixture.apply();
  expect(refused.code, outputOf(refused)).toBe(1);
  expect(refused.stderr).toContain("uncommitted changes");
  expect(refused.stderr).toContain("  migrations/invoices.yaml");
  expect(refused.stderr).toContain("--allow-dirty");
  expect(fixture.sandbox.runs()).toHaveLength(0);
  expect(statusOf(fixture.origin, "orders", "main")).toBeUndefined();
});

test("--allow-dirty submits uncommitted manifest", async () => {
  const fixture = await createFixture(manifestFiles(["orders"]));
  writeFileSync(join(fixture.clone, "migrations/invoices.yaml"), manifestText("invoices"));

  const result = await fixture.apply(["--allow-dirty"]);
  expect(result.code, outputOf(result)).toBe(0);
  expect(fixture.sandbox.runs()).toHaveLength(2);
});
