import { verifyV0, type V0Refusal } from "#lib/v0-signature.ts";

/**
 * Slack's v0 request signature, checked before anything reads the body.
 *
 * Why our own and not Bolt's: Bolt 5.1's AwsLambdaReceiver parses the body first (an unsigned unparseable body
 * throws: a 5xx and a stack trace), accepts timestamps in the future, `Infinity` and fractions, decodes base64
 * bodies as ASCII (so the HMAC is not over the bytes Slack signed), and refuses `…; charset=utf-8` content types.
 */

export { MAX_SKEW_SECONDS } from "#lib/v0-signature.ts";

export interface SignedRequest {
  headers: Record<string, string | undefined>;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export type Verdict =
  | { ok: true; rawBody: Buffer; timestamp: number }
  | { ok: false; reason: V0Refusal };

export function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** The body's bytes exactly as they reached the function: a Function URL base64-encodes form posts. */
export function rawBodyOf(request: Pick<SignedRequest, "body" | "isBase64Encoded">): Buffer {
  if (request.body === undefined || request.body === null) return Buffer.alloc(0);
  return request.isBase64Encoded ? Buffer.from(request.body, "base64") : Buffer.from(request.body, "utf8");
}

/** Checks the signature over the raw bytes, in constant time, within ±5 minutes of `nowSeconds` (lib/v0-signature.ts). */
export function verifySlackSignature(request: SignedRequest, signingSecret: string, nowSeconds: number): Verdict {
  const rawBody = rawBodyOf(request);
  const verdict = verifyV0(header(request.headers, "x-slack-request-timestamp"), header(request.headers, "x-slack-signature"), rawBody, signingSecret, nowSeconds);
  return verdict.ok ? { ok: true, rawBody, timestamp: verdict.timestamp } : verdict;
}

export type ParsedBody =
  | { ok: true; contentType: "application/x-www-form-urlencoded" | "application/json"; text: string }
  | { ok: false; why: string };

/**
 * Whether a signed body is one Bolt can read, and the bare media type to hand it (Bolt compares the whole header,
 * so `application/x-www-form-urlencoded; charset=utf-8` would fall through to JSON.parse and throw).
 */
export function readableBody(rawBody: Buffer, contentTypeHeader: string | undefined): ParsedBody {
  const media = (contentTypeHeader ?? "").split(";")[0]!.trim().toLowerCase();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(rawBody);
  } catch {
    return { ok: false, why: "body is not UTF-8" };
  }
  const json = (value: string): boolean => {
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed);
    } catch {
      return false;
    }
  };
  if (media === "application/x-www-form-urlencoded") {
    const payload = new URLSearchParams(text).get("payload");
    if (payload !== null && !json(payload)) return { ok: false, why: "payload is not a JSON object" };
    return { ok: true, contentType: media, text };
  }
  if (media === "application/json") {
    return json(text) ? { ok: true, contentType: media, text } : { ok: false, why: "body is not a JSON object" };
  }
  return { ok: false, why: `unsupported content-type "${media}"` };
}

/**
 * Slack's SSL check: an unsigned form POST of exactly `ssl_check=1&token=…` (bolt-js #1397: it carries no signature
 * headers), to be answered 200 with nothing. Strict, as bolt-js #2899 made it: any other field, or another
 * value, and it is an unsigned request like any other (401).
 */
export function isSslCheck(rawBody: Buffer, contentTypeHeader: string | undefined): boolean {
  if ((contentTypeHeader ?? "").split(";")[0]!.trim().toLowerCase() !== "application/x-www-form-urlencoded") return false;
  const fields = new URLSearchParams(rawBody.toString("latin1"));
  const keys = [...fields.keys()];
  return fields.get("ssl_check") === "1" && keys.every((k) => k === "ssl_check" || k === "token") && keys.filter((k) => k === "ssl_check").length === 1;
}
