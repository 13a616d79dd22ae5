import type { Raw } from "#brief/figures/card/figure.ts";
import { comparedNoun, moreOrLess, nounBeforeThan } from "#brief/figures/label/change/more-noun.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "March saw 30 per cent more rain than average but then 12 per cent less than usual fell in April": the second
// difference of a coordinated pair names no noun; what it is less of is the first's ('12 per cent — usual fell', the
// nearest noun phrase; the lead's made-up shape from blind sample AX).

/**
 * "less rain than usual" for a percent `r` told by "more", "less" or "fewer" and "than" alone, when `before`, the
 * labelled percent said before it in the sentence, is a difference in a noun (more-noun.ts); else "".
 */
export function elidedComparison(toks: readonly Tok[], r: Raw, before: Raw): string {
  if (!r.percent || !before.percent || !moreOrLess(toks, r.e) || !isWord(toks[r.e + 1], "than") || !moreOrLess(toks, before.e)) return "";
  const end = nounBeforeThan(toks, before.e);
  return end > before.e + 1 ? comparedNoun(toks, r.e, before.e + 1, end, r.e + 1) : "";
}
