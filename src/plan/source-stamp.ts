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

// A plan stamps thousands of files with one config, so the hash is kept per config object.
const configStamps = new WeakMap<Config, string>();

/** Returns the hash of what else decides a manifest's validity and fingerprint: the config text and the tool version. */
export function configStamp(config: Config): string {
  let stamp = configStamps.get(config);
  if (stamp === undefined) {
    stamp = createHash("sha256").update(`${VERSION}\n${config.hash}`).digest("hex").slice(0, 32);
    configStamps.set(config, stamp);
  }
  return stamp;
}

export function sourceStamp(path: string, bytes: Uint8Array, config: Config): SourceStamp {
  return { path, blob: gitBlobHash(bytes), config: configStamp(config) };
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
