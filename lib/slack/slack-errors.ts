import { ErrorCode } from "@slack/web-api";

/** What a failed Web API call came to, in terms callers act on: wait, report Slack's error code, or give up. */
export type SlackFailure =
  | { kind: "rate"; retryAfter: number }
  | { kind: "platform"; error: string }
  /** `permanent`: a 4xx the same request will get again; network trouble and 5xx may pass. */
  | { kind: "other"; error: string; permanent: boolean };

/** Classifies what `@slack/web-api` throws; one reading for the share button and the digest poster. */
export function slackFailure(error: unknown): SlackFailure {
  const e = error as { code?: unknown; retryAfter?: unknown; data?: { error?: unknown }; statusCode?: unknown; message?: unknown };
  if (e?.code === ErrorCode.RateLimitedError) return { kind: "rate", retryAfter: typeof e.retryAfter === "number" ? e.retryAfter : 1 };
  if (e?.code === ErrorCode.PlatformError && typeof e.data?.error === "string") {
    if (e.data.error === "ratelimited") return { kind: "rate", retryAfter: 1 };
    return { kind: "platform", error: e.data.error };
  }
  if (e?.code === ErrorCode.HTTPError && typeof e.statusCode === "number") {
    return { kind: "other", error: `http_${e.statusCode}`, permanent: e.statusCode < 500 && e.statusCode !== 408 };
  }
  return { kind: "other", error: e?.code === ErrorCode.RequestError ? "slack_unreachable" : String(e?.message ?? error), permanent: false };
}
