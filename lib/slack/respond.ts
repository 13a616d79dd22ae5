import type { SlackMessage } from "#slack/blocks.ts";
import { fetchWithinUsing } from "#lib/http/fetch-within.ts";

/**
 * The longest wait on a response_url's Retry-After before the one retry. Bolt returns the HTTP answer to Slack only
 * when the listener is done, so a longer wait would spend the 3 s deadline; past it the answer is logged as lost.
 */
const MAX_RESPOND_WAIT_MS = 1000;
/** The pause before retrying a 5xx without Retry-After, or a dropped connection: long enough for a blip to pass. */
const BLIP_PAUSE_MS = 250;
/** The least a retry is given: a response_url round trip from a Lambda takes a few hundred ms; less is a throw of dice. */
const MIN_RETRY_MS = 300;

export interface RespondOptions {
  /**
   * When (performance.now()) the answer must be settled, the retry and its wait included. Bolt's Lambda receiver sends
   * the HTTP ack only once the listener returns, so every millisecond spent here is added to it, and an ack after
   * Slack's 3 s shows the editor "operation_timeout". The first attempt keeps its own timeout (the fetch's); a retry
   * is made only if its pause and MIN_RETRY_MS fit before this instant, and is cut off at it. Without it, 1.8 s of
   * work, a first attempt failing at 1 s, a 1 s Retry-After and a second 1 s attempt took the ack to 4.8 s.
   */
  answerBy?: number;
  sleep?: (ms: number) => Promise<void>;
  /** performance.now(), for answerBy (tests pass their own). */
  now?: () => number;
}

/**
 * The fetch respondTo is made for: each trip bounded by `ms` (its own, not the work's deadline: a late answer still
 * reaches the editor, where an aborted one is lost), and done when the status arrives, which is all Slack says here.
 * A 2xx whose body was cut off or stalled is delivered; waiting for that body turned it into a retry (a second copy)
 * or a timeout logged as "no answer in time".
 */
export function responseUrlFetch(ms: number): typeof fetch {
  return fetchWithinUsing(fetch, { ms, statusOnly: true });
}

/** The answer did not reach response_url and no retry is left; `mayHaveLanded`: Slack may have it (a timeout). */
export class AnswerNotDelivered extends Error {
  override readonly name = "AnswerNotDelivered";
  constructor(
    message: string,
    readonly mayHaveLanded: boolean,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/**
 * Posts an answer to a response_url, retrying once: after a 429's short Retry-After (Bolt's `respond()` throws on a
 * 429 without saying how long to wait, and never retries), after a 5xx, and after a connection refused or dropped
 * (fetch's TypeError). Once, because a response_url allows five uses in 30 minutes and Slack's 3 s leave room for
 * one more trip at most (`answerBy` says whether this one has it); and a 5xx or a drop after Slack took the answer
 * gives the editor a second copy of an ephemeral reply (replace_original and delete_original are the same twice),
 * which is better than silence. `fetchFn` resolves at the status (responseUrlFetch, or a plain fetch): the status is
 * Slack's whole answer here, so a 2xx whose body never came is delivered. Not retried: a timeout (the time is spent,
 * and the answer may still land) and every 4xx but 429 (used, expired, or refused blocks). Throws an
 * AnswerNotDelivered when the answer did not get through.
 */
export async function respondTo(
  fetchFn: typeof fetch,
  responseUrl: string,
  message: SlackMessage | { delete_original: true },
  options: RespondOptions = {},
): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => performance.now());
  const answerBy = options.answerBy ?? Number.POSITIVE_INFINITY;
  for (let attempt = 1; ; attempt++) {
    // The retry stops at answerBy; the first attempt's bound is the fetch's own timeout.
    const left = answerBy - now();
    let status: number;
    let retryAfter: string | null;
    try {
      const response = await fetchFn(responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(message),
        ...(attempt > 1 && Number.isFinite(left) ? { signal: AbortSignal.timeout(Math.max(1, Math.floor(left))) } : {}),
      });
      status = response.status;
      retryAfter = response.headers.get("retry-after");
    } catch (error) {
      const dropped = error instanceof TypeError;
      const why = dropped ? "connection failed" : "no answer in time";
      if (!dropped || attempt > 1 || !fits(BLIP_PAUSE_MS)) throw new AnswerNotDelivered(`response_url: ${why}${dropped && attempt === 1 ? " (no time left to retry)" : ""}`, !dropped, error);
      await sleep(BLIP_PAUSE_MS);
      continue;
    }
    if (status >= 200 && status < 300) return;
    const limited = status === 429;
    const waitMs = retryAfter !== null ? Number(retryAfter) * 1000 : limited ? 1000 : BLIP_PAUSE_MS;
    const retryable = limited || status >= 500;
    const said = `response_url answered HTTP ${status}${retryAfter !== null ? ` (Retry-After ${retryAfter} s)` : ""}`;
    if (!retryable || attempt > 1 || !(waitMs <= MAX_RESPOND_WAIT_MS)) throw new AnswerNotDelivered(said, false);
    if (!fits(waitMs)) throw new AnswerNotDelivered(`${said}; no time left to retry inside Slack's 3 s`, false);
    await sleep(waitMs);
  }

  /** A pause of `waitMs` and a retry worth making both end before answerBy. */
  function fits(waitMs: number): boolean {
    return now() + waitMs + MIN_RETRY_MS <= answerBy;
  }
}
