import { modelPart } from "#brief/figures/language/model-number.ts";
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from "#brief/figures/language/lexicon.ts";
import { SCALE_SUFFIXES, SCALE_WORDS } from "#news/numbers.ts";
import {
  adjacent, atSentenceStart, CUR, isCapitalised, isWord, NUM, PUNCT, type Tok,
} from "#brief/figures/language/tokens.ts";

// A thing named by its maker and model: "a £2,200 Makita XR480 saw", "a Bosch DD-150 drill", "a £40,000 Rolex watch".
// The tokenizer splits "XR480" into "XR" and "480", and the tagger calls "saw", "watch" and "drill" verbs after a
// name, so the noun phrase stopped at the digits or the name and the label lost the thing bought ('£2,200 — Makita XR',
// '£2,200 — Makita'; card audit 43, sample AK). The model number's digits are an identifier (read elsewhere); where
// a model number ends is model-number.ts's.

/** Words that never head a thing's noun phrase: "a Makita XR480 is", "the DD-150 has", "a Rolex stolen". */
const notHead = (l: string): boolean =>
  AUXILIARIES.has(l) || PREPOSITIONS.has(l) || CONJUNCTIONS.has(l) || ADVERBS.has(l) || /(?:ed|ing)$/.test(l);

/** Words after a thing's noun that leave it no verb: "saw online", "watch." ("saw the light" has an object). */
const pastHead = (t: Tok | undefined): boolean =>
  t === undefined || t.kind === PUNCT ||
  (isWord(t) && (PREPOSITIONS.has(t.l) || CONJUNCTIONS.has(t.l) || t.l === "online"));

/**
 * Whether the word at j, which the tagger calls a verb, is the noun a maker's name from k (and its model number) names:
 * "a £2,200 Makita XR480 saw", "bought a £2,200 Makita saw online", "seized a £40,000 Rolex watch". The name is an
 * object (after a verb or preposition and an indefinite article, past an amount: "for a Bosch drill"), so no verb of
 * its own can follow; the word is no closed-class word nor a participle, and nothing it could take as object follows.
 */
export function makerHead(toks: readonly Tok[], k: number, j: number): boolean {
  const t = toks[j];
  if (j <= k || !isWord(t) || t.pos !== "VERB" || isCapitalised(t) || notHead(t.l)) return false;
  if (!pastHead(toks[j + 1])) return false;
  for (let n = k; n < j; n++) if (!(modelPart(toks, n) || nameWord(toks, n))) return false;
  return modelPart(toks, j - 1) || objectOpening(toks, k);
}

/** A capitalised word inside its sentence, no possessive: a word of a maker's name ("Makita", "Rolex"). */
const nameWord = (toks: readonly Tok[], n: number): boolean => {
  const w = toks[n];
  return isWord(w) && isCapitalised(w) && !atSentenceStart(toks, n) && !/['’]s$/.test(w.s);
};

/** A token of an amount: its digits, currency or scale ("£", "2", "m", "million"). */
const amountPart = (t: Tok): boolean =>
  t.kind === NUM || t.kind === CUR || SCALE_WORDS.has(t.l) || SCALE_SUFFIXES.has(t.l);

/** Whether the phrase at k opens an object: "a" or "an" (past an amount: "a £2,200") after a verb or preposition. */
function objectOpening(toks: readonly Tok[], k: number): boolean {
  let a = k - 1;
  while (a >= 0 && k - a <= 4 && amountPart(toks[a]!)) a--;
  const article = toks[a];
  if (!isWord(article) || (article.l !== "a" && article.l !== "an")) return false;
  const before = toks[a - 1];
  return isWord(before) && !DETERMINERS.has(before.l) && (before.pos === "VERB" || before.pos === "ADP");
}
