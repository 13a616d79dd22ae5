import { AUXILIARIES, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { verbBefore } from "#brief/figures/label/money/verb-before.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";

// Money the police find or seize is cash found or seized: "Police who arrested Jones in May found $12,000, a knife and
// a phone" → cash found, "asked for the return of $35,000 seized at the airport" → cash seized. With no noun of its own
// the amount took the clause before it ('$12,000 — arrested Jones'), the noun it is "of" ('return') or the place it
// was found in ('hotel room'): card audit 33's pattern 6. As stolen-money.ts does, an amount with a noun of its own
// keeps it ("seized £40,000 in cash", "found a £50 note", "seized £2m of drugs").

/**
 * Verbs of finding or taking money from someone, and what the money then is: "found $9,000" → cash found. Not
 * "recovered", which a price does as often ("shares recovered 20p").
 */
const FOUND: ReadonlyMap<string, string> = new Map([
  ["found", "cash found"], ["finding", "cash found"], ["discovered", "cash found"],
  ["seized", "cash seized"], ["seize", "cash seized"], ["seizing", "cash seized"],
  ["confiscated", "cash seized"], ["confiscating", "cash seized"],
]);

/** Words that make money found an addition to a budget: "found an extra £8bn", "found a further £2m". */
const ADDED = new Set(["extra", "additional", "further", "another"]);

/**
 * "cash found" (or seized) for the amount from s to e a verb of finding takes, or that such a participle follows; else
 * undefined.
 */
export function foundMoney(toks: readonly Tok[], s: number, e: number): string | undefined {
  // "found $9,000, a knife": the verb past the amount's hedge (verb-before.ts); "$35,000 seized at the airport": a
  // participle right after it.
  const v = verbBefore(toks, s);
  // "You've just found an extra £8billion": money found for a budget is more money, not cash the police found.
  const extra = toks.slice(v + 1, s).some((t) => ADDED.has(t.l));
  const before = extra ? undefined : FOUND.get(toks[v]?.l ?? "");
  const after = isWord(toks[e]) ? FOUND.get(toks[e]!.l) : undefined;
  const found = before ?? after;
  if (found === undefined) return undefined;
  // "found £3bn a year could be saved", "found £3bn a year in waste": what follows a rate's period reads as it would
  // right after the amount.
  if (before !== undefined && periodAfter(toks, e) !== "") e += 2;
  // A noun of its own ("a £50 note"), "in cash" or "of drugs" says what was found better ("in the street" is where).
  // ("in Durst's hotel room": a possessive opens a place as a determiner does.)
  const where = DETERMINERS.has(toks[e + 1]?.l ?? "") || (toks[e + 1]?.l ?? "").endsWith("'s");
  const inWhat = isWord(toks[e], "in") && !where;
  if (before !== undefined && (forwardNP(toks, e) > e || inWhat || isWord(toks[e], "of"))) return undefined;
  // "a survey found £300 was wasted", "found £5bn had been spent": the amount opens a clause the verb found, not its
  // object.
  if (before !== undefined && AUXILIARIES.has(toks[e]?.l ?? "")) return undefined;
  return found;
}
