import type { Raw } from "#brief/figures/card/figure.ts";
import { BE_FORMS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "the old bridge glittered under the frost like a thousand tiny jewels", "the crowd roared like a hundred jet
// engines": a round number in words after "like", whose noun phrase ends its clause, is a simile's, a figure of speech
// that counts nothing ('a thousand — tiny jewels', a candidate; card-audit-45's made-up shape 6). Not the hedge "like"
// of speech: after a form of "be" or "have" ("there were like a thousand people"), after "something" ("something like a
// thousand"), or where a verb follows its noun ("looks like a thousand people turned up"): those count.

/** Round values a simile says in words: a hundred, a thousand, ten thousand, a million, a billion. */
const ROUND = new Set([100, 1000, 10000, 100000, 1000000, 1000000000]);

/** Words before "like" that make it a hedge on a count, not a comparison. */
const HEDGED = new Set(["something", "anything", "have", "has", "had", "there"]);

/** Tags of the words a simile's noun phrase runs over after its number. */
const PHRASE_TAGS = new Set(["ADJ", "NOUN", "PROPN"]);

/** Tags that may end the clause right after the noun phrase: a preposition or a conjunction. */
const CLAUSE_ENDS = new Set(["ADP", "CCONJ", "SCONJ"]);

/** Whether the figure r, a round number in words after "like", is a simile's. */
export function simile(toks: readonly Tok[], r: Raw): boolean {
  if (!r.words || r.qualifier !== undefined || r.valueMax !== undefined || !ROUND.has(r.value)) return false;
  if (!isWord(toks[r.s - 1], "like")) return false;
  const before = toks[r.s - 2];
  if (before !== undefined && (BE_FORMS.has(before.l) || HEDGED.has(before.l))) return false;
  let k = r.e;
  while (k < r.e + 4 && PHRASE_TAGS.has(toks[k]?.pos ?? "")) k++;
  const next = toks[k];
  return next === undefined || next.kind === PUNCT || CLAUSE_ENDS.has(next.pos ?? "");
}
