import { PEOPLE } from "#brief/figures/language/lexicon.ts";
import { ATHLETE_VERBS, METRE_SIZES } from "#brief/figures/read/amount/unit-after.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// A glued "m" with no currency was metres unless people followed it ("5m people"), so "Passenger numbers rose to 21m"
// measured 21 metres, and "rose for the second consecutive year to 21m" took the year for its unit (card-audit-20.md,
// sample N). A count of people or of things counted in millions named before it in the clause (passengers, numbers,
// viewers, users, downloads) makes the "m" millions, as the people after it do.

/** Nouns that count in millions besides people: what is tallied, not measured. */
const TALLIES = new Set(["numbers", "population", "audience", "audiences", "attendance", "turnout", "membership", "downloads", "copies", "visits", "journeys", "trips"]);

/** People who run, jump and throw: an athlete's "100m" is a distance even after them. */
const ATHLETES = new Set(["players", "athletes", "runners", "swimmers", "sprinters"]);

/** How far back in its clause the counted noun may stand ("Passenger numbers rose for the second consecutive year to 21m"). */
const REACH = 10;

/**
 * Whether a glued "m" whose number starts at `s` and ends before `e` is millions: a counted noun stands before it in the
 * clause (no comma, colon or bracket between), no size word follows it and no athlete's verb governs it.
 */
export function countedInMillions(toks: readonly Tok[], s: number, e: number): boolean {
  // "21m long", "5m high": a size word after it makes it a length; "watched him jump 8m": an athlete's verb measures
  // its "m" in metres, whoever watched.
  if (METRE_SIZES.test(toks[e]?.l ?? "") || ATHLETE_VERBS.test(toks[s - 1]?.l ?? "")) return false;
  for (let k = s - 1; k >= 0 && s - k <= REACH; k--) {
    const t = toks[k]!;
    if (t.kind === PUNCT && t.s !== "'" && t.s !== "’") return false;
    if (isWord(t) && (TALLIES.has(t.l) || (PEOPLE.has(t.l) && !ATHLETES.has(t.l)))) return true;
  }
  return false;
}
