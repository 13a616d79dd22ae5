import { CARDINAL_WORDS } from "#news/numbers.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A multi-buy price: "four for £9 on sliced bread", "five for $20 on most shampoos", "deals such as two for £5 on
// selected cheeses". The price was labelled by its "on" phrase ('£9 — on sliced bread') or a word before the offer
// ('scrapped deals'); it is an offer's price, on what the "on" names. Only with the "on" after it: "sold three for £10
// to a neighbour" is a sale of three, no offer.

/** "offer on X" for money right after "N for" with "on X" after it, else undefined. */
export function multiBuy(toks: readonly Tok[], r: Raw): string | undefined {
  const count = toks[r.s - 2];
  if (!isWord(toks[r.s - 1], "for") || count === undefined || !(count.kind === NUM || CARDINAL_WORDS.has(count.l))) return undefined;
  if (!isWord(toks[r.e], "on")) return undefined;
  const k = pastDeterminers(toks, r.e + 1);
  const end = forwardNP(toks, k);
  return end > k ? `offer on ${phrase(toks, k, Math.min(end, k + 4))}` : undefined;
}
