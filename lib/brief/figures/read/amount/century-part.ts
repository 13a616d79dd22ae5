import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { labelDuration } from "#brief/figures/label/durations/label-duration.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "more than a quarter of a century", "For three quarters of a century": a fraction of a century is a span of years
// (25, 75), as "a quarter of a million" is an amount; read as a share it was 0.25 labelled 'century' (three of the
// 38th sweep's type errors). Only after a share's fraction: "half a century" is read by no reader and stays unread.

/** The duration in years of the fraction `value` said before "of a century" at `end`, or undefined. */
export function centuryPart(toks: readonly Tok[], s: number, end: number, value: number): Raw | undefined {
  if (!isWord(toks[end], "of") || !isWord(toks[end + 1], "a") || !isWord(toks[end + 2], "century")) return undefined;
  return wholeFigure(toks, s, end + 3, { value: Math.round(value * 100), label: "years", kind: "measure", type: "duration", unit: "years" });
}

/**
 * A century's part labelled as its years would be: "A quarter of a century earlier" → years earlier, "have been
 * married for a quarter of a century" → years married (label-duration.ts, with "century" as the unit's word).
 */
export function labelCenturyPart(toks: readonly Tok[], r: Raw): void {
  if (r.type !== "duration" || r.label !== "years" || !isWord(toks[r.e - 1], "century")) return;
  labelDuration(toks, r, { e: r.e - 1, np: "years", npEnd: r.e, head: "years", fold: undefined });
}
