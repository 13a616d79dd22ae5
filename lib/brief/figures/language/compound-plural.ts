import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "sent out 55,000 promotion packs but had now stopped": the tagger calls "packs" a verb whose subject is "promotion",
// but a number above one never counts a singular noun ("55,000 promotion"), so the "-s" word after it is the plural
// head of a compound noun ("promotion packs"), as "5,000 ticket sales", "300 job cuts" are. Only at the end of its
// clause (before punctuation, a conjunction or a preposition) or before the clause's own verb ("Three felony counts
// remain": two verbs in a row, so the first is the subject's head): "the 50 company owns a plane" still reads a verb.

/** A noun that is already plural, with or without "s" ("Two people stands on the edge" has its verb after it). */
const PLURAL = /(?:s|men|people|children|police|staff|cattle|teeth|feet|mice|geese)$/;

/** Whether the "-s" word at k, tagged a verb, is the plural head after a number and a singular noun. */
export function pluralHeadAfterNoun(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const noun = toks[k - 1];
  const n = toks[k - 2];
  if (!isWord(t) || !/[^s]s$/.test(t.l) || !isWord(noun) || noun.pos !== "NOUN" || PLURAL.test(noun.l)) return false;
  const many = n?.kind === NUM ? Number(n.s.replace(/,/g, "")) > 1 : (CARDINAL_WORDS.get(n?.l ?? "") ?? 0) > 1;
  const after = toks[k + 1];
  return many && (after === undefined || after.kind === PUNCT || after.pos === "CCONJ" || after.pos === "ADP" || after.pos === "VERB" || after.pos === "AUX");
}
