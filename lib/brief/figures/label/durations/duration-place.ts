import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "during his three seasons at Atletico Madrid", "his nearly 22 years in Parliament", "an unsuccessful three years in
// Lancashire", "who had seven seasons at Arsenal": a span said with the named place or body it was spent at or in is a
// time there ('three — seasons' → seasons at Atletico Madrid). A common noun's place is in the count's noun phrase
// already ("three years at the club", "two years in office": label-count-noun.ts), which stops at a name; so this
// reads a name only. One that goes on past the phrase ("six years in Manchester United colours") or is cut by a
// number ("at MIT 2") names only part, and is left.

/** Prepositions of a place a span is spent at or in. */
const PLACES = new Set(["at", "in"]);

/**
 * "seasons at Atletico Madrid" for a duration (unit `unit`, its noun phrase ending at `npEnd`) when "at" or "in"
 * and a name follow it; "" for any other.
 */
export function durationPlace(toks: readonly Tok[], unit: string, npEnd: number): string {
  const p = toks[npEnd];
  if (!isWord(p) || !PLACES.has(p.l)) return "";
  const k = pastDeterminers(toks, npEnd + 1);
  const end = forwardNP(toks, k);
  // "for longer than 30 seconds at a time": a common noun the count's phrase left is an idiom's, no place.
  if (end <= k || !isCapitalised(toks[k]!) || isCapitalised(toks[end] ?? p) || toks[end]?.kind === NUM) return "";
  return `${unit} ${p.l} ${phrase(toks, npEnd + 1, end)}`;
}
