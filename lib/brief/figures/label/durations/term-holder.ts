import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS, MONTHS, PRONOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Pike was jailed for 28 months last spring", "the judge jailed Moss for nine months": whose prison term it is, when
// its clause names the person. A story of one defendant often gives another's term too (an accomplice's, a co-accused's,
// stated earlier): both read 'months in prison', and the other's, said first, kept the subject's own off the card
// (card-audit-54's made-up shape M4). Held as the figure's owner, so the card ranks a term of someone neither headline
// nor first sentence names below the subject's own (candidates.ts' `other`); the label is left as it is.

/** Verbs a term is given by, passive ("was jailed for") or with the person as object ("jailed Moss for"). */
const TERM_VERBS = new Set(["jailed", "imprisoned", "sentenced", "locked"]);

/** Forms of "be" a passive's verb follows: "Pike was jailed", "the pair were sentenced". */
const BE = new Set(["was", "were", "is", "are"]);

/** How many words back from the term's "for" or "to" its verb may stand: "was sentenced in March last year to". */
const VERB_REACH = 6;

/**
 * Where the capitalised words ending right before `end` (after `from`) start, as a name ("Dean Pike"); -1 when there are
 * none, or they are a pronoun, a determiner, a month or a day (a capital that names no person).
 */
function nameStart(toks: readonly Tok[], end: number, from: number): number {
  let k = end;
  while (k > from && isWord(toks[k - 1]) && isCapitalised(toks[k - 1]!)) k--;
  if (k === end) return -1;
  for (let n = k; n < end; n++) {
    const l = toks[n]!.l;
    if (PRONOUNS.has(l) || DETERMINERS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l)) return -1;
  }
  return k;
}

/**
 * The person a prison term `r` is given to, when named, by the surname a story names a person by again (the last word
 * of the name: "Roofer Dean Pike was jailed" is Pike's, whatever the tagger makes of a sentence's first capital): the
 * object of the term's verb ("jailed Moss for nine months") or the subject of its passive ("Pike was jailed for 28
 * months", "Pike, 41, was later jailed in May for 28 months"); undefined when the clause names no one ("He was
 * jailed", "The man was jailed").
 */
export function termHolder(toks: readonly Tok[], r: Raw): string | undefined {
  if (!isWord(toks[r.s - 1], "for") && !isWord(toks[r.s - 1], "to")) return undefined;
  let v = r.s - 2;
  while (v >= 0 && r.s - v <= VERB_REACH && isWord(toks[v]) && !TERM_VERBS.has(toks[v]!.l)) v--;
  if (!isWord(toks[v]) || !TERM_VERBS.has(toks[v]!.l)) return undefined;
  // "jailed Moss for": a name, and only a name, between the verb and the term.
  if (v < r.s - 2 && nameStart(toks, r.s - 1, v + 1) === v + 1) return toks[r.s - 2]!.s;
  let aux = v - 1;
  if (toks[aux]?.pos === "ADV") aux--;
  if (!isWord(toks[aux]) || !BE.has(toks[aux]!.l)) return undefined;
  // Over an age's aside: "Pike, 41, was jailed".
  let end = aux;
  if (toks[end - 1]?.s === "," && toks[end - 2]?.kind === NUM && toks[end - 3]?.s === ",") end -= 3;
  return nameStart(toks, end, Math.max(0, end - 4)) < 0 ? undefined : toks[end - 1]!.s;
}
