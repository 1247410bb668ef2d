// The fingerprint identifies one submission: a hash of what would be sent
// and of the envelope fields that ask for a new run. Apply submits at most
// once per fingerprint.

import { createHash } from "node:crypto";
import { API_VERSION } from "../manifest/envelope.js";
import type { Manifest } from "../manifest/manifest.js";
import { canonicalJson } from "./canonical.js";

/**
 * Returns `sha256:<hex>` over the canonical resolved request (secret
 * references as written, never their values) and `metadata.revision`.
 * Comments, key order, quoting, line endings, a BOM, the file path and the
 * description or labels do not change it; any request value does.
 */
export function fingerprint(manifest: Pick<Manifest, "request" | "revision">): string {
  const input = canonicalJson({
    apiVersion: API_VERSION,
    request: manifest.request,
    revision: manifest.revision,
  });
  return `sha256:${createHash("sha256").update(input).digest("hex")}`;
}
