// The action as the runner installs it: action.yml and dist/ copied into a folder of their
// own, with no node_modules beside or above them. A bundle that still loads a package at run
// time therefore fails here as it would on GitHub.

import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface ActionInput {
  description: string;
  default?: string;
}

export interface ActionMetadata {
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export interface InstalledAction {
  dir: string;
  /** Absolute path of `runs.main`, the file the runner starts with node. */
  entry: string;
  metadata: ActionMetadata;
}

export function readActionMetadata(dir = REPO_ROOT): ActionMetadata {
  return parse(readFileSync(join(dir, "action.yml"), "utf8")) as ActionMetadata;
}

/** Copies action.yml and dist/ of this checkout into `dir` (a fresh temp folder). */
export function installAction(dir: string): InstalledAction {
  cpSync(join(REPO_ROOT, "action.yml"), join(dir, "action.yml"));
  cpSync(join(REPO_ROOT, "dist"), join(dir, "dist"), { recursive: true });
  const metadata = readActionMetadata(dir);
  return { dir, entry: join(dir, metadata.runs.main), metadata };
}
