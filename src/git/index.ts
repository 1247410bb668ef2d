// Public surface of the git adapter.

export {
  BOT_IDENTITY,
  GitCommandError,
  openRepository,
  type GitIdentity,
  type GitRepository,
  type OpenRepositoryOptions,
} from "./git-process.js";
export { blobHashes, currentBranch, headSha, uncommittedPaths } from "./inspect.js";
export { commitFiles, type CommitFilesOptions } from "./commit.js";
export {
  classifyPushRejection,
  pushWithRetry,
  type PushOptions,
  type PushRejectionKind,
  type PushRetryEvent,
} from "./push.js";
export { openBranchWorktree, type BranchWorktree, type BranchWorktreeOptions } from "./worktree.js";
export { readFilesAtRef } from "./read-ref.js";
export { redactCredentials } from "./redact.js";
export { fetchBranch } from "./fetch-branch.js";
