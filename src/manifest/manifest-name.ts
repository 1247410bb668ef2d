// What makes a manifest name valid. Names become status file names, so
// a name is checked here for what the schema pattern cannot express.

import { NAME_PATTERN } from "./envelope.js";

const NAME = new RegExp(NAME_PATTERN);
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Returns why `name` cannot be a manifest name, or undefined when it can.
 * Besides the schema pattern, a name must not contain `..` (so no name can
 * read as a parent folder) and must not be a Windows device name such as
 * `con` or `nul.x`, which no status file could be created for on Windows.
 */
export function manifestNameProblem(name: string): string | undefined {
  if (!NAME.test(name))
    return "use letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 100 characters";
  if (name.includes("..")) return "it contains `..`; use a single `.`, or `-`";
  if (WINDOWS_DEVICE.test(name))
    return "it is a reserved device name on Windows; choose another name";
  return undefined;
}
