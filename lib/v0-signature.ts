import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The `v0` request signature Slack defined and nutgraf's ingest endpoint reuses: HMAC-SHA256 of
 * `v0:{timestamp}:{body}` with a shared secret, sent as `v0=<64 hex>` beside the timestamp. One check for both
 * (the senders in local/ and the tests sign with their own code, so a fault here cannot hide itself):
 * over the body's raw bytes, in constant time, whole-second timestamps only, within ±5 minutes either way.
 */

/** The replay window: a request more than this far from our clock, either way, is refused. */
export const MAX_SKEW_SECONDS = 300;

export type V0Refusal = "no-signature" | "no-timestamp" | "bad-timestamp" | "stale" | "future" | "bad-signature";
export type V0Verdict = { ok: true; timestamp: number } | { ok: false; reason: V0Refusal };

// Whole seconds only: `1.5`, `1e9`, `Infinity`, signs and spaces would sign one string and mean another number.
const TIMESTAMP = /^[0-9]{1,12}$/;
const SIGNATURE = /^v0=([0-9a-f]{64})$/;

/** Checks a request's timestamp and signature header values against its raw body, as of `nowSeconds`. */
export function verifyV0(
  stamp: string | undefined,
  signature: string | undefined,
  rawBody: string | Uint8Array,
  secret: string,
  nowSeconds: number,
): V0Verdict {
  if (stamp === undefined || stamp === "") return { ok: false, reason: "no-timestamp" };
  if (signature === undefined || signature === "") return { ok: false, reason: "no-signature" };
  if (!TIMESTAMP.test(stamp)) return { ok: false, reason: "bad-timestamp" };
  const timestamp = Number(stamp);
  if (nowSeconds - timestamp > MAX_SKEW_SECONDS) return { ok: false, reason: "stale" };
  if (timestamp - nowSeconds > MAX_SKEW_SECONDS) return { ok: false, reason: "future" };
  const given = SIGNATURE.exec(signature)?.[1];
  if (given === undefined) return { ok: false, reason: "bad-signature" };
  const expected = createHmac("sha256", secret).update(`v0:${stamp}:`).update(rawBody).digest();
  // Both are 32 bytes here (the regex fixed the length), so timingSafeEqual cannot throw.
  if (!timingSafeEqual(expected, Buffer.from(given, "hex"))) return { ok: false, reason: "bad-signature" };
  return { ok: true, timestamp };
}
