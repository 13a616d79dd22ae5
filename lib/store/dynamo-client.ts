import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { StoreError } from "#store/store.ts";

export interface DynamoClientOptions {
  endpoint?: string;
  region?: string;
  maxAttempts?: number;
  /** Per attempt; default 2500 ms (a Slack reply's budget). Tests and bulk loaders against a local server set their own. */
  requestTimeoutMs?: number;
}

/**
 * A client suited to Lambda behind Slack's 3 s deadline: few attempts and short timeouts, so a sick table fails
 * fast (as a StoreError) instead of hanging the reply. `throwOnRequestTimeout`: without it the Node handler only
 * logs a warning when `requestTimeout` passes and keeps waiting (a paused table held `get()` for 12 s). The SDK's
 * standard retry strategy already backs off with full jitter. Loopback endpoints get dummy credentials.
 */
export function createDynamoClient(options: DynamoClientOptions = {}): DynamoDBClient {
  const local = options.endpoint !== undefined && /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(options.endpoint);
  return new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? "us-east-1",
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: { connectionTimeout: 1000, requestTimeout: options.requestTimeoutMs ?? 2500, throwOnRequestTimeout: true },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(local ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
}

const THROTTLE_NAMES = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "LimitExceededException",
]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

/** A conditional write whose condition did not hold (someone else wrote first): an answer, not a failure. */
export const conditionFailed = (error: unknown): boolean => error instanceof Error && error.name === "ConditionalCheckFailedException";

/** Maps what the SDK throws (after its own retries) to the store's typed errors; anything else is a bug, rethrown. */
export function toStoreError(error: unknown, what: string): unknown {
  if (error instanceof StoreError || !(error instanceof Error)) return error;
  const e = error as Error & { code?: string; $metadata?: { httpStatusCode?: number } };
  if (THROTTLE_NAMES.has(e.name)) {
    return new StoreError("THROTTLED", `${what}: the article table is throttling requests; try again shortly`, { cause: error });
  }
  if (e.name === "AbortError") {
    return new StoreError("TIMEOUT", `${what}: the caller's deadline passed before the article table answered`, { cause: error });
  }
  // The Node handler names a reset connection "TimeoutError" too (so the SDK retries it): only ETIMEDOUT, which a
  // passed requestTimeout carries, is a table that did not answer in time.
  if (e.code === "ETIMEDOUT") {
    return new StoreError("TIMEOUT", `${what}: the article table did not answer in time (${e.code ?? e.name})`, { cause: error });
  }
  if (e.name === "ResourceNotFoundException") {
    // A missing table is a deployment or configuration fault, not a bug in the caller: the archive is unavailable.
    return new StoreError("UNAVAILABLE", `${what}: the article table does not exist (${e.message})`, { cause: error });
  }
  const status = e.$metadata?.httpStatusCode;
  const network =
    (e.code !== undefined && NETWORK_CODES.has(e.code)) ||
    e.name === "TimeoutError" ||
    (error instanceof AggregateError && error.errors.some((inner: { code?: string }) => NETWORK_CODES.has(inner.code ?? "")));
  if (network || e.name === "InternalServerError" || e.name === "ServiceUnavailable" || (status !== undefined && status >= 500)) {
    return new StoreError("UNAVAILABLE", `${what}: the article table cannot be reached (${e.code ?? e.name})`, { cause: error });
  }
  return error;
}
