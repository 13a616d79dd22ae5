import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { atSentenceStart, isCapitalised, isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// Whose amount a sum of money or a percentage is, when its sentence names the firm or person that holds it: the card
// ranks lower an amount of someone the story is not about ("Yahoo earned $187m" in a story of Ask Jeeves).

/**
 * Verbs by which a firm or person reports what it made: "Yahoo earned $187m", "the $204m announced by rival Google".
 * Not the verbs of paying or fining, whose subject or agent is the other party ("fined $1m by the CAF").
 */
const HOLDER_VERBS = new Set(["earned", "earns", "made", "makes", "posted", "posts", "reported", "reports", "announced", "announces", "recorded", "records", "booked", "books"]);

/**
 * A token that names: capitalised mid-sentence. A sentence's first capital says nothing, and the tagger calls a
 * sentence-initial "Exports" or "Gamers" a proper noun as often as it does "Yahoo".
 */
function named(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.kind !== WORD || !isCapitalised(t) || PRONOUNS.has(t.l) || DETERMINERS.has(t.l)) return false;
  return !atSentenceStart(toks, k);
}

/** The name of the run of naming tokens [from, to), possessive dropped; undefined unless every token names. */
function nameOf(toks: readonly Tok[], from: number, to: number): string | undefined {
  if (to <= from) return undefined;
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    if (!named(toks, k)) return undefined;
    words.push((toks[k]?.s ?? "").replace(/['’]s?$/, ""));
  }
  return words.join(" ");
}

/**
 * The firm or person whose amount it is, when the sentence says who made or reported it: the name before the verb
 * ("Yahoo earned $187m") or the agent after it ("the $204m announced by rival Google"). Undefined when the holder is
 * unnamed ("Its $17m profit", "It lost"), which in a story's own sentences is most often the story's subject. A
 * possessive says too little: a holder as often as a place, a time or a product ("December's 4% rise", "the Bank's
 * 2-3% target range", "Spa's £19.50").
 */
export function ownerOf(toks: readonly Tok[], r: Raw): string | undefined {
  if (r.currency === undefined && !r.percent) return undefined;
  let k = afterConversion(toks, r.e);
  if (HOLDER_VERBS.has(toks[k]?.l ?? "") && isWord(toks[k + 1], "by")) {
    // "by rival Google", "by the US firm Intel": over a few lowercase words to the name.
    let from = k + 2;
    while (from < k + 5 && isWord(toks[from]) && !named(toks, from)) from++;
    let to = from;
    while (named(toks, to)) to++;
    return nameOf(toks, from, to);
  }
  if (!HOLDER_VERBS.has(toks[r.s - 1]?.l ?? "")) return undefined;
  const subject = verbSubject(toks, r.s - 1);
  return subject === undefined ? undefined : nameOf(toks, subject[0], subject[1]);
}
