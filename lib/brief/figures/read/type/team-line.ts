import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "we've had to reshuffle the back four", "playing with a front three": a team's line named by how many play in it is a
// name, not a figure; read as a count it took another number's noun ("four — games", card audit 13's sample G).

/** Words that name a team's line before the number of players in it. */
const LINES = new Set(["back", "front", "midfield"]);

/** How many players a line named by its size can hold: "back four", "front three", "back five", "front two". */
const SIZES = new Set(["two", "three", "four", "five"]);

/**
 * True (and the figure dropped as an identifier) for a team's line: a size in words after "back", "front" or
 * "midfield" after a determiner, with no noun of its own after it ("the back four players" counts players).
 */
export function teamLine(toks: readonly Tok[], r: Raw): boolean {
  const line = toks[r.s - 1];
  if (!isWord(line) || !LINES.has(line.l) || !DETERMINERS.has(toks[r.s - 2]?.l ?? "") || !SIZES.has(toks[r.s]?.l ?? "") || r.e !== r.s + 1) return false;
  if (toks[r.e]?.pos === "NOUN") return false;
  r.drop = true;
  r.type = "identifier";
  return true;
}
