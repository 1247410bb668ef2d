// Lets a plan skip parsing manifests that have not changed since they were
// recorded: the ledger stores the git blob hash of the manifest file and a
// hash of the config and tool version it was checked with.

import { createHash } from "node:crypto";
import type { Config } from "../config/config.js";
import type { SourceStamp, StatusFile } from "../ledger/status-file.js";
import { VERSION } from "../version.js";

/** Returns git's blob hash of `bytes`, as `git hash-object` prints it. */
export function gitBlobHash(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** Returns the hash of what else decides a manifest's validity and fingerprint: the config text and the tool version. */
export function configStamp(config: Config): string {
  return createHash("sha256").update(`${VERSION}\n${config.hash}`).digest("hex").slice(0, 32);
}

/** Returns the stamp of a manifest file; `config` is the configStamp, computed once for all files. */
export function sourceStamp(path: string, bytes: Uint8Array, config: string): SourceStamp {
  return { path, blob: gitBlobHash(bytes), config };
}

/**
 * Returns true when the entry was recorded from these exact bytes at this
 * path under the same config, and its state is settled. Only then may the
 * plan call the manifest unchanged without reading it.
 */
export function matchesStamp(entry: StatusFile | undefined, stamp: SourceStamp): boolean {
  if (!entry?.source) return false;
  if (entry.state !== "submitted" && entry.state !== "rejected") return false;
  return (
    entry.source.path === stamp.path &&
    entry.source.blob === stamp.blob &&
    entry.source.config === stamp.config
  );
}
