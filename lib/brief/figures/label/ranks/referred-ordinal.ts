import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a memo says a third inspector -- not named -- noticed cracks, and that the third inspector called the engineers":
// an ordinal brought in with "a" and referred back to with "the" in the same sentence ("a third inspector … the third
// inspector") only tells one person or thing from others, as a name would; it ranks and counts nothing (card audit 51,
// sample AS's made-up shape 10: 'third — inspector' as an ordinal, junk).

/**
 * Whether the ordinal at i (its word or words ending before e, the noun at e) is one of a pair in its sentence, "a ORD
 * NOUN" and later "the ORD NOUN", the same words.
 */
export function referredOrdinal(toks: readonly Tok[], i: number, e: number): boolean {
  const noun = toks[e];
  if (!isWord(noun)) return false;
  const words = toks.slice(i, e + 1).map((t) => t.l);
  for (let k = 1; k + words.length <= toks.length; k++) {
    if (k === i || !wordsAt(toks, words, k)) continue;
    // This one brought in and the other referred back to, or the other way round.
    if ((introduced(toks, i) && k > i && isWord(toks[k - 1], "the")) || (isWord(toks[i - 1], "the") && k < i && introduced(toks, k))) return true;
  }
  return false;
}

// The two tests are module-level functions, not closures in referredOrdinal: the bundle names every closure (esbuild
// keepNames) by redefining its `name`, a cost paid on each call of referredOrdinal.

/** Whether `words` are the words of toks from k on. */
function wordsAt(toks: readonly Tok[], words: readonly string[], k: number): boolean {
  return words.every((w, n) => toks[k + n]?.l === w);
}

/** Whether the token at k is brought in by "a" or "an". */
function introduced(toks: readonly Tok[], k: number): boolean {
  return isWord(toks[k - 1], "a") || isWord(toks[k - 1], "an");
}
