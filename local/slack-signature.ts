import { createHmac } from "node:crypto";

/**
 * Slack's v0 request signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the app's signing secret. What the
 * local page and the tests use to send requests exactly as Slack does (checked against Slack's published example
 * in test/local-server.test.ts).
 */
export function slackSignature(secret: string, timestamp: string | number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}
