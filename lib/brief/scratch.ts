// Typed scratch arrays kept from article to article. The ranker's tables by term and by sentence (counts, sums,
// PageRank's passes) were made anew for every article, 25 of the 39 typed arrays a brief made: each one's memory is
// allocated outside V8's heap (calloc, an ArrayBuffer set up, later freed), where taking a view of one kept array and
// clearing it costs a fifth or less (speedrank52, docs/bench-history.md). Speed only: every view is cleared before it
// is handed out, so what a brief computes never depends on the article before it.

/** Both typed arrays a scratch holds, and what each makes a view with. */
type Typed = Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>;

/**
 * One kept array, for one use: `take` hands out its first `length` entries cleared (to 0, or `fill`), valid until the
 * next `take` of the same scratch. A scratch is for tables that do not outlive the call that takes them: what a
 * function returns is never a view of one.
 */
export class Scratch<T extends Typed> {
  private buffer: T;

  constructor(private readonly make: (length: number) => T) {
    this.buffer = make(256);
  }

  take(length: number, fill = 0): T {
    if (length > this.buffer.length) this.buffer = this.make(Math.max(length, 2 * this.buffer.length));
    const view = this.buffer.subarray(0, length) as T;
    view.fill(fill);
    return view;
  }
}

export const float64Scratch = (): Scratch<Float64Array<ArrayBuffer>> => new Scratch((n) => new Float64Array(n));
export const int32Scratch = (): Scratch<Int32Array<ArrayBuffer>> => new Scratch((n) => new Int32Array(n));
