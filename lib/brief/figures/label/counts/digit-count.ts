import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a six-figure sum", "quit his six-figure job", "fell short of three figures", "could reach seven figures": a small
// number before "figure(s)" says how many digits an amount has (a salary in the hundreds of thousands, a century in
// cricket). It counts no figures: the card said "6 — figures", a number no reader can use.

/** The most digits an amount is said to have ("nine-figure", "double figures" is a word, not read as a number). */
const MOST_DIGITS = 12;

/** Whether the count `r` is the number of digits of an amount: "figure" its compound or the noun right after it. */
export function countsDigits(toks: readonly Tok[], r: Raw): boolean {
  if (!Number.isInteger(r.value) || r.value < 2 || r.value > MOST_DIGITS || r.valueMax !== undefined || r.currency !== undefined || r.percent) return false;
  if (r.compound !== undefined) return r.compound === "figure" || r.compound === "figures";
  // "three figures of the Virgin Mary were stolen": figures of someone are statues, counted.
  return (isWord(toks[r.e], "figures") || isWord(toks[r.e], "figure")) && !isWord(toks[r.e + 1], "of");
}
