import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "only 20 clear cut chances", "20 overseas visitors": a word the adverb list holds for its use after a noun ("four
// points clear", "moved overseas") ended a noun phrase wherever it stood, so a count before it lost its noun and took
// its verb ('only 20 — created', card-audit-20.md, sample N). Before a noun the parse calls it an adjective, and it
// describes the noun the count counts, with the word between ("clear cut") that a verb list would end the phrase on.

/** Adverbs of the list that are adjectives before a noun. */
const DESCRIBING = new Set(["clear", "overseas", "worldwide"]);

/**
 * Words the parse calls adverbs even before a plural noun they describe: "three away games" (it dropped the count), "the
 * away fans"; only after a number or a determiner, since after a verb it is the verb's ("take away millions of dollars").
 */
const ADVERB_TAGGED = new Set(["away"]);

const pluralNoun = (t: Tok | undefined): boolean => t !== undefined && t.pos === "NOUN" && t.l.endsWith("s") && !t.l.endsWith("ss");

/**
 * Whether the word at `k` is in such a phrase before its plural noun: the adjective itself, tagged one, before the
 * noun or before one more word and the noun ("clear cut chances"); or that one more word.
 */
export function describesNoun(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (ADVERB_TAGGED.has(t.l)) return (toks[k - 1]?.kind === NUM || toks[k - 1]?.pos === "NUM" || DETERMINERS.has(toks[k - 1]?.l ?? "")) && pluralNoun(toks[k + 1]);
  if (DESCRIBING.has(t.l)) return t.pos === "ADJ" && (pluralNoun(toks[k + 1]) || ((toks[k + 1]?.pos === "NOUN" || toks[k + 1]?.pos === "ADJ") && pluralNoun(toks[k + 2])));
  const before = toks[k - 1];
  return before !== undefined && DESCRIBING.has(before.l) && before.pos === "ADJ" && (t.pos === "NOUN" || t.pos === "ADJ") && pluralNoun(toks[k + 1]);
}
