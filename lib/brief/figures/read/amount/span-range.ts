import type { Raw } from "#brief/figures/card/figure.ts";
import { singular } from "#brief/figures/read/amount/duration-compound.ts";
import { LARGER } from "#brief/figures/read/amount/mixed-range.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "paid off over eight months to a year", "repaid over three to five years": a span of time given as a range.
// (1) "N months to a year" closes the range with one of the next larger unit, which is no number token: read alone,
// the duration was cut to its first end (card audit 47, sample AO: 'over eight — months', a value error). The lower
// end takes the upper, in its own unit (8–12 months), as mixed-range.ts does for "between six months and two years".
// (2) "over" before a range of time says across which span something happens, not "more than": nobody hedges both ends
// of a range at once, so a duration range keeps no "over" ("over three to five years" → 3–5 years).

/** Words that say "one" of the larger unit closing the range: "to a year", "to an hour", "to one year". */
const ONE = new Set(["a", "an", "one"]);

/** Closes each "N <unit> to a <larger unit>" duration with its upper end, and drops "over" before a range of time. */
export function foldSpanRanges(toks: readonly Tok[], raws: readonly Raw[]): void {
  for (const a of raws) {
    if (a.type !== "duration" || a.drop) continue;
    if (a.valueMax === undefined) closeWithLarger(toks, a);
    if (a.valueMax !== undefined && a.qualifier === "over") dropOver(toks, a);
  }
}

/** "eight months to a year" → 8–12 months, when the upper end is larger than the lower. */
function closeWithLarger(toks: readonly Tok[], a: Raw): void {
  const larger = LARGER.get(singular(a.unit));
  const unitWord = toks[a.e];
  if (larger === undefined || !isWord(unitWord) || singular(unitWord.l) !== singular(a.unit)) return;
  const one = toks[a.e + 2];
  const big = toks[a.e + 3];
  if (!isWord(toks[a.e + 1], "to") || !isWord(one) || !ONE.has(one.l) || !isWord(big) || big.l !== larger.unit) return;
  // "to a year and a half", "to a year's time": the upper end goes on past the unit; left as it was.
  if (toks[a.e + 4]?.kind === NUM || isWord(toks[a.e + 4], "and") || toks[a.e + 4]?.s === "'s") return;
  if (a.value >= larger.per) return;
  a.valueMax = larger.per;
  a.e += 4;
  a.to = big.end;
}

/** "over three to five years": the span's "over" leaves the qualifier and the figure's words. */
function dropOver(toks: readonly Tok[], a: Raw): void {
  // Cleared, not deleted: a delete makes the Raw a slow dictionary-mode object for every rule after (rawOf, figure.ts).
  a.qualifier = undefined;
  if (isWord(toks[a.s], "over") && a.core > a.s) {
    a.s = a.core;
    a.from = toks[a.core]?.start ?? a.from;
  }
}
