import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The bakery on 23rd street reopened", "a flat on 5th avenue": an ordinal before a street's word names the street,
// no rank or order of anything ('23rd — street' [ordinal]). Capitalised ("42nd Street") it was set aside already as an
// edition of a name; written small it was read as a figure.

/** Words of a street an ordinal names, written small or abbreviated. */
const STREET_WORDS = new Set(["street", "st", "avenue", "ave", "boulevard", "blvd", "parkway"]);

/** Whether the ordinal ending before token `next` names a street ("23rd street"). */
export function streetOrdinal(toks: readonly Tok[], next: number): boolean {
  const t = toks[next];
  return isWord(t) && STREET_WORDS.has(t.l);
}
