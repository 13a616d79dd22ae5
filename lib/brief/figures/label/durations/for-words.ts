import { BE_FORMS as BE } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// The words a duration's "for" may stand apart from its number by: a window ("for the past five years"), a word that
// adds to a time already said ("for another 30 years", "for an extra 15 minutes"), one that takes the whole of it ("for
// the whole nine months", "for a total of 226 weeks"), or one that judges it ("for a staggering 64 years"). None says
// what the time was spent doing, so the predicate before the "for" is read past them (duration-predicate.ts).

/** Window words after "the": "for the past five years", "for the last 18 months", "for the following two seasons". */
const WINDOWS = new Set(["past", "last", "next", "following"]);

/** Words after "the" that take a time whole: "for the whole nine months", "for the entire 90 minutes". */
export const WHOLE = new Set(["whole", "entire", "full"]);

/** Words after "a" or "an" that add to a time or judge it: "for a further two years", "for a staggering 64 years". */
const ADDED = new Set(["further", "extra", "additional", "staggering", "whopping", "remarkable", "record"]);

/**
 * Word k's lowercase, or "" for punctuation or none. A module function, not a closure in forBefore: the Lambda bundle
 * (esbuild's keepNames) names each closure as it is made, a property write that cost more than the closure's work.
 */
const wordAt = (toks: readonly Tok[], k: number): string => (isWord(toks[k]) ? toks[k]!.l : "");

/**
 * The index of the "for" a duration starting at `s` is the time of, over the words that stand between them (a window,
 * "another", "an extra", "the whole", "a total of", "a staggering"); -1 when no "for" is there.
 */
export function forBefore(toks: readonly Tok[], s: number): number {
  let f = s - 1;
  if (wordAt(toks, f) === "another") f -= 1;
  else if (wordAt(toks, f) === "of" && wordAt(toks, f - 1) === "total" && wordAt(toks, f - 2) === "a") f -= 3;
  else if ((WINDOWS.has(wordAt(toks, f)) || WHOLE.has(wordAt(toks, f))) && wordAt(toks, f - 1) === "the") f -= 2;
  else if (ADDED.has(wordAt(toks, f)) && (wordAt(toks, f - 1) === "a" || wordAt(toks, f - 1) === "an")) f -= 2;
  // "the game looked to be heading for an extra 30 minutes": after a progressive of heading, "for" says where to, and
  // the time is where the doing is headed, not how long it went on ("pride myself on heading for 15 years a number of
  // companies" leads them).
  const headed = (wordAt(toks, f - 1) === "heading" || wordAt(toks, f - 1) === "bound") && BE.has(wordAt(toks, f - 2));
  return wordAt(toks, f) === "for" && !headed ? f : -1;
}
