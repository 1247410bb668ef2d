// The action's inputs, read once into one typed settings object.

import { isAbsolute, resolve } from "node:path";
import type { ModeInput } from "../github/event.js";
import { MODE_INPUTS } from "../github/event.js";
import { stickyMarker } from "../github/sticky-comment.js";

/** The parts of @actions/core that reading inputs needs. */
export interface InputReader {
  getInput(name: string): string;
}

export interface ActionSettings {
  mode: ModeInput;
  apiUrl?: string;
  apiKey?: string;
  token?: string;
  githubToken?: string;
  workingDirectory: string;
  config?: string;
  comment: boolean;
  commentKey?: string;
  commit: boolean;
  push: boolean;
  branch?: string;
  concurrency?: number;
  failOnWarnings: boolean;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export function readSettings(core: InputReader, env: NodeJS.ProcessEnv): ActionSettings {
  const text = (name: string) => core.getInput(name).trim() || undefined;
  const mode = (text("mode") ?? "auto").toLowerCase();
  if (!(MODE_INPUTS as readonly string[]).includes(mode))
    throw new InputError(
      `invalid input mode ${JSON.stringify(mode)}; write one of ${MODE_INPUTS.join(", ")}`,
    );
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const directory = text("working-directory") ?? ".";
  const concurrency = text("concurrency");
  if (concurrency !== undefined && !/^[1-9][0-9]*$/.test(concurrency))
    throw new InputError(
      `invalid input concurrency ${JSON.stringify(concurrency)}; write a whole number of 1 or more`,
    );
  const commentKey = text("comment-key");
  if (commentKey !== undefined) {
    try {
      stickyMarker(commentKey);
    } catch {
      throw new InputError(
        `invalid input comment-key ${JSON.stringify(commentKey)}; write 1 to 64 letters, digits, dots, underscores or hyphens, such as the workflow name`,
      );
    }
  }
  return {
    mode: mode as ModeInput,
    apiUrl: text("api-url"),
    apiKey: text("api-key"),
    token: text("token"),
    githubToken: text("github-token"),
    workingDirectory: isAbsolute(directory) ? directory : resolve(workspace, directory),
    config: text("config"),
    comment: booleanInput(core, "comment", true),
    commentKey,
    commit: booleanInput(core, "commit", true),
    push: booleanInput(core, "push", true),
    branch: text("branch"),
    concurrency: concurrency === undefined ? undefined : Number(concurrency),
    failOnWarnings: booleanInput(core, "fail-on-warnings", false),
  };
}

/** Reads a boolean input as YAML 1.2 core does: true/True/TRUE or false/False/FALSE, else an error. */
function booleanInput(core: InputReader, name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim();
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`invalid input ${name} ${JSON.stringify(value)}; write true or false`);
}
