import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Who may push stories in: a request to the ingest endpoint carries an HMAC-SHA256 of `v0:{timestamp}:{body}`
 * under the shared secret (`IngestSigningSecret`), the scheme Slack uses, so a newsroom engineer can sign with
 * `openssl dgst` (README: "Wire your newsroom in"). Checked on the raw body, before anything is parsed.
 */

export const TIMESTAMP_HEADER = "x-nutgraf-request-timestamp";
export const SIGNATURE_HEADER = "x-nutgraf-signature";
/** A signed request is good for five minutes either side of the receiver's clock (Slack's window). */
export const MAX_SKEW_SECONDS = 300;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

const refuse = (reason: string): SignatureCheck => ({ ok: false, reason });

/** `v0=<hex>`: the signature a sender puts in `X-Nutgraf-Signature`. */
export function ingestSignature(secret: string, timestamp: string, body: string | Uint8Array): string {
  // Over the body's bytes as received: decoding first would let two byte strings share one signature.
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:`).update(body).digest("hex")}`;
}

/**
 * Whether a request is signed with `secret`, within the window around `nowMs`. Headers are looked up in lower case
 * (as Function URLs deliver them). The reason is for logs and the 401's body: it never echoes the signature.
 */
export function verifyIngestSignature(
  secret: string,
  headers: Readonly<Record<string, string | undefined>>,
  body: string | Uint8Array,
  nowMs: number,
): SignatureCheck {
  if (secret === "") return refuse("the endpoint has no signing secret configured");
  const timestamp = headers[TIMESTAMP_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (timestamp === undefined || signature === undefined) {
    return refuse(`unsigned request: send ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER}`);
  }
  // Whole seconds only: "1.7e9", "+123" or " 123" would sign one string and mean another number.
  if (!/^\d{1,12}$/.test(timestamp)) return refuse(`${TIMESTAMP_HEADER} must be whole seconds since 1970 (UTC)`);
  const skew = Number(timestamp) - Math.floor(nowMs / 1000);
  if (skew < -MAX_SKEW_SECONDS) return refuse(`stale request: its timestamp is ${-skew} s old (at most ${MAX_SKEW_SECONDS})`);
  if (skew > MAX_SKEW_SECONDS) return refuse(`request from the future: its timestamp is ${skew} s ahead (at most ${MAX_SKEW_SECONDS}); check the sender's clock`);
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return refuse(`${SIGNATURE_HEADER} must be v0= and 64 lower-case hex digits`);
  const expected = Buffer.from(ingestSignature(secret, timestamp, body), "utf8");
  // Same length by the format check above; timingSafeEqual keeps the comparison's time independent of the match.
  if (!timingSafeEqual(expected, Buffer.from(signature, "utf8"))) return refuse("bad signature: not signed with this endpoint's secret");
  return { ok: true };
}
