// A manifest that passed loading and the schema: one Nx1 migration run.

import type { YamlSource } from "./yaml-source.js";

export interface Manifest {
  /** Path shown in diagnostics, relative to the working directory. */
  file: string;
  absolutePath: string;
  /** Identity: `metadata.name`, else the file name without extension. */
  name: string;
  description?: string;
  /** Raised by hand to ask for a new run of an unchanged request. */
  revision: number;
  labels: Record<string, string>;
  /** The spec as written in the manifest. */
  spec: Record<string, unknown>;
  /** The request body sent to the API: config defaults merged under the spec, secret references unresolved. */
  request: Record<string, unknown>;
  source: YamlSource;
}
