import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { fetchWithin as fetchWithinSignals } from "#lib/http/fetch-within.ts";

/**
 * One deadline per request, carried through every DynamoDB read and Slack call it makes, so an editor always gets
 * an answer in time and the answer says why when the work did not finish: the archive was slow, or this process
 * was too busy to run it.
 */

/** A timer that fires this late means the event loop was saturated: our fault, not the archive's. */
export const OVERLOAD_LAG_MS = 250;
/** More requests than this in flight in one process when a deadline passes: the wait was the queue, not the archive. */
export const BUSY_IN_FLIGHT = 8;

export class DeadlineExceeded extends Error {
  override readonly name = "DeadlineExceeded";
  constructor(
    readonly what: string,
    /** How late the deadline's own timer fired: large when this process, not the dependency, was the slow part. */
    readonly lagMs: number,
    private readonly overloadLagMs: number = OVERLOAD_LAG_MS,
    /** Requests this process was working on when the deadline passed (1 on Lambda). */
    readonly inFlight = 1,
  ) {
    super(`${what}: no answer within the request's deadline`);
  }
  /**
   * The process, not the archive, was the bottleneck: its timers ran late, or it was serving many requests at once
   * (a busy loop of short tasks delays every answer without any one timer firing late).
   */
  get overloaded(): boolean {
    return this.lagMs > this.overloadLagMs || eventLoopLagMs() > this.overloadLagMs || this.inFlight > BUSY_IN_FLIGHT;
  }
}

export interface Deadline {
  /** Aborts when the deadline passes: hand it to fetch (Slack calls) so they stop with it. */
  readonly signal: AbortSignal;
  /** Milliseconds left (0 once passed). */
  remaining(): number;
  /** `work`, or a DeadlineExceeded once the deadline passes first (the work is abandoned, not awaited). */
  race<T>(what: string, work: Promise<T>): Promise<T>;
  /**
   * When (performance.now()) an answer sent after this deadline must be settled: the deadline plus one trip of `tripMs`
   * (respond.ts's answerBy). The work ends here and the answer's trip gets its own time, all inside Slack's 3 s.
   */
  answerBy(tripMs: number): number;
}

/**
 * `overloadLagMs`: how late a timer may fire before this process counts as overloaded (tests on a loaded CI raise
 * it); `inFlight`: how many requests the process is serving, read when the deadline passes.
 */
export function deadlineIn(ms: number, overloadLagMs = OVERLOAD_LAG_MS, inFlight: () => number = () => 1): Deadline {
  const controller = new AbortController();
  const at = performance.now() + ms;
  let lagMs = 0;
  let busy = 1;
  const expired = new Promise<never>((_resolve, reject) => {
    const timer = setTimeout(() => {
      lagMs = Math.max(0, performance.now() - at);
      busy = inFlight();
      controller.abort(new DeadlineExceeded("request", lagMs, overloadLagMs, busy));
      reject(new DeadlineExceeded("request", lagMs, overloadLagMs, busy));
    }, ms);
    timer.unref?.();
  });
  // Nobody may be racing when it fires; that is not an unhandled rejection.
  expired.catch(() => undefined);
  return {
    signal: controller.signal,
    remaining: () => Math.max(0, at - performance.now()),
    answerBy: (tripMs) => at + tripMs,
    race<T>(what: string, work: Promise<T>): Promise<T> {
      if (controller.signal.aborted) {
        work.catch(() => undefined);
        return Promise.reject(new DeadlineExceeded(what, lagMs, overloadLagMs, busy));
      }
      return Promise.race([
        work,
        expired.catch(() => {
          work.catch(() => undefined);
          throw new DeadlineExceeded(what, lagMs, overloadLagMs, busy);
        }),
      ]);
    },
  };
}

/** A fetch that gives up at `ms` or with `deadline`, whichever comes first (lib/http/fetch-within.ts says how). */
export function fetchWithin(ms: number, deadline?: Deadline): typeof fetch {
  return fetchWithinSignals(ms, deadline?.signal);
}


let histogram: IntervalHistogram | undefined;
let recentMaxMs = 0;

/**
 * The longest event-loop stall of the last second or so. A timeout while this is high was our process being too
 * busy to read the answer, not the dependency being slow: the editor is told "busy, try again", never "unreachable".
 */
export function eventLoopLagMs(): number {
  if (!histogram) {
    histogram = monitorEventLoopDelay({ resolution: 20 });
    histogram.enable();
    const h = histogram;
    setInterval(() => {
      recentMaxMs = h.max / 1e6;
      h.reset();
    }, 1000).unref();
  }
  return Math.max(recentMaxMs, histogram.max / 1e6);
}
