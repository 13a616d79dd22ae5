import type { NumberType } from "#brief/figures/card/figure.ts";
import type { Core } from "#brief/figures/read/amount/read-core.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

// The state of one number phrase being read, and a step's verdict that it is no figure: read.ts reads the phrase
// and hands this to its steps (read-range.ts, read-compound.ts, read-rejected.ts), each in a file of its own; the
// shape lives here, apart from read.ts, so that the steps import it without importing read.ts back.

/**
 * One number phrase being read, token by token: each step (unit, range, compound, rejection) moves `j` past what it
 * consumed, or says where to resume when the phrase is not a figure.
 */
export interface Reading {
  toks: readonly Tok[];
  /** First token of the amount (currency symbol included). */
  i: number;
  /** The number's own token. */
  ci: number;
  core: Core;
  /** First token of the display (qualifier included). */
  s: number;
  /** Token after what has been read so far. */
  j: number;
  value: number;
  valueMax?: number;
  percent: boolean;
  points: boolean;
  currency?: string;
  qualifier?: string;
  /** The qualifier found before the amount, if any. */
  q?: { start: number; text: string };
  glued?: string;
  compound?: string;
  clock?: boolean;
  /** "one" before a person: a figure only if its label names a toll or an arrest (one.ts). */
  one?: boolean;
  /** The scale the first of a pair shares with the second ("602 and 402 million": " million"), for its display. */
  scale?: string;
}

/** "one" as an article or pronoun, "first" and "second" as words of order: not numbers to list at all. */
export const NONE = "none";

/** A step's verdict that what was read is no figure: where to resume, and what the number is instead. */
export interface Rejection {
  next: number;
  type: NumberType | typeof NONE;
}
