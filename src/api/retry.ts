// Backoff between attempts of a request that certainly never reached the
// server. Which failures may be retried is decided in transport-error.ts and
// response.ts; this file only decides how long to wait.

export interface RetryPolicy {
  /** Maximum number of attempts, the first one included. */
  attempts: number;
  /** Delay before the first retry, in milliseconds; each later retry doubles it. */
  baseDelayMs: number;
  /** Upper bound of every delay, Retry-After included, in milliseconds. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/**
 * Computes the delay before retry number `retry` (1 for the first retry).
 * A Retry-After value from the server wins over the exponential backoff, and
 * both are capped at `maxDelayMs`. The backoff uses "equal jitter": half of
 * the exponential step is fixed and half is random, so clients that failed
 * together spread out but never retry immediately.
 */
export function retryDelayMs(
  retry: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(policy.maxDelayMs, Math.max(0, retryAfterMs));
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Parses a Retry-After header: delay-seconds or an HTTP date (RFC 9110,
 * section 10.2.3). Returns the delay in milliseconds, or undefined when the
 * header is missing or malformed. A date in the past gives 0.
 */
export function parseRetryAfterMs(
  value: string | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
