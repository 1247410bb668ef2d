// The one place that builds a GitHub REST client. Retries and rate-limit waits live here so
// every caller gets the same bounded behaviour, and the token is kept out of every log line.
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";

import { VERSION } from "../version.js";

/** Log sink for the client. The Action passes @actions/core functions, and tests pass recorders. */
export interface GitHubLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export interface CreateOctokitOptions {
  /** Token for the Authorization header. Empty or missing sends requests without one. */
  token?: string;
  /** REST API root. Default: GITHUB_API_URL from `env`, else https://api.github.com. */
  baseUrl?: string;
  /** Environment that supplies GITHUB_API_URL. Default: process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Default: warnings to console.warn, nothing else. */
  logger?: GitHubLogger;
  /** Retries per request after a 5xx response or a rate limit. Default 3. */
  maxRetries?: number;
  /** Maximum rate-limit wait, in seconds, that is still retried. Default 60. */
  maxRetryAfter?: number;
  /**
   * Milliseconds per second of Retry-After, rate-limit reset or backoff (the plugins'
   * `retryAfterBaseValue`). Default 1000; tests pass a small value to run fast.
   */
  retryAfterBaseValue?: number;
}

const DEFAULT_API_URL = "https://api.github.com";

// Status codes @octokit/plugin-retry 8 leaves alone by default, plus 429. GitHub returns
// 429 (or 403) for rate limits, and the throttling plugin retries those after the wait that
// GitHub states. Left to plugin-retry as well, a 429 would first be retried on its own
// 1 s, 4 s, 9 s backoff, ignoring that wait.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

const GitHubOctokit = Octokit.plugin(retry, throttling);

/** Octokit with the REST methods, pagination, retry and throttling plugins. */
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

/**
 * Builds a REST client for github.com or GitHub Enterprise Server.
 *
 * A 5xx response is retried up to `maxRetries` times with the retry plugin's backoff
 * (1 s, 4 s, 9 s by default). A primary or secondary rate limit (403 or 429) is retried
 * up to `maxRetries` times after the wait GitHub states, unless that wait exceeds
 * `maxRetryAfter`. Every retry and every give-up goes to `logger.warn`.
 */
export function createOctokit(options: CreateOctokitOptions = {}): GitHubClient {
  const token = options.token ?? "";
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryAfter = options.maxRetryAfter ?? 60;
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000;
  requireCount("maxRetries", maxRetries);
  requireCount("maxRetryAfter", maxRetryAfter);
  requireCount("retryAfterBaseValue", retryAfterBaseValue);

  const baseUrl = resolveApiBaseUrl(options.baseUrl, options.env ?? process.env);
  const log = redactingLogger(options.logger ?? defaultLogger, token);

  const decideRetry = (kind: string) => {
    return (
      retryAfter: number,
      request: { method: string; url: string },
      _client: unknown,
      retryCount: number,
    ) => {
      const subject = `${kind} for ${request.method} ${request.url}`;
      if (retryCount >= maxRetries) {
        log.warn(`GitHub ${subject}: giving up after ${retryCount} retries.`);
        return false;
      }
      if (retryAfter > maxRetryAfter) {
        log.warn(
          `GitHub ${subject}: the wait of ${retryAfter} s exceeds ${maxRetryAfter} s, so not retrying.`,
        );
        return false;
      }
      log.warn(`GitHub ${subject}: retry ${retryCount + 1} of ${maxRetries} in ${retryAfter} s.`);
      return true;
    };
  };

  return new GitHubOctokit({
    auth: token === "" ? undefined : token,
    baseUrl,
    userAgent: `nx1-migrate/${VERSION}`,
    log: {
      // plugin-request-log writes one line per attempt: successes at info, failures at
      // error. Both are request traces here. A failure that matters reaches the caller as
      // a thrown RequestError, and a 403 on a fork pull request is expected, not an error.
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warn(message),
      error: (message: string) => log.info(message),
    },
    // `retries` goes in `retry`, not `request`: plugin-retry 8 retries any error, 404
    // included, when `request.retries` is set on the request options.
    retry: { doNotRetry: DO_NOT_RETRY, retries: maxRetries, retryAfterBaseValue },
    throttle: {
      onRateLimit: decideRetry("rate limit exceeded"),
      onSecondaryRateLimit: decideRetry("secondary rate limit exceeded"),
      retryAfterBaseValue,
    },
  });
}

/**
 * Returns the REST API root without a trailing slash: `explicit`, else GITHUB_API_URL
 * (set by the runner, `https://HOST/api/v3` on GitHub Enterprise Server), else github.com.
 */
export function resolveApiBaseUrl(
  explicit: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const fromEnv = env.GITHUB_API_URL?.trim();
  const chosen = explicit?.trim() || fromEnv || DEFAULT_API_URL;
  let source = "default";
  if (explicit?.trim()) source = "baseUrl";
  else if (fromEnv) source = "GITHUB_API_URL";

  let url: URL;
  try {
    url = new URL(chosen);
  } catch {
    throw new Error(
      `Invalid GitHub API URL ${JSON.stringify(chosen)} (${source}): write an absolute URL such as ${DEFAULT_API_URL}.`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(
      `Invalid GitHub API URL ${JSON.stringify(chosen)} (${source}): the scheme must be https or http.`,
    );
  }
  return chosen.replace(/\/+$/, "");
}

const defaultLogger: GitHubLogger = {
  debug: () => {},
  info: () => {},
  warn: (message) => console.warn(message),
};

// Octokit passes the request options as a second argument to debug(); only the first
// argument is forwarded, and the token is replaced in case a message ever quotes it.
function redactingLogger(logger: GitHubLogger, token: string): GitHubLogger {
  const redact = (message: unknown): string => {
    const text = String(message);
    return token === "" ? text : text.split(token).join("***");
  };
  return {
    debug: (message) => logger.debug(redact(message)),
    info: (message) => logger.info(redact(message)),
    warn: (message) => logger.warn(redact(message)),
  };
}

function requireCount(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`Invalid ${name} ${value}: write a number of 0 or more.`);
  }
}
