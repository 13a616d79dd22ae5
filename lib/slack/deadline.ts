import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

/**
 * One deadline per request, carried through every DynamoDB read and Slack call it makes, so an editor always gets
 * an answer in time and the answer says why when the work did not finish: the archive was slow, or this process
 * was too busy to run it.
 */

/** A timer that fires this late means the event loop was saturated: our fault, not the archive's. */
export const OVERLOAD_LAG_MS = 250;

export class DeadlineExceeded extends Error {
  override readonly name = "DeadlineExceeded";
  constructor(
    readonly what: string,
    /** How late the deadline's own timer fired: large when this process, not the dependency, was the slow part. */
    readonly lagMs: number,
    private readonly overloadLagMs: number = OVERLOAD_LAG_MS,
  ) {
    super(`${what}: no answer within the request's deadline`);
  }
  get overloaded(): boolean {
    return this.lagMs > this.overloadLagMs || eventLoopLagMs() > this.overloadLagMs;
  }
}

export interface Deadline {
  /** Aborts when the deadline passes: hand it to fetch (Slack calls) so they stop with it. */
  readonly signal: AbortSignal;
  /** Milliseconds left (0 once passed). */
  remaining(): number;
  /** `work`, or a DeadlineExceeded once the deadline passes first (the work is abandoned, not awaited). */
  race<T>(what: string, work: Promise<T>): Promise<T>;
}

/** `overloadLagMs`: how late a timer may fire before this process counts as overloaded (tests on a loaded CI raise it). */
export function deadlineIn(ms: number, overloadLagMs = OVERLOAD_LAG_MS): Deadline {
  const controller = new AbortController();
  const at = performance.now() + ms;
  let lagMs = 0;
  const expired = new Promise<never>((_resolve, reject) => {
    const timer = setTimeout(() => {
      lagMs = Math.max(0, performance.now() - at);
      controller.abort(new DeadlineExceeded("request", lagMs, overloadLagMs));
      reject(new DeadlineExceeded("request", lagMs, overloadLagMs));
    }, ms);
    timer.unref?.();
  });
  // Nobody may be racing when it fires; that is not an unhandled rejection.
  expired.catch(() => undefined);
  return {
    signal: controller.signal,
    remaining: () => Math.max(0, at - performance.now()),
    race<T>(what: string, work: Promise<T>): Promise<T> {
      if (controller.signal.aborted) {
        work.catch(() => undefined);
        return Promise.reject(new DeadlineExceeded(what, lagMs, overloadLagMs));
      }
      return Promise.race([
        work,
        expired.catch(() => {
          work.catch(() => undefined);
          throw new DeadlineExceeded(what, lagMs, overloadLagMs);
        }),
      ]);
    },
  };
}

/** A fetch that gives up at `ms` or with `deadline`, whichever comes first. */
export function fetchWithin(ms: number, deadline?: Deadline): typeof fetch {
  return (input, init) => {
    const signals = [AbortSignal.timeout(ms), ...(deadline ? [deadline.signal] : []), ...(init?.signal ? [init.signal] : [])];
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
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
