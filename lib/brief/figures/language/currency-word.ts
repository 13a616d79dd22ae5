import { CURRENCY_WORDS } from "#news/numbers.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A currency named by a word after its number ("300 euros", "5,000 yen", "40 EUR"). A lower-case three-letter word is
// an ordinary word more often than a code ("won", "aud"), so of those only "yen", which is no other word, names one.
// Read the same at a single amount (read.ts) and at a range's second end (read-range.ts): "between 1,000 yen and
// 5,000 yen" left its second "yen" out of the range, which then took "yen" as its label.

/** The currency code `t` names as a word after a number, if it names one. */
export function currencyWord(t: Tok | undefined): string | undefined {
  if (!isWord(t) || (t.l.length === 3 && t.s !== t.s.toUpperCase() && t.l !== "yen")) return undefined;
  return CURRENCY_WORDS.get(t.l);
}
