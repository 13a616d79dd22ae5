import { randomUUID } from "node:crypto";
import { slackSignature } from "#local/slack-signature.ts";
import { slackTyped } from "#local/slack-typed.ts";
import type { APIGatewayProxyStructuredResultV2, LambdaFunctionURLEvent } from "aws-lambda";
import { checkSlackMessage } from "#local/block-kit.ts";
import type { RecordedCall } from "#local/slack-api.ts";

export { slackSignature };

export interface SlashCommand {
  text: string;
  responseUrl: string;
  command?: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
  triggerId?: string;
}

/** The form body Slack POSTs for a slash command; `text` is what the user typed. */
export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: "deprecated-verification-token",
    team_id: c.teamId ?? "T0LOCAL",
    team_domain: "nutgraf-local",
    channel_id: c.channelId ?? "C0NEWS",
    channel_name: "newsroom",
    user_id: c.userId ?? "U0EDITOR",
    user_name: "editor",
    command: c.command ?? "/brief",
    text: slackTyped(c.text),
    api_app_id: "A0NUTGRAF",
    is_enterprise_install: "false",
    response_url: c.responseUrl,
    trigger_id: c.triggerId ?? `${Date.now()}.trigger`,
  }).toString();
}

export interface ButtonPress {
  actionId: string;
  value: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  /** The (ephemeral) message the button was in. */
  messageTs?: string;
  /** When the button was pressed (Slack's action_ts); a redelivery carries the same one. */
  actionTs?: string;
  blockId?: string;
}

/** The form body Slack POSTs when a button is pressed: `payload=<block_actions JSON>`. */
export function buttonBody(p: ButtonPress): string {
  const channel = p.channelId ?? "C0NEWS";
  const payload = {
    type: "block_actions",
    user: { id: p.userId ?? "U0EDITOR", username: "editor", name: "editor", team_id: "T0LOCAL" },
    api_app_id: "A0NUTGRAF",
    token: "deprecated-verification-token",
    container: { type: "message", message_ts: p.messageTs ?? "1700000000.000001", channel_id: channel, is_ephemeral: true },
    trigger_id: `${Date.now()}.trigger`,
    team: { id: "T0LOCAL", domain: "nutgraf-local" },
    channel: { id: channel, name: "newsroom" },
    response_url: p.responseUrl,
    actions: [
      {
        type: "button",
        action_id: p.actionId,
        block_id: p.blockId ?? "share",
        text: { type: "plain_text", text: "Post to channel", emoji: true },
        value: p.value,
        action_ts: p.actionTs ?? "1700000000.000100",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Replace the signature (forgeries). */
  signature?: string;
  omit?: ("signature" | "timestamp")[];
  retryNum?: number;
  /** `function-url` (base64 body, as Lambda Function URLs deliver forms) or `api-gateway-v2`. */
  shape?: "function-url" | "api-gateway-v2";
  requestId?: string;
}

/** What the tests drive: the Lambda handler (functions/slack.ts) and an app from createSlackHandler both fit. */
export type FunctionUrlHandler = (event: LambdaFunctionURLEvent) => Promise<APIGatewayProxyStructuredResultV2>;

/** A Lambda event exactly as a Function URL (or an HTTP API) would hand Slack's POST to the function. */
export function signedEvent(body: string, options: SignOptions): LambdaFunctionURLEvent {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const userAgent = "Slackbot 1.0 (+https://api.slack.com/robots)";
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    "user-agent": userAgent,
    "x-forwarded-proto": "https",
    host: "abc123.lambda-url.us-east-1.on.aws",
  };
  if (!options.omit?.includes("timestamp")) headers["x-slack-request-timestamp"] = String(timestamp);
  if (!options.omit?.includes("signature")) headers["x-slack-signature"] = options.signature ?? slackSignature(options.secret, timestamp, body);
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  const requestId = options.requestId ?? randomUUID();
  const functionUrl = (options.shape ?? "function-url") === "function-url";
  return {
    version: "2.0",
    routeKey: functionUrl ? "$default" : "POST /slack/events",
    rawPath: functionUrl ? "/" : "/slack/events",
    rawQueryString: "",
    headers,
    requestContext: {
      accountId: functionUrl ? "anonymous" : "123456789012",
      apiId: "abc123",
      domainName: "abc123.lambda-url.us-east-1.on.aws",
      domainPrefix: "abc123",
      http: { method: "POST", path: functionUrl ? "/" : "/slack/events", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent },
      requestId,
      routeKey: functionUrl ? "$default" : "POST /slack/events",
      stage: "$default",
      time: new Date(timestamp * 1000).toUTCString(),
      timeEpoch: timestamp * 1000,
    },
    body: functionUrl ? Buffer.from(body, "utf8").toString("base64") : body,
    isBase64Encoded: functionUrl,
  };
}

/**
 * Every message the Slack stand-in received must be one real Slack would accept; returns the violations found.
 * Judged by local/block-kit.ts (Slack's published limits), never by the builder's own checkBlockLimits.
 */
export function blockKitViolations(calls: readonly RecordedCall[]): string[] {
  const problems: string[] = [];
  for (const call of calls) {
    if (call.method !== "response_url" && !call.method.startsWith("chat.")) continue;
    for (const p of checkSlackMessage(call.body).problems) problems.push(`call ${call.seq} ${call.method}: ${p}`);
  }
  return problems;
}

/** All text a recorded message shows (blocks and fallback), for assertions that read like what an editor sees. */
export function shownText(call: RecordedCall): string {
  const parts: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        if (key === "text" && typeof v === "string") parts.push(v);
        else walk(v);
      }
    }
  };
  walk(call.body.blocks);
  return parts.join("\n");
}
