import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Members of the 28-nation bloc met", "the 15-member Security Council", "the 12-nation eurozone as a whole": a body
// of states named with its size after "the" is an epithet, another name for the EU or the UN's council, not a count
// the story reports (the dev gold types "the 12-nation eurozone" count and never key). Read as a count it took cards
// from the story's figures: the seed's "28-nation — nations" sat one repeat penalty off its card of seven.

/** The compound words that size a body by its members: "28-nation", "19-country", "15-member". */
const SIZED_BY = new Set(["nation", "country", "member", "state"]);

/** Nouns naming a body of states (or a council of one), lowercased, a possessive's "'s" taken off. */
const BODIES = new Set(["bloc", "union", "eu", "eurozone", "zone", "council", "alliance", "organisation", "organization", "assembly", "nato", "opec", "commonwealth", "league", "coalition", "community", "federation"]);

/** How many words may stand between the compound and the body's noun: "Security" Council, "African" Union, "euro" zone. */
const BETWEEN = 2;

/**
 * True (the figure dropped) for "the N-nation|N-country|N-member|N-state" before a body of states: its noun, with at
 * most two capitalised words or "euro" before it ("the 193-member General Assembly"). Cheap for every other figure:
 * the compound is tested first. "a 28-nation bloc", with no "the", introduces the bloc and stays a count, as does
 * "the 34-member team" (no body of states).
 */
export function blocEpithet(toks: readonly Tok[], r: Raw): boolean {
  if (r.compound === undefined || !SIZED_BY.has(r.compound) || !isWord(toks[r.s - 1], "the")) return false;
  for (let k = r.e; k <= r.e + BETWEEN; k++) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (BODIES.has(t.l.replace(/['’]s$/, ""))) {
      r.drop = true;
      return true;
    }
    if (!isCapitalised(t) && t.l !== "euro") return false;
  }
  return false;
}
