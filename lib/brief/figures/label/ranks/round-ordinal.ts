// "She caught her rival with three body shots in the eighth", "He homered in the ninth": a bare ordinal after "in the"
// that ends its clause is a round, an inning or a period of the contest, not one more of the count before it; inheriting
// that count's noun the card read 'eighth — body shots' (card audit 38, sample AF). "a seventh from …" and "the third
// of them" still inherit (carry-count.ts).
import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

/** Whether the ordinal `r` is "in the <Nth>" closing its clause: a round, no elided count. */
export function roundOrdinal(toks: readonly Tok[], r: Raw): boolean {
  if (!r.ordinal || !isWord(toks[r.s - 1], "the") || !isWord(toks[r.s - 2], "in")) return false;
  const next = toks[r.e];
  return next === undefined || next.kind === PUNCT || (isWord(next) && CONJUNCTIONS.has(next.l));
}
