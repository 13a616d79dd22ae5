import type { KeyFigure } from "#brief/figures/card/figure.ts";

// One amount said twice, once rounded: "More than 5.2 million Germans were out of work … The figure of 5.216 million
// people". The rounded one's last stated digit sets how far the exact one may be from it, and its hedge which way.

/** Hedges that put the true amount above the stated one. */
const ABOVE = /^(?:more than|over|just over|well over|in excess of|upwards of|at least|no fewer than|no less than|not less than)$/;
/** Hedges that put it below. */
const BELOW = /^(?:less than|fewer than|under|just under|well under|nearly|almost|close to|up to|at most|no more than|not more than)$/;
/**
 * Hedges that put the true amount close to a round one, not merely past it: "just under £30" of a £29.99 price,
 * "nearly $4000" of a $3,990 charge. A bare bound ("under £100 per night") says only which side.
 */
const CLOSE = /^(?:just under|just over|nearly|almost|close to)$/;
/** How near a close hedge puts an amount stated to one significant digit: a tenth of that digit. */
const CLOSE_REACH = 0.1;
/** Hedges that put it near, either way. */
const NEAR = /^(?:about|around|roughly|approximately|approx|some|an estimated|estimated|circa|in the region of|somewhere in the region of|in the order of)$/;

/** The place of an amount's last nonzero digit: 5,200,000 → 100,000; 5,216,000 → 1,000; 12.6 → 0.1. */
function lastDigit(v: number): number {
  let p = 1;
  while (p > 1e-6 && !Number.isInteger(Math.round(v / p * 1e6) / 1e6)) p /= 10;
  while (Number.isInteger(v / (p * 10)) && p * 10 <= v) p *= 10;
  return p;
}

/**
 * Whether an offset on the hedge's side is inside its reach: a tenth of the last digit for a single digit, else under
 * one. A module function, not a closure in roundedFrom: the Lambda bundle (esbuild's keepNames) names each closure as it
 * is made, a property write that cost more than the closure's work.
 */
const within = (off: number, step: number, single: boolean): boolean => off > 0 && (single ? off <= step * CLOSE_REACH : off < step);

/**
 * `r` is `x` rounded: `r` stops at a coarser digit, says at least two significant digits ("5.2 million", not "5
 * million", which is too round to tell a restatement from another amount) or one with a close hedge ("just under
 * £30": `x` within a tenth of that digit), and `x` lies where `r`'s hedge puts it: above for "more than", below for
 * "nearly", within one last digit; rounds to it for "about" or when bare (from 1,000 up).
 */
export function roundedFrom(r: KeyFigure, x: KeyFigure): boolean {
  if (r.unit !== x.unit || r.valueMax !== undefined || x.valueMax !== undefined || r.value <= 0 || x.value <= 0) return false;
  const step = lastDigit(r.value);
  if (step <= lastDigit(x.value)) return false;
  const q = r.qualifier?.toLowerCase() ?? "";
  const single = step * 10 > r.value;
  if (single && !CLOSE.test(q)) return false;
  const d = x.value - r.value;
  if (ABOVE.test(q)) return within(d, step, single);
  if (BELOW.test(q)) return within(-d, step, single);
  // "some 180" is not "185" (which rounds to 190), and a bare small amount ("12 stone", "11.5 stone") is as often
  // another amount as the same one rounded.
  const rounds = Math.abs(Math.round(x.value / step) * step - r.value) < step / 1e6;
  if (NEAR.test(q)) return rounds;
  return q === "" && rounds && r.value >= BARE_FROM;
}

/** The least bare amount a rounding of another may be: "5.2 million" beside "5.216 million". */
const BARE_FROM = 1000;

/**
 * `r` is `x` rounded with a hedge that says which side ("more than 1,800", "just under $300"): a bare or "around"
 * amount may be another story's figure set beside this one ("the largest award was around £15 million").
 */
export function sidedFrom(r: KeyFigure, x: KeyFigure): boolean {
  const q = r.qualifier?.toLowerCase() ?? "";
  return (ABOVE.test(q) || BELOW.test(q)) && roundedFrom(r, x);
}
