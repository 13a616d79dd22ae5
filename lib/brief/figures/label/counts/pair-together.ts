import { GENERIC_PEOPLE } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "he said that the previous evening the two men had gone to a tailor together": "the two men" who did something
// "together" are the pair the story has just named, a pronoun with a noun ("the pair"), and count nothing, as "the
// two agreed" does (pronoun-count.ts; card audit 51, sample AS's made-up shape 11: 'two — men', a count). Without
// "the" ("two men had gone") or "together" ("the two men were arrested") the count is read as before.

/** How far after the noun the clause's "together" may stand. */
const REACH = 12;

/** Whether the count at `s` is "the two NOUN" of people (its noun at `n`) whose clause does something "together". */
export function pairTogether(toks: readonly Tok[], s: number, n: number): boolean {
  if (!isWord(toks[s - 1], "the") || !isWord(toks[s], "two") || !GENERIC_PEOPLE.has(toks[n]?.l ?? "")) return false;
  // "the two men and three women were held together": a count beside another, no pair alone.
  if (isWord(toks[n + 1], "and") && toks[n + 2]?.pos === "NUM") return false;
  for (let k = n + 1; k < toks.length && k - n <= REACH; k++) {
    const t = toks[k];
    if (t?.kind === PUNCT) return false;
    if (isWord(t, "together")) return true;
  }
  return false;
}
