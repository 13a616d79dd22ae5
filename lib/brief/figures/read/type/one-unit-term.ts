import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a one month deposit", "a one week bond", "a one-month deposit", "a one year contract": "one" and a unit of time (or
// of play) between "a" and a noun make a compound adjective, the noun's length, as "a two week deposit" is read. The
// article before and the noun after close it off from "one" as a pronoun or an article ("one month later", "one day
// he left", "one week of the trial"). Only the "one-year contract" kind of terms was read (one.ts oneTerm); the others
// gave no number at all (card audit 47, sample AO: the deposit missed).

/** The units a term of one is counted in. */
const UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "match", "game", "race", "fight", "night", "season"]);

/** Words after the unit that are no noun it qualifies, though the tagger may call them so: "a one day ago", "a one week later". */
const NOT_HEADS = new Set(["ago", "later", "earlier", "before", "after", "of", "old"]);

/**
 * Whether the "one" at `ci`, its compound `compound` ("month" of "one-month"; undefined for the spaced "one month",
 * whose unit is then the token at `end`) and the token after it `end`, stands after "a" before a unit and a noun.
 */
export function oneUnitTerm(toks: readonly Tok[], ci: number, compound: string | undefined, end: number): boolean {
  if (!isWord(toks[ci - 1], "a")) return false;
  const unit = compound ?? toks[end]?.l;
  const head = toks[compound === undefined ? end + 1 : end];
  if (unit === undefined || !UNITS.has(unit) || !isWord(head) || NOT_HEADS.has(head.l)) return false;
  return head.pos === "NOUN";
}
