import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "30 enclosed, air-conditioned glass capsules", "20 small, cheap cars": two adjectives before the counted noun with a
// comma between them. The noun phrase after the number ended at the comma, so the count was labelled by its first
// adjective ('30 — enclosed', card audit 22, sample P) or, with none the parse would keep, left out. The noun is the
// one after the second adjective. So with "and" between them ("three tall and narrow towers", "four heavy and very
// rusty anchors": '— tall', '— heavy', card-audit-46's shape 1), an adverb allowed before the second; a bare noun after
// "and" is a clause's subject, not the noun ("500 injured and hospitals were full").

const pluralNoun = (t: Tok | undefined): boolean => t !== undefined && t.pos === "NOUN" && t.l.endsWith("s") && !t.l.endsWith("ss");

/**
 * Where the counted noun phrase starts when the word at `e`, right after the number, is an adjective (or a participle
 * the parse calls a verb) before a comma or "and" and a phrase that ends on a plural noun ("air-conditioned glass
 * capsules"); undefined otherwise ("500 injured, according to police").
 */
export function pastCoordinatedAdjective(toks: readonly Tok[], e: number): number | undefined {
  const and = isWord(toks[e + 1], "and");
  if ((toks[e + 1]?.s !== "," && !and) || !isWord(toks[e])) return undefined;
  const t = toks[e]!;
  if (t.pos !== "ADJ" && !(t.pos === "VERB" && t.l.endsWith("ed"))) return undefined;
  // "tall and very narrow towers": an adverb before the second adjective (only after "and", where no clause opens).
  const k = and && toks[e + 2]?.pos === "ADV" && toks[e + 3]?.pos === "ADJ" ? e + 3 : e + 2;
  const next = toks[k];
  // ("won 3 straight, beating rivals twice": a clause after the comma, its "-ing" verb, whatever the parse says.)
  if (!isWord(next) || next.l.endsWith("ing") || (next.pos !== "ADJ" && next.pos !== "NOUN" && !next.l.includes("-"))) return undefined;
  const end = forwardNP(toks, k);
  return end > k + 1 && pluralNoun(toks[end - 1]) ? k : undefined;
}
