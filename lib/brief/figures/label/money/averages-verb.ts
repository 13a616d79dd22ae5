import type { Raw } from "#brief/figures/card/figure.ts";
import { ARTICLES, DETERMINERS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { backNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The mortgage of a first-time buyer averages £187,400": "averages" is the verb, though the tagger reads it as the
// noun closing the phrase before it, so the label was that phrase's tail and the verb ('first-time buyer averages'),
// the head noun cut (card audit 51, sample AS's made-up shape 2). The amount is the average of the whole subject,
// head and owner: 'average mortgage of a first-time buyer'.

/** Forms of the verb "average" said of a subject. */
const AVERAGING = new Set(["averages", "averaged", "average"]);

/** How many words the subject may run to, head and owner: "salary of a newly qualified junior doctor". */
const SUBJECT_WORDS = 7;

/**
 * The head before "of a" or "for a" when the phrase found at `start` is only what follows them ("The price of a
 * terraced house averages": 'house', the participle having stopped the search), else `start`.
 */
function headBefore(toks: readonly Tok[], start: number): number {
  for (let h = start - 1; h >= start - 3 && h > 0; h--) {
    const t = toks[h];
    if (!isWord(t)) return start;
    if ((t.l === "of" || t.l === "for") && h + 1 < start && ARTICLES.has(toks[h + 1]!.l) && isWord(toks[h - 1]) && toks[h - 1]!.pos === "NOUN") return h - 1;
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
  if (start >= v || v - start > SUBJECT_WORDS) return undefined;
  return `average ${phrase(toks, start, v)}`;
}
