import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Gamblers can get 11/10 that the mercury climbs to 98F", "bookmakers offer odds that temperatures will hit 40C": an
// amount in the clause a bet's odds open is the line the bet is struck on, not a reading the story reports; on a card
// it read as a temperature reached ('98F — mercury'; card audit 56, sample AX's made-up shape 5). Dropped, as a case
// put in a question is (asked-hypothetical.ts). Only a "that" right after the odds opens such a clause ("odds that",
// "5/1 that", "a bet that"); "bet £20 on 98F" names no clause and is left as it is.

/** Nouns of a wager whose "that" opens what is bet on. */
const WAGERS = new Set(["odds", "evens", "bet", "bets", "wager", "wagers", "flutter"]);

/** How far back from the amount the bet's "that" may stand. */
const BET_REACH = 10;

/** Whether odds written as a fraction end at k: "11/10", "5/1". */
function fractionOdds(toks: readonly Tok[], k: number): boolean {
  return toks[k]?.kind === NUM && toks[k - 1]?.s === "/" && toks[k - 2]?.kind === NUM;
}

/** Whether the amount stands in the clause after a bet's "that" ("11/10 that the mercury climbs to 98F"). */
export function betThreshold(toks: readonly Tok[], r: Raw): boolean {
  for (let k = r.s - 1; k >= 0 && r.s - k <= BET_REACH; k--) {
    const t = toks[k]!;
    if (t.kind === PUNCT && t.s !== "/") return false;
    if (isWord(t, "that")) return fractionOdds(toks, k - 1) || (isWord(toks[k - 1]) && WAGERS.has(toks[k - 1]!.l));
  }
  return false;
}
