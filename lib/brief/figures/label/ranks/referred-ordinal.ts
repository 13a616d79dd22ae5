import { AUXILIARIES, CASUALTY_WORDS, PERSON_NOUNS } from "#brief/figures/language/lexicon.ts";
import { PERSON } from "#brief/figures/read/type/one.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a memo says a third inspector -- not named -- noticed cracks, and that the third inspector called the engineers":
// an ordinal brought in with "a" and referred back to with "the" in the same sentence ("a third inspector … the third
// inspector") only tells one person or thing from others, as a name would; it ranks and counts nothing (card audit 51,
// sample AS's made-up shape 10: 'third — inspector' as an ordinal, junk). Not where the first is charged, arrested,
// killed or hurt: "A fourth man was charged on Monday, … the fourth man will appear in court" tells crime copy's running
// count (four people charged so far), which an editor cards ('4th — man charged'); the "the" that refers back is the
// same fact and stays off.

/** Verbs of a case's running count besides a toll's: "a fourth man was charged", "police arrested a third". */
const CASE_VERBS = new Set(["arrested", "arrest", "detained", "charged", "charge", "convicted", "jailed", "sentenced", "kidnapped", "abducted"]);

/** How many auxiliaries may stand between the ordinal's noun and its verb: "has been charged". */
const AUX_REACH = 2;

/**
 * Whether t is a verb of a case's running count or of a toll ("A third inspector was hired": a job's fold verb counts
 * no case).
 */
function tally(t: Tok | undefined): boolean {
  return isWord(t) && (CASE_VERBS.has(t.l) || CASUALTY_WORDS.has(t.l));
}

/** Whether "a ORD NOUN" (a person at `noun`) is the object or subject of an arrest, a charge or a toll: the story's count. */
function tallied(toks: readonly Tok[], article: number, noun: number): boolean {
  // Only people are counted so: "A third album was released", "a second bill was killed" name one more thing.
  if (!PERSON.has(toks[noun]!.l) && !PERSON_NOUNS.has(toks[noun]!.l)) return false;
  // "Police charged a fourth man", "killing a third soldier".
  if (tally(toks[article - 1])) return true;
  let k = noun + 1;
  while (k - noun <= AUX_REACH && isWord(toks[k]) && AUXILIARIES.has(toks[k]!.l)) k++;
  return tally(toks[k]);
}

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
    if (introduced(toks, i) && k > i && isWord(toks[k - 1], "the")) return !tallied(toks, i - 1, e);
    if (isWord(toks[i - 1], "the") && k < i && introduced(toks, k)) return true;
  }
  return false;
}

// These tests, like tally above, are module-level functions, not closures in referredOrdinal or tallied: the bundle
// names every closure (esbuild keepNames) by redefining its `name`, a cost paid on each call.

/** Whether `words` are the words of toks from k on. */
function wordsAt(toks: readonly Tok[], words: readonly string[], k: number): boolean {
  return words.every((w, n) => toks[k + n]?.l === w);
}

/** Whether the token at k is brought in by "a" or "an". */
function introduced(toks: readonly Tok[], k: number): boolean {
  return isWord(toks[k - 1], "a") || isWord(toks[k - 1], "an");
}
