import { ED_ADJECTIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { IRREGULAR_DONE } from "#brief/figures/label/counts/times-done.ts";

// "In a parenting agreement, the two agreed to the boy's circumcision", "The two married in 1962", "The three argued
// with West": "the" and a bare number before its verb is a pronoun for the people just named (the parents, the couple),
// and counts nothing (card audit R judged 'two — agreed to the boy's' junk; 10 cnndm-dev card rows were such). Without
// "the" the number is the news ("19 participated in the attack"); a participle before a noun describes it ("the 400
// invited guests", "the three damaged reactors"); and a toll or an arrest said of "the two" ("the two were arrested",
// "the three died") is labelled by its verb before this is asked.

/**
 * Whether the bare number at `s`, with no noun of its own and the word at `v` after it, is "the" and a pronoun before
 * its past verb: "the two agreed to", "the two fled the scene".
 */
export function definitePronoun(toks: readonly Tok[], s: number, v: number): boolean {
  const verb = toks[v];
  // An irregular past is as much a verb ("The two saw a gap in the market", "the three met at school"), though the
  // tagger may call it the noun counted ('two — saw').
  const past = IRREGULAR_DONE.has(verb?.l ?? "") || (verb?.l.endsWith("ed") === true && !ED_ADJECTIVES.has(verb.l));
  if (!isWord(toks[s - 1], "the") || !isWord(verb) || !past) return false;
  const after = toks[v + 1];
  return !(isWord(after) && (after.pos === "NOUN" || after.pos === "PROPN" || after.pos === "ADJ"));
}
