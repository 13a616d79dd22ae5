import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Prices from £21 adults, £15 concessions and £5 kids", "a 17-day trip from £3,829 pp": a price list names who pays
// each price right after it, and the noun-after rule (noun-after.ts) took that buyer for the thing priced
// ('£21 — adults', '£3,829 — pp'). The amount is the price for that group: price for adults, price per person.

/** Groups a price list prices for, as the label's words after "price". */
const GROUPS: ReadonlyMap<string, string> = new Map([
  ["adults", "for adults"], ["adult", "for adults"], ["children", "for children"], ["child", "for children"], ["kids", "for children"],
  ["concessions", "for concessions"], ["concession", "for concessions"], ["seniors", "for seniors"], ["students", "for students"],
  ["juniors", "for juniors"], ["pp", "per person"], ["pppn", "per person per night"],
]);

/** What may follow a price list's group: the list's next price, its end, or the basis of a travel price ("pp based on"). */
const LIST_GOES_ON = new Set([",", ".", ";", "(", ")", "and", "based"]);

/**
 * "price for adults" when the word right after the amount ending at `e` is a group a price list prices for and the
 * list goes on or ends there (a comma, "and", a full stop, a bracket); undefined for any other ("£5 children's books").
 */
export function groupPrice(toks: readonly Tok[], e: number): string | undefined {
  const group = toks[e];
  const words = isWord(group) ? GROUPS.get(group.l) : undefined;
  if (words === undefined) return undefined;
  const next = toks[e + 1];
  const ends = next === undefined || LIST_GOES_ON.has(next.l);
  return ends ? `price ${words}` : undefined;
}
