// Finds manifest files: the paths given on the command line (files, or
// folders searched for *.yaml and *.yml), or else the config's globs.

import { statSync } from "node:fs";
import { resolve } from "node:path";
import { glob } from "tinyglobby";
import type { Config } from "../config/config.js";
import { CONFIG_FILE_NAME } from "../config/schema.js";

export class PathNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`path not found: ${path}; give a manifest file or a folder that contains manifests`);
    this.name = "PathNotFoundError";
  }
}

/** Returns absolute paths of manifest files, sorted, without duplicates. */
export async function discoverManifests(
  config: Config,
  workingDir: string,
  paths: readonly string[] = [],
): Promise<string[]> {
  const found = new Set<string>();
  if (paths.length === 0) {
    const files = await glob(config.manifests, {
      cwd: config.baseDir,
      absolute: true,
      ignore: config.exclude,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
    });
    for (const file of files) found.add(resolve(file));
  } else {
    for (const path of paths) {
      const absolute = resolve(workingDir, path);
      let isDirectory: boolean;
      try {
        isDirectory = statSync(absolute).isDirectory();
      } catch {
        throw new PathNotFoundError(path);
      }
      if (!isDirectory) {
        found.add(absolute);
        continue;
      }
      const files = await glob(["**/*.yaml", "**/*.yml"], {
        cwd: absolute,
        absolute: true,
        ignore: [...config.exclude, "**/node_modules/**"],
        dot: false,
        onlyFiles: true,
        followSymbolicLinks: false,
      });
      for (const file of files) found.add(resolve(file));
    }
  }
  for (const file of found) {
    if (file.endsWith(`/${CONFIG_FILE_NAME}`)) found.delete(file);
  }
  return [...found].sort();
}
