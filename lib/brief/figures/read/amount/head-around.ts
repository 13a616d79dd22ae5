import { POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "get your head around 12 years coming to an end": the idiom's "around" is its preposition (what is understood), not
// a hedge on the number. Kept to "head" (or "heads") after a possessive ("your", "their", "one's"), the idiom's own
// shape: "a head around 12 inches wide" measures, and "around" after any other noun still hedges.

/** Whether the "around" at `start` closes "one's head around", the idiom of understanding, so it is no qualifier. */
export function headAround(toks: readonly Tok[], start: number): boolean {
  if (!isWord(toks[start], "around")) return false;
  const head = toks[start - 1];
  if (!isWord(head, "head") && !isWord(head, "heads")) return false;
  const owner = toks[start - 2]?.l ?? "";
  return POSSESSIVES.has(owner) || owner === "one's";
}
