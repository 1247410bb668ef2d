// A wrong API key or URL is a setup problem, not a problem of the manifest:
// the server refuses before creating anything, so apply stops sending, puts
// the entries back, and the next apply with the setup fixed submits them.

import { afterEach, expect, test } from "vitest";
import { outputOf } from "./support/cli.js";
import { closeFixtures, createFixture } from "./support/fixture.js";
import { manifestFiles } from "./support/manifests.js";
import { statusOf } from "./support/repository.js";

afterEach(closeFixtures);

test("wrong API key leaves manifests to send", async () => {
  const fixture = await createFixture(manifestFiles(["orders", "invoices", "payments"]));

  const refused = await fixture.apply(["--concurrency", "1"], {
    env: { NX1_API_KEY: "wrong-key" },
  });
  expect(refused.code, outputOf(refused)).toBe(1);
  expect(refused.stdout).toMatch(/not sent +orders|not sent +invoices/);
  expect(refused.stdout).toContain("HTTP 401");
  expect(refused.stdout).toContain("not sent after an earlier request failed");
  expect(fixture.sandbox.runs()).toHaveLength(0);
  for (const name of ["orders", "invoices", "payments"]) {
    expect(statusOf(fixture.origin, name, "main")).toBeUndefined();
  }

  const fixed = await fixture.apply();
  expect(fixed.code, outputOf(fixed)).toBe(0);
  expect(fixture.sandbox.runs()).toHaveLength(3);
});

test("wrong API path is not recorded as rejected", async () => {
  const fixture = await createFixture(manifestFiles(["orders"]));

  const refused = await fixture.apply([], {
    env: { NX1_API_URL: `${fixture.sandbox.url}/wrong/prefix` },
  });
  expect(refused.code, outputOf(refused)).toBe(1);
  expect(refused.stdout).toContain("HTTP 404");
  expect(statusOf(fixture.origin, "orders", "main")).toBeUndefined();

  const fixed = await fixture.apply();
  expect(fixed.code, outputOf(fixed)).toBe(0);
  expect(fixture.sandbox.runs()).toHaveLength(1);
});
