import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// The verb that moved an amount, read back from the amount over what a writer puts between them: an article, a hedge
// or a word judging the sum ("stole more than £2,000", "took more than the expected $18m", "made a whopping £5m").
// stolen-money.ts and takings.ts each walked back over their own list of such words; one list keeps them reading the
// same words the same way.

/** Words between a verb and the amount it moved: articles, hedges, and words that judge or add to the sum. */
const LEAD_IN = new Set([
  "a", "an", "the", "some", "another", "further", "additional", "extra",
  "more", "than", "almost", "nearly", "about", "around", "over", "under", "roughly", "approximately", "just", "only",
  "up", "to", "at", "least", "in", "estimated", "expected", "record", "staggering", "whopping",
]);

/** How many words back from the amount the verb may stand. */
const REACH = 6;

/** The token before the amount at `s` once the words between it and its verb are passed: the verb, if there is one. */
export function verbBefore(toks: readonly Tok[], s: number): number {
  let v = s - 1;
  while (v > 0 && s - v <= REACH && isWord(toks[v]) && LEAD_IN.has(toks[v]!.l)) v--;
  return v;
}
