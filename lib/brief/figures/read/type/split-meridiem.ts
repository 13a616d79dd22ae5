import { adjacent, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "around 1p. m. Tuesday", "at 11 a. m. on Sunday": a clock time whose "p.m." or "a.m." the text cut with a stray
// space. The tokens are "p" "." "m" ".", not the one word "p.m." the time words know, so "1p" read as a penny
// (money 0.01, 'around 1p — Sicily' on a card, card audit 40) and "11 a." as a count. "p" or "a", its full stop
// glued to it, then "m." glued together say the time; "60p. Many …" (pence ending a sentence) has no "m." after it.

/** Whether the tokens from `k` spell "a. m." or "p. m." (the meridiem cut by a space) after a number. */
export function splitMeridiem(toks: readonly Tok[], k: number): boolean {
  const half = toks[k];
  const dot = toks[k + 1];
  const m = toks[k + 2];
  const end = toks[k + 3];
  return isWord(half) && (half.l === "a" || half.l === "p") && dot?.s === "." && adjacent(half, dot) && isWord(m, "m") && end?.s === "." && adjacent(m, end);
}
