// Reads the bad-input corpus: one folder per case under corpus/, with
// case.json (what the case is about and what must happen) and files/, the
// repository files of the case. Every file in files/ ends in `.in`, which is
// dropped when the case is copied into a repository, so that prettier and
// editors leave the hazardous bytes (tabs, CRLF, BOM, invalid UTF-8) alone.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_DIR = fileURLToPath(new URL("../corpus", import.meta.url));

/** One diagnostic the case must produce. */
export interface ExpectedDiagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
}

export interface CorpusCase {
  id: string;
  about: string;
  /** Diagnostics that must appear, for a case that must fail. */
  expect?: ExpectedDiagnostic[];
  /** Fields the submitted request must hold, for a valid-but-tricky case. */
  request?: Record<string, unknown>;
  /** Rule ids of warnings a valid case prints. */
  warnings?: string[];
  /** Text that must not appear in any output, such as a literal secret written in the manifest. */
  absent?: string[];
  /** Names a file the test generates because it is too large to keep in git. */
  generate?: "huge-file";
  /** Repository files: path to bytes. */
  files: Record<string, Uint8Array>;
}

/** Returns every case of the corpus, sorted by id. */
export function readCorpus(): CorpusCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((id) => statSync(join(CORPUS_DIR, id)).isDirectory())
    .sort()
    .map(readCase);
}

function readCase(id: string): CorpusCase {
  const dir = join(CORPUS_DIR, id);
  const meta = JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as Omit<
    CorpusCase,
    "id" | "files"
  >;
  const files: Record<string, Uint8Array> = {};
  const filesDir = join(dir, "files");
  if (existsSync(filesDir)) {
    for (const path of listFiles(filesDir)) {
      if (!path.endsWith(".in")) throw new Error(`corpus file ${id}/files/${path} must end in .in`);
      files[path.slice(0, -".in".length)] = readFileSync(join(filesDir, path));
    }
  }
  if (meta.generate === "huge-file") files["migrations/huge.yaml"] = hugeManifest();
  return { id, ...meta, files };
}

/** Lists the files under `dir` as paths relative to `root`, with `/` separators. */
function listFiles(root: string, dir = root): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(root, path));
    else found.push(relative(root, path).split(sep).join("/"));
  }
  return found;
}

/** Returns a syntactically valid manifest of 2 MiB, twice the 1 MiB limit, made of a long description. */
function hugeManifest(): Uint8Array {
  const head = "apiVersion: nx1-migrate/v1\nkind: DataMigrationRun\nmetadata:\n  description: ";
  return Buffer.from(`${head}${"x".repeat(2 * 1024 * 1024)}\n`);
}
