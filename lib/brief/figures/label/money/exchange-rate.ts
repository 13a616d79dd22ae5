import { currencyWord } from "#brief/figures/language/currency-word.ts";
import { CURRENCY_WORDS } from "#news/numbers.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A currency's price in another ("the dollar was at $1.29 to the euro", "pushed the dollar up to $1.3270 to the euro",
// "trading at $1.2944 against the euro") is an exchange rate. The "to" reading labelled it 'to the euro', as if the
// money were paid to someone (dev-bbc cards, money27's "Left"). A rate prices one currency in another, so the currency
// priced is named before the amount: "switched $500 to the euro", "lost $40m to the dollar" name none, and are money
// moved, no rate.

/**
 * "exchange rate against euro" for an amount (from `s`, ending before `e`) priced "to" or "against" a currency, with a
 * currency named before it; else undefined.
 */
export function exchangeRate(toks: readonly Tok[], s: number, e: number): string | undefined {
  const link = toks[e];
  if (!isWord(link) || (link.l !== "to" && link.l !== "against")) return undefined;
  const k = isWord(toks[e + 1], "the") ? e + 2 : e + 1;
  const currency = toks[k];
  if (!isWord(currency) || !CURRENCY_WORDS.has(currency.l)) return undefined;
  // "to the euro zone budget": the currency opens another noun, no rate.
  const next = toks[k + 1];
  if (isWord(next) && (next.pos === "NOUN" || next.pos === "PROPN")) return undefined;
  if (!toks.slice(0, s).some((t) => currencyWord(t) !== undefined)) return undefined;
  return `exchange rate against ${currency.l}`;
}
