import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import type { AnnotationProperties } from "@actions/core";
import { describe, expect, it } from "vitest";

import {
  annotate,
  toAnnotationProperties,
  type AnnotationSink,
} from "../../src/github/annotations.js";
import { escapeAnnotationMessage } from "../../src/github/safe-log.js";
import type { Diagnostic } from "../../src/manifest/diagnostic.js";
import { parseRunnerCommand, runnerLines } from "./runner-commands.js";

interface Call {
  level: "error" | "warning";
  message: string;
  properties: AnnotationProperties | undefined;
}

function recordingSink(): AnnotationSink & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    error: (message, properties) => calls.push({ level: "error", message, properties }),
    warning: (message, properties) => calls.push({ level: "warning", message, properties }),
  };
}

function diagnostic(overrides: Partial<Diagnostic>): Diagnostic {
  return {
    file: "migrations/sales.yaml",
    line: 3,
    column: 5,
    severity: "error",
    message: "bucket name is invalid",
    ruleId: "bucket-name",
    ...overrides,
  };
}

describe("annotate", () => {
  it("caps annotations per severity and lists all", () => {
    const errors = Array.from({ length: 12 }, (_, index) => diagnostic({ line: 12 - index }));
    const warnings = Array.from({ length: 3 }, (_, index) =>
      diagnostic({ severity: "warning", line: 100 + index, ruleId: "email-list" }),
    );
    const sink = recordingSink();

    const report = annotate([...errors, ...warnings, errors[0]!], sink);

    expect(sink.calls.filter((call) => call.level === "error")).toHaveLength(10);
    expect(sink.calls.filter((call) => call.level === "warning")).toHaveLength(3);
    expect(report.annotated).toEqual({ error: 10, warning: 3 });
    expect(report.omitted).toEqual({ error: 2, warning: 0 });
    expect(report.lines).toHaveLength(15);
    expect(report.lines[0]).toBe(
      "migrations/sales.yaml:1:5: error: bucket name is invalid [bucket-name]",
    );
    expect(report.lines.at(-1)).toBe(
      "migrations/sales.yaml:102:5: warning: bucket name is invalid [email-list]",
    );
    expect(sink.calls[0]!.properties?.startLine).toBe(1);
  });

  it("honours maxPerSeverity", () => {
    const sink = recordingSink();

    const report = annotate([diagnostic({ line: 1 }), diagnostic({ line: 2 })], sink, {
      maxPerSeverity: 1,
    });

    expect(sink.calls).toHaveLength(1);
    expect(report.omitted.error).toBe(1);
  });

  it("passes properties and message unescaped for core", () => {
    const sink = recordingSink();
    const file = "migrations/a,b:c 100%.yaml";

    annotate([diagnostic({ file, message: 'distcp_bandwidth "0%" must be > 0, got: 0' })], sink);

    expect(sink.calls[0]).toEqual({
      level: "error",
      message: 'distcp_bandwidth "0%" must be > 0, got: 0',
      properties: { title: "bucket-name", file, startLine: 3, endLine: 3, startColumn: 5 },
    });
  });

  it("escapes a command in the message", () => {
    const sink = recordingSink();

    const report = annotate([diagnostic({ message: "unknown key\n::add-mask::x" })], sink);

    expect(sink.calls[0]!.message).toBe("unknown key\n\\x3a:add-mask::x");
    expect(report.lines[0]).toBe(
      "migrations/sales.yaml:3:5: error: unknown key\\n::add-mask::x [bucket-name]",
    );
  });
});

describe("toAnnotationProperties", () => {
  it("sends columns on one line", () => {
    expect(toAnnotationProperties(diagnostic({ endLine: 3, endColumn: 9 }))).toEqual({
      title: "bucket-name",
      file: "migrations/sales.yaml",
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 9,
    });
  });

  it("drops columns across lines", () => {
    expect(toAnnotationProperties(diagnostic({ endLine: 6, endColumn: 2 }))).toEqual({
      title: "bucket-name",
      file: "migrations/sales.yaml",
      startLine: 3,
      endLine: 6,
    });
  });

  it("drops an end column before the start", () => {
    expect(toAnnotationProperties(diagnostic({ endColumn: 2 })).endColumn).toBeUndefined();
  });

  it("drops an unknown position", () => {
    expect(toAnnotationProperties(diagnostic({ line: 0, column: 0 }))).toEqual({
      title: "bucket-name",
      file: "migrations/sales.yaml",
    });
  });
});

describe("annotate with @actions/core", () => {
  it("produces commands the runner decodes exactly", () => {
    const tricky: Diagnostic[] = [
      diagnostic({
        file: "migrations/a,b:c 100%.yaml",
        message: 'value "50%", key: x\n::set-output name=y::z',
      }),
      diagnostic({ severity: "warning", line: 4, endLine: 7, message: "##[add-mask]secret" }),
    ];
    const logTexts = [
      "  ::add-mask::hunter2",
      "a\n::error::forged",
      "x ##[stop-commands]t",
      "\u3000::warning::w",
    ];
    const fixture = fileURLToPath(new URL("./fixtures/emit-annotations.ts", import.meta.url));
    const root = fileURLToPath(new URL("../..", import.meta.url));

    const child = spawnSync(process.execPath, ["--import", "tsx", fixture], {
      cwd: root,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH ?? "",
        NX1_FIXTURE_INPUT: JSON.stringify({ diagnostics: tricky, logTexts }),
      },
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);

    const lines = runnerLines(child.stdout);
    const commands = lines.map(parseRunnerCommand);
    expect(lines).toHaveLength(2 + tricky.length + logTexts.length);
    expect(commands.slice(2).every((command) => command === undefined)).toBe(true);

    expect(commands[0]).toEqual({
      command: "error",
      properties: {
        title: "bucket-name",
        file: "migrations/a,b:c 100%.yaml",
        line: "3",
        endLine: "3",
        col: "5",
      },
      data: escapeAnnotationMessage(tricky[0]!.message),
    });
    expect(commands[0]!.data).toBe('value "50%", key: x\n\\x3a:set-output name=y::z');
    expect(commands[1]).toEqual({
      command: "warning",
      properties: { title: "bucket-name", file: "migrations/sales.yaml", line: "4", endLine: "7" },
      data: "\\x23#[add-mask]secret",
    });
  });
});
