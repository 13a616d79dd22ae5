import { KIND_NOUNS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "ten types of wine", "50 pairs of shoes": a count of kinds or containers of a thing is named by the thing after
// "of"; the classifier alone ("ten — types", card audit 20's sample N) says what was counted only with it.

/**
 * The end of the noun phrase "types of wine" when a count's noun phrase, ending before `end`, ends on a kind noun and
 * "of" and a noun phrase follow it (at most three words of it), else `end` unchanged.
 */
export function pastKindOf(toks: readonly Tok[], end: number): number {
  if (!KIND_NOUNS.has(toks[end - 1]?.l ?? "") || !isWord(toks[end], "of")) return end;
  const k = pastDeterminers(toks, end + 1);
  const np = forwardNP(toks, k);
  // "two pairs of the company's most expensive shoes": an owner's phrase runs past three words; the kind noun is kept.
  return np > k && !/['’]s?$/.test(toks[np - 1]?.l ?? "") ? Math.min(np, k + 3) : end;
}

/**
 * What a count of kinds or containers counts, for whether it is the story's: "bottles of beer" in a story of beer is a
 * detail of it ("1.2 billion bottles of beer" outranked the deal's "37.5% of United Breweries"), as the label "bottles"
 * was before the thing was named; other labels unchanged.
 */
export function kindHead(label: string): string {
  const of = label.indexOf(" of ");
  if (of < 0) return label;
  const head = label.slice(0, of);
  return KIND_NOUNS.has(head.slice(head.lastIndexOf(" ") + 1).toLowerCase()) ? head : label;
}
