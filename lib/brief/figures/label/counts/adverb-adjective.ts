import { type Tok } from "#brief/figures/language/tokens.ts";

// "only 20 clear cut chances", "20 overseas visitors": a word the adverb list holds for its use after a noun ("four
// points clear", "moved overseas") ended a noun phrase wherever it stood, so a count before it lost its noun and took
// its verb ('only 20 — created', card-audit-20.md, sample N). Before a noun the parse calls it an adjective, and it
// describes the noun the count counts, with the word between ("clear cut") that a verb list would end the phrase on.

/** Adverbs of the list that are adjectives before a noun. */
const DESCRIBING = new Set(["clear", "overseas", "worldwide"]);

/** Where a game was played, said before its plural noun ("three away games"), of any tag. */
const VENUES = new Set(["away", "home"]);

const pluralNoun = (t: Tok | undefined): boolean => t !== undefined && t.pos === "NOUN" && t.l.endsWith("s") && !t.l.endsWith("ss");

/**
 * Whether the word at `k` is in such a phrase before its plural noun: the adjective itself, tagged one, before the
 * noun or before one more word and the noun ("clear cut chances"); or that one more word.
 */
export function describesNoun(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  // "three away games": the tagger calls "away" and "home" adverbs even before the noun they describe; right after the
  // number only ("take away millions of dollars" is a verb's particle).
  if (VENUES.has(t.l)) return toks[k - 1]?.pos === "NUM" && pluralNoun(toks[k + 1]);
  if (DESCRIBING.has(t.l)) return t.pos === "ADJ" && (pluralNoun(toks[k + 1]) || ((toks[k + 1]?.pos === "NOUN" || toks[k + 1]?.pos === "ADJ") && pluralNoun(toks[k + 2])));
  const before = toks[k - 1];
  return before !== undefined && DESCRIBING.has(before.l) && before.pos === "ADJ" && (t.pos === "NOUN" || t.pos === "ADJ") && pluralNoun(toks[k + 1]);
}
