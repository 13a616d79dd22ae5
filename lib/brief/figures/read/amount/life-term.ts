import type { Reading } from "#brief/figures/read/amount/reading.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "people are stuck 15 to life behind foreign bars", "sentenced to 25-to-life": an indeterminate term's minimum is said
// in years without the word; read bare it was a count that took a neighbouring noun ('15 — crooks', blind sample BF's
// shape 12) or an "other" ('25-to-life'). It is the years of "15 years to life", read as that is: a duration whose
// "to life" duration-kind.ts takes for a prison term.

/** Longer than anyone serves: a bare number this large before "to life" is no term's years. */
const MOST_YEARS = 99;

/**
 * True, with the unit "years" given to the amount, when a bare whole number (no unit, currency, percent or other
 * compound) is followed by "to life" or hyphened to "-to-life".
 */
export function lifeTermYears(r: Reading, compound: string | undefined): boolean {
  if (r.currency !== undefined || r.percent || r.glued !== undefined || !Number.isInteger(r.value) || r.value < 1 || r.value > MOST_YEARS) return false;
  if (compound === undefined ? !toLife(r.toks, r.j) : compound !== "to-life") return false;
  r.glued = "years";
  return true;
}

/**
 * Whether "to life" ends a term at `k` ("15 to life behind bars", "25 years to life."), or the term's last word is
 * hyphened "-to-life" (at `k - 1`); not "to life members", "to life insurance", where "life" modifies a noun.
 */
export function toLife(toks: readonly Tok[], k: number): boolean {
  if (isWord(toks[k - 1], "to-life")) return true;
  if (!isWord(toks[k], "to") || !isWord(toks[k + 1], "life")) return false;
  const after = toks[k + 2];
  return !(isWord(after) && (after.pos === "NOUN" || after.pos === "PROPN"));
}
