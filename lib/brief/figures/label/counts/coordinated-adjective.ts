import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "30 enclosed, air-conditioned glass capsules", "20 small, cheap cars": two adjectives before the counted noun with a
// comma between them. The noun phrase after the number ended at the comma, so the count was labelled by its first
// adjective ('30 — enclosed', card audit 22, sample P) or, with none the parse would keep, left out. The noun is the
// one after the second adjective.

const pluralNoun = (t: Tok | undefined): boolean => t !== undefined && t.pos === "NOUN" && t.l.endsWith("s") && !t.l.endsWith("ss");

/**
 * Where the counted noun phrase starts when the word at `e`, right after the number, is an adjective (or a participle
 * the parse calls a verb) before a comma and a phrase that ends on a plural noun ("air-conditioned glass capsules");
 * undefined otherwise ("500 injured, according to police").
 */
export function pastCoordinatedAdjective(toks: readonly Tok[], e: number): number | undefined {
  if (toks[e + 1]?.s !== "," || !isWord(toks[e])) return undefined;
  const t = toks[e]!;
  if (t.pos !== "ADJ" && !(t.pos === "VERB" && t.l.endsWith("ed"))) return undefined;
  const next = toks[e + 2];
  // ("won 3 straight, beating rivals twice": a clause after the comma, its "-ing" verb, whatever the parse says.)
  if (!isWord(next) || next.l.endsWith("ing") || (next.pos !== "ADJ" && next.pos !== "NOUN" && !next.l.includes("-"))) return undefined;
  const end = forwardNP(toks, e + 2);
  return end > e + 3 && pluralNoun(toks[end - 1]) ? e + 2 : undefined;
}
