import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { ARTICLES, DETERMINERS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { backNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { atSentenceStart, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { ratePeriodEnd } from "#brief/figures/label/money/rate-label.ts";

// "The mortgage of a first-time buyer averages £187,400": "averages" is the verb, though the tagger reads it as the
// noun closing the phrase before it, so the label was that phrase's tail and the verb ('first-time buyer averages'),
// the head noun cut (card audit 51, sample AS's made-up shape 2). The amount is the average of the whole subject,
// head and owner: 'average mortgage of a first-time buyer'.

/** Forms of the verb "average" said of a subject. */
const AVERAGING = new Set(["averages", "averaged", "average"]);

/** A common noun at `k`: one the tagger calls so, or a sentence's first word it took for a name by its capital ("Rent"). */
function commonNoun(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return isWord(t) && (t.pos === "NOUN" || (t.pos === "PROPN" && atSentenceStart(toks, k)));
}

/**
 * The head before "of a" or "for a" when the phrase found at `start` is only what follows them ("The price of a
 * terraced house averages": 'house', the participle having stopped the search), else `start`.
 */
function headBefore(toks: readonly Tok[], start: number): number {
  for (let h = start - 1; h >= start - 3 && h > 0; h--) {
    const t = toks[h];
    if (!isWord(t)) return start;
    if ((t.l === "of" || t.l === "for") && h + 1 < start && ARTICLES.has(toks[h + 1]!.l) && commonNoun(toks, h - 1)) return h - 1;
  }
  return start;
}

/**
 * The label "average SUBJECT" of an amount right after a verb "average(s|d)", or undefined. Not after a determiner or
 * an owner, where "average" describes the amount ("an average £30,000", "the city's average £5,000 a square metre").
 */
export function averagesVerb(toks: readonly Tok[], r: Raw): string | undefined {
  const v = r.s - 1;
  const verb = toks[v];
  if (!isWord(verb) || !AVERAGING.has(verb.l) || verb.s !== verb.l) return undefined;
  const before = toks[v - 1];
  if (!isWord(before) || DETERMINERS.has(before.l) || POSSESSIVES.has(before.l) || before.l.endsWith("'s") || before.l.endsWith("s'")) return undefined;
  const np = backNP(toks, v);
  if (np === undefined) return undefined;
  const start = headBefore(toks, pastDeterminers(toks, np[0]));
  if (start >= v) return undefined;
  // "£5,000 per square metre", "£1,400 a month": the rate stays, as rate-label.ts had it ('per square metre').
  const periodEnd = ratePeriodEnd(toks, r);
  const rate = periodEnd === undefined ? "" : ` ${phrase(toks, r.e, periodEnd)}`;
  // The whole subject; else the head with its owner's noun phrase ("Rent for a one-bedroom flat", not "… in the
  // capital"); else the head alone ('average rent a month'): the first that fits a card's label with the rate.
  for (const end of [v, np[1], start + 1]) {
    const label = `average ${phrase(toks, start, end)}${rate}`;
    if (end > start && label.split(" ").length <= MAX_LABEL_WORDS) return label;
  }
  return undefined;
}
