import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Co-accused Dillon was jailed for 12 years and his brother for four": the second term's clause is cut at "and" and
// has a subject of its own with its verb elided, so whoever the first clause names holds only the first term. Read
// back from the second, the owner of the first clause's verb ('co-accused Dillon's prison term') was the second's too.

/**
 * Words joining an elided clause to the one before (the lexicon's CONJUNCTIONS hold "who", "when", "that" too, which
 * open clauses with verbs of their own).
 */
const ELIDING = new Set(["and", "but", "while", "whilst"]);

/** Tags an elided clause's own subject starts with: "his brother", "a cousin", "Jones". */
const SUBJECT_TAGS = new Set(["DET", "PRON", "NOUN", "PROPN"]);

/**
 * Whether `toks[k]` joins an elided clause whose own subject stands between it and `end` (the figure's preposition,
 * or the figure): "and his brother" before "for four"; not "and then from 40 yards", whose clause has no subject of
 * its own. The caller has met no verb between `k` and `end`.
 */
export function opensElidedClause(toks: readonly Tok[], k: number, end: number): boolean {
  return isWord(toks[k]) && ELIDING.has(toks[k]!.l) && k + 1 < end && SUBJECT_TAGS.has(toks[k + 1]?.pos ?? "");
}
