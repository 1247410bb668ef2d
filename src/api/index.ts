// Public surface of the Nx1 API client.

export {
  createNx1Client,
  type Nx1Client,
  type Nx1ClientOptions,
  retryMessage,
  type RetryEvent,
  type SubmitOptions,
} from "./client.js";
export { clientOptionsFromEnv, type Environment } from "./env.js";
export type { SubmitOutcome, SubmitOutcomeKind } from "./outcome.js";
export type { ProxySettings } from "./dispatcher.js";
export type { RetryPolicy } from "./retry.js";
export { RUNS_PATH } from "./api-url.js";
export { SECRET_REQUEST_FIELDS } from "./redact.js";
