import { isAbsolute, relative, sep } from "node:path";

/** Returns `file` relative to `workingDir` with `/` separators when it lies inside, else as given. */
export function displayPath(file: string, workingDir: string): string {
  if (!isAbsolute(file)) return file.split(sep).join("/");
  const shown = relative(workingDir, file);
  if (shown === "" || shown.startsWith("..") || isAbsolute(shown)) return file;
  return shown.split(sep).join("/");
}
