import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "from £1,940 pp based on two adults sharing a Garden Room", "Price is based on two adults sharing a standard room":
// the people a price is based on are its terms, the same in every holiday offer, and no figure of the story; carded
// they took a slot as 'two — adults' (card audit 44, sample AL's made-up shape 6, and cnndm_test-05149's dev card).

/** Who may share in a price's basis: "two adults sharing", "two people sharing", or "two sharing". */
const SHARERS = new Set(["adults", "people", "guests", "persons", "travellers", "travelers"]);

/** Whether the count at r is the basis "based on N (adults) sharing" of a price. */
export function priceBasis(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || !isWord(toks[r.s - 1], "on") || !isWord(toks[r.s - 2], "based")) return false;
  const k = isWord(toks[r.e]) && SHARERS.has(toks[r.e]!.l) ? r.e + 1 : r.e;
  return isWord(toks[k], "sharing");
}
