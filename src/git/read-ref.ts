// Reading files of another commit without checking it out, so plan can read
// the ledger branch while the working tree stays on the pull request.

import { runGit, tryGit, checkNotOption, type GitRepository } from "./git-process.js";

/** File modes of regular files in a tree; symlinks (120000) and submodules (160000) are skipped. */
const REGULAR_FILE_MODES = new Set(["100644", "100755"]);

/**
 * Reads every regular file under `folder` at `ref` and returns a map from
 * the path, relative to the repository root, to the file's text (UTF-8).
 * `folder` is relative to the root; "" or "." reads the whole tree. Returns
 * an empty map when `ref` does not name a commit, or the folder does not
 * exist at it. Uses one `git ls-tree` and one `git cat-file --batch`,
 * whatever the number of files.
 */
export async function readFilesAtRef(
  repo: GitRepository,
  ref: string,
  folder: string,
): Promise<Map<string, string>> {
  checkNotOption(ref, "ref");
  const files = new Map<string, string>();
  const commit = await tryGit(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (commit.exitCode !== 0) return files;
  const sha = commit.stdout.trim();

  const prefix = folder.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  const pathArgs = prefix === "" || prefix === "." ? [] : ["--", prefix];
  const listing = await runGit(
    repo,
    ["ls-tree", "-r", "-z", "--full-tree", sha, ...pathArgs],
    "git ls-tree failed",
  );

  const blobs: Array<{ path: string; object: string }> = [];
  for (const entry of listing.split("\0")) {
    // Format: "<mode> SP <type> SP <object> TAB <path>".
    const tab = entry.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, object] = entry.slice(0, tab).split(" ");
    if (type === "blob" && mode && object && REGULAR_FILE_MODES.has(mode)) {
      blobs.push({ path: entry.slice(tab + 1), object });
    }
  }
  if (blobs.length === 0) return files;

  const input = `${blobs.map((blob) => blob.object).join("\n")}\n`;
  const output = await repo.withInput(input).binaryCatFile(["--batch"]);
  const contents = parseBatchOutput(output);
  for (const blob of blobs) {
    const content = contents.get(blob.object);
    if (content !== undefined) files.set(blob.path, content.toString("utf8"));
  }
  return files;
}

/**
 * Parses `git cat-file --batch` output: for each object a header line
 * "<object> <type> <size>", then exactly <size> bytes, then a newline.
 * Sizes count bytes, so the parse works on the Buffer, not on decoded text.
 */
function parseBatchOutput(output: Buffer): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  let offset = 0;
  while (offset < output.length) {
    const newline = output.indexOf(0x0a, offset);
    if (newline < 0) break;
    const [object, type, size] = output.subarray(offset, newline).toString("utf8").split(" ");
    offset = newline + 1;
    if (type === "missing" || !object || size === undefined) continue;
    const length = Number(size);
    contents.set(object, output.subarray(offset, offset + length));
    offset += length + 1;
  }
  return contents;
}
