import { CARDINAL_WORDS } from "#news/numbers.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { verbBefore } from "#brief/figures/label/money/verb-before.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Marta Lind said the route was hard, with the opening ride raising over £150,000 for the Trust": money a "raising"
// moves, after a noun phrase that "with" opens, was raised by that phrase's thing, a raising done. party-moved.ts
// leaves the "-ing" alone ("in the hope of raising £5,000" is a target), so the subject rule named the thing as if it
// were priced: 'over £150,000 — opening ride' (blind sample AZ's made-up shape 2). Only after "with": "the firm is
// raising £5m" is under way, and stays.

/** The label of money at `s` that a "with" noun phrase's "raising" moved, or undefined. */
export function raisedBy(toks: readonly Tok[], s: number): string | undefined {
  const v = verbBefore(toks, s);
  if (!isWord(toks[v], "raising")) return undefined;
  const span = backNP(toks, v, false);
  if (span === undefined) return undefined;
  // "with the opening ride", "With two galas": over the determiner or count the phrase opens with.
  const opener = toks[span[0] - 1];
  const w = opener !== undefined && (DETERMINERS.has(opener.l) || CARDINAL_WORDS.has(opener.l) || opener.kind === NUM) ? span[0] - 2 : span[0] - 1;
  if (!isWord(toks[w], "with")) return undefined;
  const a = pastDeterminers(toks, span[0]);
  return a < span[1] ? `raised by ${phrase(toks, a, span[1])}` : undefined;
}
