import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { eventBefore } from "#brief/figures/label/time-windows/event-after.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Chelsea won the league for the first time in 50 years": the first-of rule (duration-position.ts) names the thing
// after "first", and here that is "time", so the card said '50 — years since last time' (12 dev cards). What was last
// done is the clause's own doing before "for the first time": years since winning the league (what was last done 50
// years ago). Where the doing and its words do not fit the card's label, the old label stays.

/**
 * Verbs of coming back: "returned to Test cricket for the first time in 17 months" is 17 months away, which "since
 * returning" would misstate (it reads as 17 months since the return).
 */
const RETURNS = new Set(["returned", "return", "returns", "returning", "came", "comes"]);

/** How far back from "for" the clause's verb may stand: a verb, its object and a place. */
const REACH = 8;

/**
 * The label of a time `unit` said as "for the first time in N <unit>", where `first` is the token "first": the verb of
 * the clause before "for the first time" and its words up to "for", as an event (since winning the league); "" when
 * "first" is not in "for the first time", or no past this reads stands before it.
 */
export function firstTimeSince(toks: readonly Tok[], first: number, unit: string): string {
  if (!isWord(toks[first + 1], "time") || !isWord(toks[first - 1], "the") || !isWord(toks[first - 2], "for")) return "";
  const f = first - 2;
  for (let v = f - 1; v >= 0 && f - v <= REACH; v--) {
    const t = toks[v]!;
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return "";
    if (t.pos === "VERB") return RETURNS.has(t.l) ? "" : eventBefore(toks, unit, v, f, "since");
  }
  return "";
}
