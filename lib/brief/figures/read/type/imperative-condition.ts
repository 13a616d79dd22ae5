import type { Raw } from "#brief/figures/card/figure.ts";
import { QUOTE_MARKS } from "#brief/figures/language/lexicon.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Drop three games next month and they will call me a fool": a count in an imperative that opens its sentence, with
// "and" and a future after it, is a condition put ("if I drop three games"), nothing that happened (blind sample BA's
// made-up shape S9, junk on a card: 'three — games'). Only a future ("will", "'ll"): "Add his 31 to his 32 and you would
// have 63" adds numbers that happened; only a verb right before the number, over at most one word ("Score just 20
// goals"): "Around 300 jobs went and more will follow" opens with an adverb, which the tag tells apart.

/** How many words after the number the "and" may come: "three games next month and". */
const REACH = 8;

/** Words that may stand between the imperative and its number: "Win another three", "Score just 20". */
const BETWEEN_WORDS = 1;

/**
 * Words that give the number's clause a verb of its own before "and": "Tesco's 300 will close, and Asda will open 900
 * shops" is a statement whose subject holds the number (the tagger calls "Tesco's" a name, as it does "Drop").
 */
const FINITE = new Set(["will", "would", "is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "must", "should"]);

/** The tags a sentence's first word is given when it is an imperative: the tagger calls "Drop" and "Score" names. */
const IMPERATIVE_TAGS = new Set(["VERB", "PROPN"]);

/** A future after "and" and its subject: "they will", "the coach'll", "you'll". */
const isFuture = (t: Tok | undefined): boolean => isWord(t) && (t.l === "will" || t.l.endsWith("'ll"));

/** Whether toks[k] opens its sentence or a quotation: "Drop …", '"Lose …'. */
const opens = (toks: readonly Tok[], k: number): boolean => {
  const before = toks[k - 1];
  return isWord(toks[k]) && (before === undefined || (before.kind === PUNCT && QUOTE_MARKS.has(before.s)));
};

/** Whether the count r is the object of a conditional imperative: "Drop three games … and they will …". */
export function imperativeCondition(toks: readonly Tok[], r: Raw): boolean {
  let and = r.e;
  while (and - r.e < REACH && isWord(toks[and]) && toks[and]!.l !== "and" && !FINITE.has(toks[and]!.l)) and++;
  if (toks[and]?.s === "," && isWord(toks[and + 1], "and")) and++; // "Lose two more, and he will be sacked"
  // The subject of the future runs to three words: "and the coach will", "and you'll".
  if (!isWord(toks[and], "and") || ![1, 2, 3].some((d) => isFuture(toks[and + d]))) return false;
  let verb = r.s - 1;
  if (!opens(toks, verb) && opens(toks, verb - BETWEEN_WORDS)) verb -= BETWEEN_WORDS;
  // Asked last, as a tag tags the whole sentence (speed only: the answer is the same in either order).
  return opens(toks, verb) && IMPERATIVE_TAGS.has(toks[verb]!.pos ?? "");
}
