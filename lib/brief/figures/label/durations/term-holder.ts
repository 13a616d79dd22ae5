import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS, MONTHS, PRONOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { opensElidedClause } from "#brief/figures/label/ellipsis/elided-subject.ts";

// "Pike was jailed for 28 months last spring", "the judge jailed Moss for nine months": whose prison term it is, when
// its clause names the person. A story of one defendant often gives another's term too (an accomplice's, a co-accused's,
// stated earlier): both read 'months in prison', and the other's, said first, kept the subject's own off the card
// (card-audit-54's made-up shape M4). Held as the figure's owner, so the card ranks a term of someone neither headline
// nor first sentence names below the subject's own (candidates.ts' `other`); the label is left as it is.

/** Verbs a term is given by, passive ("was jailed for") or with the person as object ("jailed Moss for"). */
const TERM_VERBS = new Set(["jailed", "imprisoned", "sentenced", "locked"]);

/**
 * Forms of "be" a passive's verb follows: "Pike was jailed", "has been jailed". Not a plural's: "Turner and Bell were
 * jailed" is two people's term, no one holder (the name before "were" read 'Bell's prison term').
 */
const BE = new Set(["was", "is", "been"]);

/** Words before "been" that make it a passive's: "has been jailed" (not "could be", a case put). */
const PERFECT = new Set(["has", "had"]);

/** Words between a passive's auxiliary and its verb the tagger may call nouns: "was yesterday jailed". */
const TIME_WORDS = new Set(["yesterday", "today", "later", "also", "then"]);

/** Verbs a term is given by with no "for" or "to": "Lomax was given four years", "handed Moss nine months". */
const GIVING = new Set(["given", "handed"]);

/** A day's or month's name, which a time phrase before a subject ends on: "on Friday Hale was sentenced". */
const dated = (t: Tok): boolean => MONTHS.has(t.l) || WEEKDAYS.has(t.l);

/** How many words back from the term's "for" or "to" its verb may stand: "was sentenced in March last year to". */
const VERB_REACH = 6;

/**
 * Where the capitalised words ending right before `end` (after `from`) start, as a name ("Dean Pike"); -1 when there are
 * none, or they are a pronoun, a determiner, a month or a day (a capital that names no person).
 */
function nameStart(toks: readonly Tok[], end: number, from: number): number {
  let k = end;
  // Back to the name's first word, not over a day or month before it ("on Friday Hale was sentenced").
  while (k > from && isWord(toks[k - 1]) && isCapitalised(toks[k - 1]!) && !(k < end && dated(toks[k - 1]!))) k--;
  if (k === end) return -1;
  // "staff at Turner", "a friend of Smith": a name after a preposition is inside another noun phrase, no holder.
  if (toks[k - 1]?.pos === "ADP" && !dated(toks[k]!)) return -1;
  for (let n = k; n < end; n++) {
    const l = toks[n]!.l;
    if (PRONOUNS.has(l) || DETERMINERS.has(l) || MONTHS.has(l) || WEEKDAYS.has(l)) return -1;
  }
  return k;
}

/**
 * The person a prison term `r` is given to, when named, by the surname a story names a person by again (the last word
 * of the name: "Roofer Dean Pike was jailed" is Pike's, whatever the tagger makes of a sentence's first capital): the
 * object of the term's verb ("jailed Moss for nine months", "handed Moss nine months") or the subject of its passive
 * ("Pike was jailed for 28 months", "Pike, 41, was later jailed in May for 28 months", "Ruiz has been jailed", "Lomax
 * was given four years", "on Friday Hale was sentenced"); undefined when the clause names no one ("He was jailed",
 * "The man was jailed"), two ("Turner and Bell were jailed") or a name inside another phrase ("staff at Turner").
 */
export function termHolder(toks: readonly Tok[], r: Raw): string | undefined {
  const preposition = isWord(toks[r.s - 1], "for") || isWord(toks[r.s - 1], "to");
  // "Lomax was given four years", "handed Moss nine months": a verb of giving needs no "for" or "to".
  const giving = GIVING.has(toks[r.s - 1]?.l ?? "") || (toks[r.s - 1]?.pos === "PROPN" && GIVING.has(toks[r.s - 2]?.l ?? ""));
  if (!preposition && !giving) return undefined;
  const last = preposition ? r.s - 1 : r.s;
  let v = last - 1;
  // Not back over an elided clause's "and": "Lund was jailed for nine years and a cousin for six" is the cousin's six.
  while (v >= 0 && last - v <= VERB_REACH && isWord(toks[v]) && !TERM_VERBS.has(toks[v]!.l) && !GIVING.has(toks[v]!.l)) {
    if (opensElidedClause(toks, v, last)) return undefined;
    v--;
  }
  if (!isWord(toks[v]) || !(TERM_VERBS.has(toks[v]!.l) || GIVING.has(toks[v]!.l))) return undefined;
  // "jailed Moss for": a name, and only a name, between the verb and the term.
  if (v < last - 1 && nameStart(toks, last, v + 1) === v + 1) return toks[last - 1]!.s;
  // Over adverbs and time words to the passive's auxiliary ("was later jailed", "was yesterday jailed").
  let aux = v - 1;
  while (aux > 0 && (toks[aux]?.pos === "ADV" || TIME_WORDS.has(toks[aux]?.l ?? ""))) aux--;
  if (!isWord(toks[aux]) || !BE.has(toks[aux]!.l)) return undefined;
  if (isWord(toks[aux], "been")) {
    if (!PERFECT.has(toks[aux - 1]?.l ?? "")) return undefined;
    aux--;
  }
  // Over an age's aside: "Pike, 41, was jailed".
  let end = aux;
  if (toks[end - 1]?.s === "," && toks[end - 2]?.kind === NUM && toks[end - 3]?.s === ",") end -= 3;
  return nameStart(toks, end, Math.max(0, end - 4)) < 0 ? undefined : toks[end - 1]!.s;
}
