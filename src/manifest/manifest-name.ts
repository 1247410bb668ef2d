// Validity of manifest names. Names become status file names, so this
// module checks what the schema's name pattern cannot express.

import { NAME_PATTERN } from "./envelope.js";

const NAME = new RegExp(NAME_PATTERN);
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Returns why `name` cannot be a manifest name, or undefined when it can.
 * Besides matching the schema pattern, a name must not contain `..`, so
 * that no name reads as a parent folder. It must not be a Windows device
 * name such as `con` or `nul.x` either, because Windows cannot create a
 * status file with that name.
 */
export function manifestNameProblem(name: string): string | undefined {
  if (!NAME.test(name))
    return "use letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 100 characters";
  if (name.includes("..")) return "it contains `..`; use a single `.`, or `-`";
  if (WINDOWS_DEVICE.test(name))
    return "it is a reserved device name on Windows; choose another name";
  return undefined;
}
