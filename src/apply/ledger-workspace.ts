// Where apply writes: the folder of status files, the folder of reports,
// and how they are published (commit and push, or nothing for local use).
// The git adapter provides the real one; the stage uses only this interface.

import type { StatusFile } from "../ledger/status-file.js";
import type { RenderedReport } from "../report/render-reports.js";

export interface PublishResult {
  /** The new commit, or undefined when nothing changed or committing is off. */
  commit?: string;
  pushed: boolean;
}

export interface LedgerWorkspace {
  /** Human-readable place, such as `.nx1-migrate/status on branch nx1-ledger`. */
  description: string;
  writeEntry(entry: StatusFile): Promise<void>;
  /** Removes the entry of a name that had none before an attempt that never reached the API. */
  removeEntry(name: string): Promise<void>;
  writeReports(reports: readonly RenderedReport[]): Promise<void>;
  /** Commits every change under the ledger and reports folders as one commit, then pushes when configured. */
  publish(message: string, options?: PublishOptions): Promise<PublishResult>;
}

export interface PublishOptions {
  /**
   * When the commit cannot be pushed, reset the branch to where it was
   * before, so that the local branch does not carry entries the remote did
   * not get. Default false, which keeps the commit for a later push.
   */
  undoOnFailure?: boolean;
}
