// The undici dispatcher behind the client: proxies from the environment,
// timeouts, and the hook that records whether a request reached the wire.

import type { LookupFunction } from "node:net";

import { EnvHttpProxyAgent, type Dispatcher } from "undici";

import { redactUrlCredentials } from "./redact.js";

export interface ProxySettings {
  /** Proxy for http: URLs. Undefined reads http_proxy/HTTP_PROXY from process.env; "" means none. */
  httpProxy?: string;
  /** Proxy for https: URLs. Undefined reads https_proxy/HTTPS_PROXY, then falls back to httpProxy. */
  httpsProxy?: string;
  /** Comma-separated hosts that bypass the proxy. Undefined reads no_proxy/NO_PROXY. */
  noProxy?: string;
}

export interface DispatcherSettings {
  timeoutMs: number;
  connectTimeoutMs: number;
  proxy?: ProxySettings;
  lookup?: LookupFunction;
}

/**
 * Creates the agent shared by all requests of one client.
 *
 * TLS trust: no `ca` is passed anywhere, so Node's default store applies,
 * and it includes the certificates of NODE_EXTRA_CA_CERTS. Node documents
 * that an explicit `ca` option would replace both the bundled roots and the
 * extra certificates, which is why none is set here. Node reads
 * NODE_EXTRA_CA_CERTS once, when the process starts.
 */
export function createDispatcher(settings: DispatcherSettings): Dispatcher {
  const { timeoutMs, connectTimeoutMs, proxy = {}, lookup } = settings;
  const connect = { timeout: connectTimeoutMs, ...(lookup ? { lookup } : {}) };
  return new EnvHttpProxyAgent({
    ...definedProxySettings(proxy),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connect,
    // The same settings for the connection to the proxy and for the TLS
    // handshake with the API inside the CONNECT tunnel.
    proxyTls: connect,
    requestTls: connect,
    // Plain-http APIs go through the proxy as absolute-form requests, as curl
    // does, because proxies often allow CONNECT only to port 443.
    proxyTunnel: false,
  });
}

function definedProxySettings(proxy: ProxySettings): ProxySettings {
  const result: ProxySettings = {};
  if (proxy.httpProxy !== undefined)
    result.httpProxy = checkProxyUrl(proxy.httpProxy, "HTTP_PROXY");
  if (proxy.httpsProxy !== undefined)
    result.httpsProxy = checkProxyUrl(proxy.httpsProxy, "HTTPS_PROXY");
  if (proxy.noProxy !== undefined) result.noProxy = proxy.noProxy;
  return result;
}

/** Validates a proxy URL up front, so that undici's own error, which may quote it, never surfaces. */
function checkProxyUrl(value: string, name: string): string {
  if (value === "") return value;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new Error(
      `${name} is not an http(s) proxy URL: "${redactUrlCredentials(value)}"; write it as http://proxy.example.com:3128`,
    );
  }
  return value;
}

/**
 * Wraps a dispatcher so that `onStart` runs when undici is about to write
 * the request to a socket. undici calls `onRequestStart` from `writeH1`
 * (undici 7) after the connection, the proxy tunnel and the TLS handshake
 * are all established and before the first byte of the request line, so a
 * request whose `onStart` never ran was certainly not sent.
 */
export function trackRequestStart(dispatcher: Dispatcher, onStart: () => void): Dispatcher {
  return dispatcher.compose(
    (dispatch) => (options, handler) =>
      dispatch(options, {
        onRequestStart(controller, context) {
          onStart();
          handler.onRequestStart?.(controller, context);
        },
        onRequestUpgrade(controller, statusCode, headers, socket) {
          handler.onRequestUpgrade?.(controller, statusCode, headers, socket);
        },
        onResponseStart(controller, statusCode, headers, statusMessage) {
          handler.onResponseStart?.(controller, statusCode, headers, statusMessage);
        },
        onResponseData(controller, chunk) {
          handler.onResponseData?.(controller, chunk);
        },
        onResponseEnd(controller, trailers) {
          handler.onResponseEnd?.(controller, trailers);
        },
        onResponseError(controller, error) {
          handler.onResponseError?.(controller, error);
        },
      }),
  );
}
