import { MAX_SKEW_SECONDS, verifyV0, type V0Refusal } from "#lib/v0-signature.ts";

/**
 * Who may push stories in: a request to the ingest endpoint carries the `v0` signature Slack uses (HMAC-SHA256 of
 * `v0:{timestamp}:{body}`, lib/v0-signature.ts) under the shared `IngestSigningSecret`, so a newsroom engineer can
 * sign with `openssl dgst` (README: "Wire your newsroom in"). Checked on the raw body, before anything is parsed.
 */

export const TIMESTAMP_HEADER = "x-nutgraf-request-timestamp";
export const SIGNATURE_HEADER = "x-nutgraf-signature";
export { MAX_SKEW_SECONDS };

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** What the sender is told (and the log says) for each refusal: never the signature itself. */
function explain(reason: V0Refusal, stamp: string | undefined, nowSeconds: number): string {
  const skew = Number(stamp) - nowSeconds;
  switch (reason) {
    case "no-timestamp":
    case "no-signature":
      return `unsigned request: send ${TIMESTAMP_HEADER} and ${SIGNATURE_HEADER}`;
    case "bad-timestamp":
      return `${TIMESTAMP_HEADER} must be whole seconds since 1970 (UTC)`;
    case "stale":
      return `stale request: its timestamp is ${-skew} s old (at most ${MAX_SKEW_SECONDS})`;
    case "future":
      return `request from the future: its timestamp is ${skew} s ahead (at most ${MAX_SKEW_SECONDS}); check the sender's clock`;
    case "bad-signature":
      return `bad signature: ${SIGNATURE_HEADER} must be v0= and 64 lower-case hex digits of this endpoint's secret`;
  }
}

/**
 * Whether a request is signed with `secret`, within the window around `nowMs`. Headers are looked up in lower case
 * (as Function URLs deliver them).
 */
export function verifyIngestSignature(
  secret: string,
  headers: Readonly<Record<string, string | undefined>>,
  body: string | Uint8Array,
  nowMs: number,
): SignatureCheck {
  if (secret === "") return { ok: false, reason: "the endpoint has no signing secret configured" };
  const stamp = headers[TIMESTAMP_HEADER];
  const nowSeconds = Math.floor(nowMs / 1000);
  const verdict = verifyV0(stamp, headers[SIGNATURE_HEADER], body, secret, nowSeconds);
  return verdict.ok ? { ok: true } : { ok: false, reason: explain(verdict.reason, stamp, nowSeconds) };
}
