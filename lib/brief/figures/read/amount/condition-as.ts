import { GLUED_UNITS, MEASURE_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS, SCALE_WORDS } from "#news/numbers.ts";

// "Spores live for as long as nine days", "smoke seen as far as 18 miles away": "as long as" and "as far as" hedge a
// time or a length (lexicon.ts's QUALIFIERS). Before anything else they are a condition or a frame, no hedge at all:
// "debated as long as 100,000 people sign it", "as long as 40 per cent of homes are empty", "As far as 3 of the
// players are concerned" (all read 'as long as 100,000' …); so too a measure that opens a clause ("a refund as long
// as 30 days have not passed"). "as late as" has no such use and hedges whatever follows ("as late as 2019").

/** The hedges that say how long or how far, and so measure only a time or a length. */
const MEASURING = new Set(["long", "far"]);

/** Words inside a number said in words past its first: "two and a half", "three hundred". */
const NUMBER_PARTS = new Set(["and", "a", "half", "quarter"]);

/** Whether "as long/far as" at `start` before the number at `at` is a condition or a frame, not a hedge. */
export function conditionAs(toks: readonly Tok[], start: number, at: number): boolean {
  if (!isWord(toks[start], "as") || !MEASURING.has(toks[start + 1]?.l ?? "")) return false;
  let k = at + 1;
  while (toks[k]?.kind === NUM || CARDINAL_WORDS.has(toks[k]?.l ?? "") || SCALE_WORDS.has(toks[k]?.l ?? "") || NUMBER_PARTS.has(toks[k]?.l ?? "")) k++;
  const unit = toks[k];
  if (!isWord(unit) || !(MEASURE_NOUNS.has(unit.l) || GLUED_UNITS.has(unit.l))) return true;
  const next = toks[k + 1];
  return next?.pos === "VERB" || next?.pos === "AUX";
}
