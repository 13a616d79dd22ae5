import type { SlackMessage } from "#slack/blocks.ts";

/**
 * The longest wait on a response_url's Retry-After before the one retry. Bolt returns the HTTP answer to Slack only
 * when the listener is done, so a longer wait would spend the 3 s deadline; past it the answer is logged as lost.
 */
const MAX_RESPOND_WAIT_MS = 1000;
/** The pause before retrying a 5xx without Retry-After, or a dropped connection: long enough for a blip to pass. */
const BLIP_PAUSE_MS = 250;

/**
 * Posts an answer to a response_url, retrying once: after a 429's short Retry-After (Bolt's `respond()` throws on a
 * 429 without saying how long to wait, and never retries), after a 5xx, and after a connection refused or dropped
 * (fetch's TypeError). Once, because a response_url allows five uses in 30 minutes and Slack's 3 s leave room for
 * one more trip; and a 5xx or a drop after Slack took the answer gives the editor a second copy of an ephemeral reply
 * (replace_original and delete_original are the same twice), which is better than silence. Not retried: a timeout
 * (the time is spent, and the answer may still land) and every 4xx but 429 (used, expired, or refused blocks).
 */
export async function respondTo(
  fetchFn: typeof fetch,
  responseUrl: string,
  message: SlackMessage | { delete_original: true },
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await fetchFn(responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(message),
      });
    } catch (error) {
      if (!(error instanceof TypeError) || attempt > 1) throw error;
      await sleep(BLIP_PAUSE_MS);
      continue;
    }
    if (response.ok) return;
    const retryAfter = response.headers.get("retry-after");
    const limited = response.status === 429;
    const waitMs = retryAfter !== null ? Number(retryAfter) * 1000 : limited ? 1000 : BLIP_PAUSE_MS;
    const retryable = limited || response.status >= 500;
    if (!retryable || attempt > 1 || !(waitMs <= MAX_RESPOND_WAIT_MS)) {
      throw new Error(`response_url answered HTTP ${response.status}${retryAfter !== null ? ` (Retry-After ${retryAfter} s)` : ""}`);
    }
    await sleep(waitMs);
  }
}
