import { BodyTooLargeError, readBounded } from "#lib/http/read-bounded.ts";

/**
 * A fetch that gives up after `ms`, or when any of `signals` (or the call's own `signal`) aborts, whichever comes
 * first, the body included.
 *
 * Why not `fetch(url, { signal: AbortSignal.any([AbortSignal.timeout(ms), …]) })`, as this code did: Node's fetch
 * (undici) follows a request's signal through weak references (nodejs/undici#4068, nodejs/node#55428), so after a
 * garbage collection an abort may never reach the request, and the call waits for its answer however late. Round 44's
 * shuffled CI saw it: a Slack call held for 11 s outlived its 1 s timeout. Here a timer holds the timeout's controller,
 * listeners on every source end the wait themselves, and the body is read inside the same wait; the signal is still
 * handed to fetch, so a collected-in-time abort also closes the socket.
 *
 * With `maxBytes`, the body is read as it streams and refused with a BodyTooLargeError once it passes the limit
 * (read-bounded.ts): a huge or endless answer costs at most the limit, not all of it before anyone measures it.
 */
export function fetchWithin(ms: number, ...signals: ReadonlyArray<AbortSignal | undefined>): typeof fetch {
  return fetchWithinUsing(fetch, ms, ...signals);
}

/** How long a call may take, body included, and (optionally) how much of a body it reads. */
export interface FetchBounds {
  ms: number;
  maxBytes?: number;
  /**
   * The status is the caller's whole answer (a response_url's 200: Slack took the message): the call resolves when it
   * arrives, with no body, and the body is cancelled unread.
   * A 200 whose body stalled past the timeout was a timeout here, and its caller logged "no answer in time" for an
   * answer the editor had.
   */
  statusOnly?: boolean;
}

/** The same over another fetch (a test's stand-in, an injected client); `bounds` is the timeout in ms or FetchBounds. */
export function fetchWithinUsing(base: typeof fetch, bounds: number | FetchBounds, ...signals: ReadonlyArray<AbortSignal | undefined>): typeof fetch {
  const { ms, maxBytes, statusOnly } = typeof bounds === "number" ? { ms: bounds, maxBytes: undefined, statusOnly: false } : bounds;
  return async (input, init) => {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException(`no answer within ${ms} ms`, "TimeoutError")), ms);
    const sources = [timeout.signal, ...signals, init?.signal ?? undefined].filter((s): s is AbortSignal => s !== undefined);
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(sources.find((s) => s.aborted)?.reason);
    });
    // Nobody may be waiting on it when it fires (the answer came first): not an unhandled rejection.
    aborted.catch(() => undefined);
    for (const s of sources) s.addEventListener("abort", onAbort, { once: true });
    try {
      const already = sources.find((s) => s.aborted);
      if (already) throw already.reason;
      const response = await Promise.race([base(input, { ...init, signal: AbortSignal.any(sources) }), aborted]);
      if (statusOnly) {
        // Nobody reads it: cancelled, so a stalled one does not hold its connection (a whole one is already in).
        response.body?.cancel().catch(() => undefined);
        return rebuilt(response, null);
      }
      // A server that sends its headers and then stalls must not outlast the timeout either.
      return rebuilt(response, NULL_BODY.has(response.status) ? null : await readBody(response, maxBytes, aborted, sources));
    } finally {
      clearTimeout(timer);
      for (const s of sources) s.removeEventListener("abort", onAbort);
    }
  };
}

/** The answer with `body` in place of its stream. */
function rebuilt(response: Response, body: ArrayBuffer | null): Response {
  const out = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  // A Response built here has an empty url and is never 'redirected'; callers that read them (@slack/web-api's file
  // downloads) get the answer's own.
  Object.defineProperties(out, { url: { value: response.url }, redirected: { value: response.redirected } });
  return out;
}

/**
 * The body, read inside the caller's wait. A connection that drops while it streams is a BodyLost carrying the status
 * that did arrive: fetch's bare TypeError ("terminated") reads like a request that never got through, and a caller
 * that retries those sent a message Slack had taken a second time (a caller for whom the status is the whole answer
 * asks for `statusOnly` and never waits on the body).
 */
async function readBody(response: Response, maxBytes: number | undefined, aborted: Promise<never>, sources: readonly AbortSignal[]): Promise<ArrayBuffer> {
  try {
    return maxBytes !== undefined && response.body ? await readBounded(response.body, maxBytes, aborted) : await Promise.race([response.arrayBuffer(), aborted]);
  } catch (error) {
    // A timeout or an abort stays what it was: the caller's own wait ended, not the connection.
    if (error instanceof BodyTooLargeError || sources.some((s) => s.aborted)) throw error;
    throw new BodyLost(response.status, error);
  }
}

/** The answer's status and headers arrived and its body did not: the connection dropped while it was read. */
export class BodyLost extends Error {
  override readonly name = "BodyLost";
  constructor(
    readonly status: number,
    cause: unknown,
  ) {
    super(`the body of an HTTP ${status} answer was cut off: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Statuses whose response has no body: `new Response(body, …)` refuses one. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
