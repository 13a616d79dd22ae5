// "Net income was $3m, on revenue which fell 5% to $2.1bn", "shares that rose 4%": a verb right after a relative
// pronoun with no comma before it (a restrictive relative) has the noun before the pronoun as its subject. Without it
// the subject search stopped at "which", so the fall and the total it fell to had no label and never reached the card
// (card audit 38, sample AF), where "revenue fell 5% to $2.1bn" gives '$2.1bn — revenue'.
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

/**
 * Relative pronouns that may stand as the subject of the verb after them. Not "who": a name before it is read short
 * ("businessman Scot Young who fell 60ft" gave 'former fiancee fall', "a 15-year-old who plunged" 'year-old fall').
 */
const RELATIVES = new Set(["which", "that"]);

/**
 * Where the relative pronoun right before the verb phrase at k stands (the noun it describes ends there), else -1;
 * only for a verb of rising or falling at v, the change this is for: a place "the team that finished second" took in a
 * hypothetical or a past the story is not about ("a party that finishes second") reached the card as a rank.
 */
export function relativeBefore(toks: readonly Tok[], k: number, v: number): number {
  if (upDown(toks[v]) === undefined) return -1;
  const rel = toks[k - 1];
  // "said that revenue fell": "that" before a noun opens a clause; only one right before the verb is its subject.
  return isWord(rel) && RELATIVES.has(rel.l) && toks[k - 2]?.s !== "," && isWord(toks[k - 2]) ? k - 1 : -1;
}

/**
 * The word right before a relative pronoun at `rel` as the noun it describes, when the phrase reader found none there:
 * "gave a boost to shares which have advanced 4%" (the parse took "to shares" for an infinitive, so '4% — month').
 * A relative pronoun follows a noun; a word of a closed class (a preposition, a determiner, a pronoun) names none.
 */
export function describedWord(toks: readonly Tok[], rel: number): [number, number] | undefined {
  const w = toks[rel - 1];
  if (!isWord(w) || PREPOSITIONS.has(w.l) || DETERMINERS.has(w.l) || PRONOUNS.has(w.l) || AUXILIARIES.has(w.l) || CONJUNCTIONS.has(w.l)) return undefined;
  return [rel - 1, rel];
}
