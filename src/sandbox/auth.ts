// Credential check of the sandbox, following the two security schemes of the
// contract: the `Authorization-PSK` API key header and an OAuth2 bearer token.

import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export interface CredentialConfig {
  /** Pre-shared key expected in the `Authorization-PSK` header. */
  psk?: string;
  /** Tokens accepted in `Authorization: Bearer <token>`. */
  bearerTokens?: readonly string[];
}

/**
 * Returns whether the request carries a valid credential. With neither a PSK
 * nor bearer tokens configured, any non-empty PSK header or bearer token
 * passes, but one of them is still required.
 */
export function hasValidCredentials(
  headers: IncomingHttpHeaders,
  config: CredentialConfig,
): boolean {
  const psk = headerText(headers["authorization-psk"]).trim();
  const token = bearerToken(headerText(headers.authorization));
  const tokens = config.bearerTokens ?? [];

  if (config.psk === undefined && tokens.length === 0) {
    return psk !== "" || token !== "";
  }
  if (config.psk !== undefined && psk !== "" && secretsEqual(psk, config.psk)) return true;
  return token !== "" && tokens.some((expected) => secretsEqual(token, expected));
}

/**
 * Extracts the token of `Authorization: Bearer <token>`, or "" when there is none. The scheme
 * name is case-insensitive (RFC 7235, section 2.1), so `bearer <token>` passes too.
 */
function bearerToken(authorization: string): string {
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  return match?.[1] ?? "";
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

/** Compares SHA-256 digests so that the time taken reveals neither the content nor the length. */
function secretsEqual(received: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(received), digest(expected));
}
