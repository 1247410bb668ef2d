// Reports that apply commits: manifest text reads exactly as written,
// untrusted text cannot break a markdown table, and a broken template
// override stops apply before any request.

import { afterEach, describe, expect, test } from "vitest";
import type { ApplyItemResult } from "../../src/apply/apply-stage.js";
import { defaultConfig } from "../../src/config/config.js";
import { renderApplyMarkdown } from "../../src/report/render-apply.js";
import { outputOf } from "./support/cli.js";
import { closeFixtures, createFixture } from "./support/fixture.js";
import { manifestFiles, manifestText } from "./support/manifests.js";
import { commitLog, fileAt, git, REPORTS_DIR } from "./support/repository.js";

afterEach(closeFixtures);

/** Returns, for each markdown table, the number of cells in each row; `\|` does not separate cells. */
function tableShapes(markdown: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | undefined;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      current = undefined;
      continue;
    }
    if (!current) tables.push((current = []));
    current.push(line.replace(/\\\|/g, "").split("|").length - 2);
  }
  return tables;
}

function expectWellFormedTables(markdown: string): void {
  const tables = tableShapes(markdown);
  expect(tables.length).toBeGreaterThan(0);
  for (const rows of tables) expect(new Set(rows).size, markdown).toBe(1);
}

describe("reports", () => {
  test("show partition filters verbatim", async () => {
    const fixture = await createFixture({
      "migrations/orders.yaml": manifestText("orders", { partitionFilter: "dt='2024-01-01'" }),
    });

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(0);
    const report = fileAt(fixture.origin, "main", `${REPORTS_DIR}/orders.md`) ?? "";
    expect(report).toContain("`dt='2024-01-01'`");
    expect(report).toContain(`"partition_filter": "dt='2024-01-01'"`);
    expect(report).not.toMatch(/&#x27;|&#39;|&apos;|\\'/);
    expectWellFormedTables(report);
  });

  test("escape | and newlines in descriptions", async () => {
    const description = "Nightly | orders\n| State | **forged** |";
    const fixture = await createFixture({
      "migrations/orders.yaml": manifestText("orders", { description }),
    });

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(0);
    const report = fileAt(fixture.origin, "main", `${REPORTS_DIR}/orders.md`) ?? "";
    expect(report).toContain("Nightly \\| orders \\| State \\| \\*\\*forged\\*\\* \\|\n");
    expect(report.match(/^\| State \|/gm)).toHaveLength(1);
    expect(report).toContain("| State | **submitted** |");
    expectWellFormedTables(report);
    expectWellFormedTables(fileAt(fixture.origin, "main", `${REPORTS_DIR}/README.md`) ?? "");
  });

  test("apply summary escapes error text", async () => {
    const results: ApplyItemResult[] = [
      {
        name: "orders",
        action: "create",
        outcome: "rejected",
        detail: "bad value | for table\n| orders | submitted |",
        httpStatus: 422,
        attempts: 1,
      },
      { name: "stock", action: "create", outcome: "created", runId: "run-1", attempts: 1 },
    ];

    const markdown = await renderApplyMarkdown(results, undefined, defaultConfig("/repo"));

    expect(markdown).toContain("bad value \\| for table \\| orders \\| submitted \\|");
    expect(tableShapes(markdown)).toEqual([[4, 4, 4, 4]]);
  });
});

describe("a broken report template", () => {
  test.each([
    [
      "a missing field",
      "# {{name}}\n\nOwner: {{owner}}\n",
      'line 3, column 10: field "owner" is not defined; the fields at the top level are name, description, state',
    ],
    [
      "a syntax error",
      "# {{name}}\n\n{{#if state}}\n",
      "Parse error on line 4: Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'",
    ],
  ])("with %s stops apply", async (_case, template, problem) => {
    const fixture = await createFixture({
      ...manifestFiles(["orders"]),
      ".nx1-migrate.yaml": "templates:\n  report: templates/report.md.hbs\n",
      "templates/report.md.hbs": template,
    });
    const before = commitLog(fixture.origin).map((commit) => commit.sha);

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain("template templates/report.md.hbs");
    expect(result.stderr).toContain(problem);
    expect(fixture.sandbox.runs()).toHaveLength(0);
    expect(commitLog(fixture.origin).map((commit) => commit.sha)).toEqual(before);
    expect(git(fixture.clone, "status", "--porcelain", "--untracked-files=all")).toBe("");
  });

  test("that is missing stops apply", async () => {
    const fixture = await createFixture({
      ...manifestFiles(["orders"]),
      ".nx1-migrate.yaml": "templates:\n  index: templates/missing.md.hbs\n",
    });

    const result = await fixture.apply();

    expect(result.code, outputOf(result)).toBe(1);
    expect(result.stderr).toContain("template templates/missing.md.hbs: cannot read");
    expect(result.stderr).toContain("check templates.index in the config");
    expect(fixture.sandbox.runs()).toHaveLength(0);
  });
});
