import { CURRENCY_WORDS, DOLLAR_NAMES, NAMED_CURRENCIES } from "#news/numbers.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A currency named by a word after its number ("300 euros", "5,000 yen", "40 EUR"). A lower-case three-letter word is
// an ordinary word more often than a code ("won", "aud"), so of those only "yen", which is no other word, names one.
// Read the same at a single amount (read.ts) and at a range's second end (read-range.ts): "between 1,000 yen and
// 5,000 yen" left its second "yen" out of the range, which then took "yen" as its label.

/** The currency code `t` names as a word after a number, if it names one. */
export function currencyWord(t: Tok | undefined): string | undefined {
  if (!isWord(t) || (t.l.length === 3 && t.s !== t.s.toUpperCase() && t.l !== "yen")) return undefined;
  return CURRENCY_WORDS.get(t.l);
}

/**
 * "US dollars", "New Taiwan dollars", "Hong Kong dollars", "Philippine pesos": a capitalised name of one or two words
 * before a currency's word names whose currency it is (DOLLAR_NAMES for "dollars" or "dollar", NAMED_CURRENCIES for
 * the others); the code and the token after the word, or undefined.
 */
export function namedCurrency(toks: readonly Tok[], k: number): { code: string; next: number } | undefined {
  for (const words of [2, 1]) {
    const name = toks.slice(k, k + words);
    const unit = toks[k + words];
    if (name.length < words || !name.every((t) => isWord(t) && isCapitalised(t)) || !isWord(unit)) continue;
    const key = name.map((t) => t.l).join(" ");
    if (unit.l === "dollars" || unit.l === "dollar") {
      // "US" only in capitals: "us dollars" is no name.
      if (words === 1 && name[0]!.l === "us" && name[0]!.s !== "US") continue;
      const code = DOLLAR_NAMES.get(key);
      if (code !== undefined) return { code, next: k + words + 1 };
      continue;
    }
    const code = NAMED_CURRENCIES.get(`${key} ${unit.l}`);
    if (code !== undefined) return { code, next: k + words + 1 };
  }
  return undefined;
}
