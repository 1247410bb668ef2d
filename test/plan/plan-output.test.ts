// The three renderings of a plan: terminal text (Terraform-style symbols),
// the JSON that the Action outputs, and the markdown of the PR comment.

import { describe, expect, it } from "vitest";
import { palette } from "../../src/cli/io.js";
import { defaultConfig } from "../../src/config/config.js";
import type { Ledger } from "../../src/ledger/ledger.js";
import type { StatusFile } from "../../src/ledger/status-file.js";
import { beginAttempt, recordUnknown } from "../../src/ledger/transitions.js";
import type { Manifest } from "../../src/manifest/manifest.js";
import { renderPlanMarkdown } from "../../src/report/render-plan.js";
import { fingerprint } from "../../src/plan/fingerprint.js";
import { computePlan } from "../../src/plan/plan.js";
import type { Plan } from "../../src/plan/plan.js";
import { planToJson } from "../../src/plan/render-json.js";
import { renderPlanText } from "../../src/plan/render-text.js";
import { MANIFEST, replaceLine, withSpec } from "../fixtures/manifests.js";
import { RUN_ID, attemptContext, submittedEntry } from "../fixtures/status.js";
import { WORKING_DIR, validateText } from "../fixtures/workspace.js";

function manifestOf(text: string): Manifest {
  const [manifest] = validateText(text, {
    file: `migrations/${/name: (\S+)/.exec(text)?.[1]}.yaml`,
  }).manifests;
  if (!manifest) throw new Error("invalid manifest");
  return manifest;
}

function entryFrom(text: string): StatusFile {
  const manifest = manifestOf(text);
  return submittedEntry({
    name: manifest.name,
    fingerprint: fingerprint(manifest),
    request: manifest.request,
  });
}

const named = (name: string, text = MANIFEST) => replaceLine(4, `  name: ${name}`, text);

/** Builds a plan with one item of every action. */
function fullPlan(): Plan {
  const blockedContext = attemptContext({ name: "blocked-run" });
  const entries = [
    entryFrom(named("changed-run", withSpec("  distcp_mappers: 80"))),
    entryFrom(named("same-run")),
    entryFrom(named("deleted-run")),
    recordUnknown(beginAttempt(undefined, blockedContext), { reason: "HTTP 502" }, blockedContext),
  ];
  const ledger: Ledger = {
    entries: new Map(entries.map((entry) => [entry.name, entry])),
    errors: [],
  };
  const manifests = [
    manifestOf(named("new-run")),
    manifestOf(
      named("changed-run", withSpec("  distcp_mappers: 90", '  email_recipients: "a@example.com"')),
    ),
    manifestOf(named("same-run")),
    manifestOf(named("blocked-run")),
  ];
  return computePlan(manifests, ledger);
}

describe("renderPlanText", () => {
  it("shows a symbol per action and the details", () => {
    expect(renderPlanText(fullPlan(), palette(false))).toBe(
      [
        "Plan: 1 to create, 1 to update, 1 unchanged, 1 removed, 1 blocked",
        "",
        "  ! blocked-run  (migrations/blocked-run.yaml)",
        "      blocked: the outcome of the last submission is unknown (HTTP 502), so a run may exist. Find it on the platform, then run `nx1-migrate resolve blocked-run --run-id ID`, or `--discard` if there is none",
        "  ~ changed-run  (migrations/changed-run.yaml)",
        "      ~ distcp_mappers: 80 -> 90",
        '      + email_recipients: "a@example.com"',
        "  - deleted-run",
        "      removed: the manifest was deleted; its history stays in the ledger, and runs already started are not cancelled (the API cannot cancel a run)",
        `      last run: ${RUN_ID}`,
        "  + new-run  (migrations/new-run.yaml)",
        "",
        "Apply would submit 2 runs; 1 blocked until resolved.",
        "",
      ].join("\n"),
    );
  });

  it("lists unchanged manifests on request", () => {
    const text = renderPlanText(fullPlan(), palette(false), { showUnchanged: true });
    expect(text).toContain("  = same-run  (migrations/same-run.yaml)\n");
  });

  it("says so when nothing changes", () => {
    const entry = entryFrom(MANIFEST);
    const plan = computePlan([manifestOf(MANIFEST)], {
      entries: new Map([["orders", entry]]),
      errors: [],
    });
    expect(renderPlanText(plan, palette(false))).toBe(
      "Plan: 0 to create, 0 to update, 1 unchanged, 0 removed, 0 blocked\n\nNo changes. The ledger matches every manifest.\n",
    );
  });

  it("colours symbols only with a colour palette", () => {
    const coloured = renderPlanText(fullPlan(), palette(true));
    expect(coloured).toContain("\u001b[32m+ new-run\u001b[39m");
    expect(coloured).toContain("\u001b[33m~ changed-run\u001b[39m");
    expect(renderPlanText(fullPlan(), palette(false))).not.toContain("\u001b[");
  });
});

describe("planToJson", () => {
  it("has the documented shape", () => {
    const json = planToJson(fullPlan());
    expect(json.format).toBe(1);
    expect(json.has_changes).toBe(true);
    expect(json.counts).toEqual({ create: 1, update: 1, unchanged: 1, removed: 1, blocked: 1 });
    expect(json.items.map((item) => [item.name, item.action])).toEqual([
      ["blocked-run", "blocked"],
      ["changed-run", "update"],
      ["deleted-run", "removed"],
      ["new-run", "create"],
      ["same-run", "unchanged"],
    ]);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual([
        "name",
        "action",
        "file",
        "fingerprint",
        "previous_fingerprint",
        "ledger_state",
        "last_run_id",
        "reason",
        "changes",
      ]);
    }
    const removed = json.items.find((item) => item.action === "removed");
    expect(removed?.file).toBeNull();
    expect(removed?.fingerprint).toBeNull();
    expect(removed?.last_run_id).toBe(RUN_ID);
    expect(json.items.find((item) => item.action === "update")?.changes).toEqual([
      { path: "distcp_mappers", kind: "change", before: 80, after: 90 },
      { path: "email_recipients", kind: "add", after: "a@example.com" },
    ]);
  });

  it("has no changes when everything is unchanged or removed", () => {
    const entry = entryFrom(named("deleted-run"));
    const plan = computePlan([], { entries: new Map([["deleted-run", entry]]), errors: [] });
    expect(planToJson(plan).has_changes).toBe(false);
  });

  it("survives a JSON round trip unchanged", () => {
    const json = planToJson(fullPlan());
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("renderPlanMarkdown", () => {
  const config = defaultConfig(WORKING_DIR);

  it("names every item that is not plainly unchanged", async () => {
    const markdown = await renderPlanMarkdown(fullPlan(), config);
    expect(markdown.startsWith("### nx1-migrate plan\n")).toBe(true);
    for (const name of ["blocked-run", "changed-run", "deleted-run", "new-run"]) {
      expect(markdown).toContain(`**${name}**`);
    }
    expect(markdown).not.toContain("same-run");
    expect(markdown).toContain("~ distcp_mappers: 80 -> 90");
    expect(markdown).toContain("```diff");
  });

  it("escapes manifest text for markdown", async () => {
    const plan = fullPlan();
    const blocked = plan.items.find((item) => item.action === "blocked");
    if (blocked) blocked.reason = "a | b <script> @team";
    const markdown = await renderPlanMarkdown(plan, config);
    expect(markdown).toContain("a \\| b \\<script\\> @\u200bteam");
    expect(markdown).not.toContain("<script>");
  });

  it("puts the table separator on its own line", async () => {
    const markdown = await renderPlanMarkdown(fullPlan(), config);
    expect(markdown).toMatch(/^\| \| Manifest \| Action \| File \|\n\|---\|---\|---\|---\|$/m);
  });
});
