import { createRequire as __nx1CreateRequire } from "node:module"; const require = __nx1CreateRequire(import.meta.url);
import {
  stickyMarker
} from "./chunks/chunk-CAK2LJPF.js";
import {
  core_exports,
  escapeForLog,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret
} from "./chunks/chunk-P7TFCAEB.js";
import "./chunks/chunk-RVDFPOOV.js";

// src/github/event.ts
import { readFileSync } from "node:fs";
var MODE_INPUTS = ["auto", "validate", "plan", "apply"];
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function readEventContext(env) {
  const eventName = requireVariable(
    env,
    "GITHUB_EVENT_NAME",
    "the event name, such as pull_request"
  );
  const repository = requireVariable(env, "GITHUB_REPOSITORY", "owner/name");
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new Error(`Invalid GITHUB_REPOSITORY ${JSON.stringify(repository)}: write owner/name.`);
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH?.trim());
  const defaultBranch = stringAt(payload, ["repository", "default_branch"]);
  const pullRequest = readPullRequest(payload);
  return {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA?.trim() ?? "",
    ref: env.GITHUB_REF?.trim() ?? "",
    ...defaultBranch ? { defaultBranch } : {},
    ...pullRequest ? { pullRequest } : {},
    workflowRunUrl: workflowRunUrl(env, owner, repo)
  };
}
function resolveMode(input, context) {
  const normalized = input.trim().toLowerCase() || "auto";
  if (!isModeInput(normalized)) {
    throw new Error(
      `Invalid mode ${JSON.stringify(input)}: write one of ${MODE_INPUTS.join(", ")}.`
    );
  }
  if (normalized === "apply" && PULL_REQUEST_EVENTS.has(context.eventName)) {
    throw new Error(
      `Mode apply is not allowed on ${context.eventName} events, because it would submit runs from unmerged changes: use mode plan here and apply on push to the default branch or on workflow_dispatch.`
    );
  }
  if (normalized !== "auto") return normalized;
  if (PULL_REQUEST_EVENTS.has(context.eventName)) return "plan";
  if (context.eventName === "workflow_dispatch")
    return isDefaultBranchRef(context) ? "apply" : "plan";
  if (context.eventName === "push" && isDefaultBranchRef(context)) return "apply";
  return "validate";
}
function isDefaultBranchRef(context) {
  return context.defaultBranch !== void 0 && context.ref === `refs/heads/${context.defaultBranch}`;
}
function isModeInput(value) {
  return MODE_INPUTS.includes(value);
}
function requireVariable(env, name, expected) {
  const value = env[name]?.trim();
  if (!value) {
    throw new Error(
      `${name} is missing: the GitHub runner sets it to ${expected}. Outside GitHub Actions, set it yourself.`
    );
  }
  return value;
}
function readPayload(path) {
  if (!path) return {};
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(
      `Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`,
      {
        cause: error
      }
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(
      `Invalid JSON in the event payload GITHUB_EVENT_PATH=${path}: ${error.message}`,
      {
        cause: error
      }
    );
  }
}
function readPullRequest(payload) {
  const number = valueAt(payload, ["pull_request", "number"]);
  if (typeof number !== "number" || !Number.isInteger(number)) return void 0;
  const headRepoFullName = stringAt(payload, ["pull_request", "head", "repo", "full_name"]) ?? "";
  const baseRepoFullName = stringAt(payload, ["pull_request", "base", "repo", "full_name"]) ?? "";
  return {
    number,
    headRepoFullName,
    baseRepoFullName,
    isFork: headRepoFullName.toLowerCase() !== baseRepoFullName.toLowerCase(),
    headSha: stringAt(payload, ["pull_request", "head", "sha"]) ?? ""
  };
}
function workflowRunUrl(env, owner, repo) {
  const server = (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "");
  const actionsUrl = `${server}/${owner}/${repo}/actions`;
  const runId = env.GITHUB_RUN_ID?.trim();
  if (!runId) return actionsUrl;
  const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
  const attemptPath = attempt ? `/attempts/${encodeURIComponent(attempt)}` : "";
  return `${actionsUrl}/runs/${encodeURIComponent(runId)}${attemptPath}`;
}
function valueAt(root, path) {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[key];
  }
  return current;
}
function stringAt(root, path) {
  const value = valueAt(root, path);
  return typeof value === "string" && value !== "" ? value : void 0;
}

// src/action/settings.ts
import { isAbsolute, resolve } from "node:path";
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function readSettings(core, env) {
  const text = (name) => core.getInput(name).trim() || void 0;
  const mode = (text("mode") ?? "auto").toLowerCase();
  if (!MODE_INPUTS.includes(mode))
    throw new InputError(
      `invalid input mode ${JSON.stringify(mode)}; write one of ${MODE_INPUTS.join(", ")}`
    );
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const directory = text("working-directory") ?? ".";
  const concurrency = text("concurrency");
  if (concurrency !== void 0 && !/^[1-9][0-9]*$/.test(concurrency))
    throw new InputError(
      `invalid input concurrency ${JSON.stringify(concurrency)}; write a whole number of 1 or more`
    );
  const commentKey = text("comment-key");
  if (commentKey !== void 0) {
    try {
      stickyMarker(commentKey);
    } catch {
      throw new InputError(
        `invalid input comment-key ${JSON.stringify(commentKey)}; write 1 to 64 letters, digits, dots, underscores or hyphens, such as the workflow name`
      );
    }
  }
  return {
    mode,
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
    concurrency: concurrency === void 0 ? void 0 : Number(concurrency),
    failOnWarnings: booleanInput(core, "fail-on-warnings", false)
  };
}
function booleanInput(core, name, fallback) {
  const value = core.getInput(name).trim();
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`invalid input ${name} ${JSON.stringify(value)}; write true or false`);
}

// src/action/main.ts
var SECRET_INPUTS = ["api-key", "token", "github-token"];
async function run() {
  const env = process.env;
  for (const name of SECRET_INPUTS) {
    const secret = getInput(name);
    if (secret) setSecret(secret);
  }
  const settings = readSettings(core_exports, env);
  const context = readEventContext(env);
  const mode = resolveMode(settings.mode, context);
  setOutput("mode", mode);
  info(`nx1-migrate: ${mode} (event ${context.eventName})`);
  let result;
  if (mode === "apply")
    result = await (await import("./chunks/apply-mode-SIJU7PUE.js")).runApplyMode(settings, context, env);
  else if (mode === "plan")
    result = await (await import("./chunks/plan-mode-WRIOXKSK.js")).runPlanMode(settings, context);
  else result = await (await import("./chunks/validate-mode-QJWPU5WC.js")).runValidateMode(settings);
  setOutput("result", result);
  if (result === "invalid")
    setFailed("Invalid manifests or config: see the annotations and the job summary.");
  else if (result === "failed")
    setFailed(
      "Some runs were not submitted: see the job summary. Every outcome is recorded in the ledger."
    );
}
run().catch((error) => {
  try {
    setOutput("result", "failed");
  } catch {
  }
  setFailed(escapeForLog(error instanceof Error ? error.message : String(error)));
});
