import type { Raw } from "#brief/figures/card/figure.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";
import { isQuote } from "#brief/figures/read/type/quoted-name.ts";

// 'He said she hadn't put "10 cents" towards the flat': a sum under one of its currency, quoted alone, is a figure
// of speech for nothing at all, no money anyone paid (blind sample BA's made-up shape S10, junk on a card: '10 cents —
// flat'). Only a coin's worth (a cent, a penny, "10p"): a quoted "$1" or "£1 million" is a sum the writer doubts or
// stresses, still said of money ("sold for '$1'"); only the amount alone inside the marks ('"10 cents a litre" tax'
// names a rate).

/** Whether the money r is a sum under one unit standing alone inside quotation marks. */
export function quotedTrifle(toks: readonly Tok[], r: Raw): boolean {
  return r.currency !== undefined && r.value < 1 && isQuote(toks[r.s - 1]) && isQuote(toks[r.e]);
}
