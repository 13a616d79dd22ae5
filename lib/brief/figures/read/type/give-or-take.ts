import type { Raw } from "#brief/figures/card/figure.ts";
import { hasNumber, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

/** How far back, in tokens before "give", the amount may stand ("40,000 years ago --": a dash is two tokens). */
const AMOUNT_REACH = 6;

// "About 40,000 years ago -- give or take 5,000 -- a woman buried a carved bone", "The herd numbers 300, give or take
// 20": the number after "give or take" is the margin of the amount before it, no second amount. Read as one, it took
// that amount's label ('5,000 — years ago', so the card said the burial was both; card-audit-45's made-up shape 1).
// "Plus or minus" says the same. Only with an amount just before it, of which it is the margin: "The margin of error is
// plus or minus 1 per cent" has none, and there the margin is the figure (figures-sign.test.ts).

/** Whether the figure r is the margin "give or take" or "plus or minus" opens. */
export function marginGiven(toks: readonly Tok[], r: Raw): boolean {
  const [a, or, b] = [toks[r.s - 3], toks[r.s - 2], toks[r.s - 1]];
  if (!isWord(or, "or")) return false;
  if (!(isWord(a, "give") && isWord(b, "take")) && !(isWord(a, "plus") && isWord(b, "minus"))) return false;
  return toks.slice(Math.max(0, r.s - 3 - AMOUNT_REACH), r.s - 3).some((t) => t.kind === NUM || hasNumber(t.s));
}
