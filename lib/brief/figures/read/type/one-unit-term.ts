import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a one month deposit", "the one week course", "her one month holiday", "sells one year bonds", "a one month free
// trial": "one" and a unit of time (or of play) before a noun make a compound adjective, the noun's length, as "a two
// week deposit" is read. A determiner or a verb whose object it is before "one", and a noun after the unit (or an
// adjective and its noun), close it off from "one" as a pronoun or an article ("one month later", "one day he left",
// "one week of the trial"). Only "a" was asked at first (card audit 47, sample AO: the deposit missed), so "the one
// week course" gave no number (mutation sweep 41).

/** The units a term of one is counted in. */
const UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "match", "game", "race", "fight", "night", "season"]);

/** Words after the unit that are no noun it qualifies, though the tagger may call them so: "a one day ago", "a one week later". */
// "last", "next", "this": "we met one day last summer", a time adverbial, not a term before a noun (the review).
const NOT_HEADS = new Set(["ago", "later", "earlier", "before", "after", "of", "old", "last", "next", "this", "that"]);

/**
 * Verbs whose object is a clause, not a noun: "he said one day police would come", "she hoped one day people would
 * see it"; "one day" there is an adverb of the clause, not the noun's length.
 */
const CLAUSE_VERBS = new Set([
  "say", "says", "said", "saying", "tell", "tells", "told", "think", "thinks", "thought", "hope", "hopes", "hoped",
  "know", "knows", "knew", "believe", "believes", "believed", "expect", "expects", "expected", "fear", "fears", "feared",
  "warn", "warns", "warned", "add", "adds", "added", "claim", "claims", "claimed", "predicted", "dreamed", "dreams",
]);

/** Whether the word before "one" opens a noun phrase "one" may stand in: a determiner or a verb. */
function opensPhrase(t: Tok | undefined): boolean {
  if (!isWord(t)) return false;
  if (DETERMINERS.has(t.l)) return true;
  return t.pos === "VERB" && !CLAUSE_VERBS.has(t.l);
}

/**
 * Whether the "one" at `ci`, its compound `compound` ("month" of "one-month"; undefined for the spaced "one month",
 * whose unit is then the token at `end`) and the token after it `end`, stands after a determiner or verb before a
 * unit and a noun.
 */
export function oneUnitTerm(toks: readonly Tok[], ci: number, compound: string | undefined, end: number): boolean {
  const unit = compound ?? toks[end]?.l;
  const at = compound === undefined ? end + 1 : end;
  if (unit === undefined || !UNITS.has(unit)) return false;
  // After the unit test, which decides most calls: opensPhrase may read a tag, and the first tag asked tags the
  // whole sentence.
  if (!opensPhrase(toks[ci - 1])) return false;
  // "a one month free trial": one adjective may stand between the unit and its noun.
  const head = toks[at]?.pos === "ADJ" && toks[at + 1]?.pos === "NOUN" ? toks[at + 1] : toks[at];
  if (!isWord(head) || NOT_HEADS.has(head.l) || NOT_HEADS.has(toks[at]?.l ?? "")) return false;
  return head.pos === "NOUN";
}
