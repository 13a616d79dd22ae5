import { numerator } from "#brief/figures/read/amount/fraction-words.ts";
import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "although in 17 out of 20 claims no payment is made": after "in", a part "out of" a whole is a proportion of cases,
// as "one in five" is, read as a share (0.85) labelled by the cases; out-of.ts reads "17 out of 20 claims" without the
// "in" as a count of claims, its whole in the display, as the gold reads "four out of five key issues" (card audit 51,
// sample AS's made-up shape 8: a count of 17 where the story said most claims). Only an "in" that opens its clause
// ("although in 17 out of 20 claims no payment is made", "In nine out of 10 cases the tests were wrong"): after a verb
// ("backed its argument in four out of five key issues") the part is what the verb did, a count as the gold reads it.

/** The share N/M of "in N out of (every) M" with N at token i (numerator n), and where it ends; else undefined. */
export function inOutOf(toks: readonly Tok[], i: number, n: number): { value: number; end: number } | undefined {
  if (!isWord(toks[i - 1], "in") || !isWord(toks[i + 1], "out") || !isWord(toks[i + 2], "of")) return undefined;
  const opener = toks[i - 2];
  if (opener !== undefined && opener.kind !== PUNCT && !CONJUNCTIONS.has(opener.l)) return undefined;
  const w = isWord(toks[i + 3], "every") ? i + 4 : i + 3;
  const bottom = numerator(toks[w]);
  return bottom !== undefined && bottom > n ? { value: n / bottom, end: w + 1 } : undefined;
}
