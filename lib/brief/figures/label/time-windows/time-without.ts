import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { participle, pastIng } from "#brief/figures/label/time-windows/event-after.ts";
import { ing } from "#brief/figures/label/durations/past-doing.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Mrs. Obama hasn't driven herself in seven or eight years", "They didn't speak for more than five months", "has not
// been paid for three months": a time a denied doing names is how long it went undone ('seven — years without driving
// herself'); the label was the unit alone (label-duration.ts reads no denied doing: "hasn't worked for 20 years" is not
// 20 years working).

/** Auxiliaries of a denial whose verb after them is its base form: "didn't speak", "doesn't play". */
const DO_NOT = new Set(["didn't", "doesn't", "don't", "did", "does", "do", "won't", "will", "wouldn't"]);

/** Auxiliaries of a denied perfect, whose verb after them is its participle: "hasn't driven", "had not eaten". */
const PERFECT = new Set(["has", "have", "had", "'ve", "hasn't", "haven't", "hadn't"]);

/** Participles a perfect denies that are no "-ed" form nor a past event-after.ts knows: "hadn't seen", "not said". */
const PARTICIPLE_ING: ReadonlyMap<string, string> = new Map([
  ["seen", "seeing"], ["said", "saying"], ["heard", "hearing"], ["eaten", "eating"], ["had", "having"], ["been", "being"],
  ["spoken", "speaking"], ["known", "knowing"], ["slept", "sleeping"], ["paid", "paying"], ["met", "meeting"],
]);

/** How many words may stand between a denied verb and the time: its object and a preposition's phrase. */
const OBJECT_REACH = 5;

/**
 * The label of the duration `r` (unit `unit`) after "in" or "for" (or "in the past", "for the last") whose verb is
 * denied right before it: "years without driving herself"; "" for any other.
 */
export function timeWithout(toks: readonly Tok[], r: Raw, unit: string): string {
  let p = r.s - 1;
  if ((isWord(toks[p], "past") || isWord(toks[p], "last")) && isWord(toks[p - 1], "the")) p -= 2;
  if (!(isWord(toks[p], "in") || isWord(toks[p], "for"))) return "";
  // Back over the object to the verb; a capitalised word is a name whatever the tagger calls it ("hadn't seen Laurel
  // for nine years"), and a denied verb is never a sentence's first word.
  let v = p - 1;
  while (v >= 0 && p - v <= OBJECT_REACH && isWord(toks[v]) && (toks[v]!.pos !== "VERB" || isCapitalised(toks[v]!)) && !CONJUNCTIONS.has(toks[v]!.l)) v--;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB") return "";
  // "I can't jump at all for three or four weeks": "at all" before the time puts the time outside the denial (BB
  // shape 10), where "I can't run for 45 minutes" denies an ability to keep it up.
  const atAll = isWord(toks[p - 1], "all") && isWord(toks[p - 2], "at") && p - 2 > v;
  const doing = denied(toks, v, atAll);
  if (doing === "") return "";
  // The object, cut before a preposition ("started a game | for England").
  let end = v + 1;
  while (end < p && toks[end]!.pos !== "ADP") end++;
  // "who you haven't heard from in three years": a preposition left without its object leaves the doing unsaid.
  if (end === v + 1 && end < p && !(atAll && end === p - 2)) return "";
  // (duration-position.ts leaves out a label longer than the card's.)
  return [unit, "without", doing, phrase(toks, v + 1, end)].filter((w) => w !== "").join(" ");
}

/** Whether a word denies: "not", "never", "hasn't". */
const denies = (t: Tok | undefined): boolean => isWord(t) && (t.l === "not" || t.l === "never" || t.l === "cannot" || t.l.endsWith("n't"));

/** Modals of ability, denied: "can't", "cannot", "couldn't" (and "can not"). */
const CAN = new Set(["can't", "cannot", "couldn't", "can", "could"]);

/**
 * The "-ing" of the verb at `v` when the word right before it denies it ("hasn't driven", "didn't speak", "has not
 * been paid" → being paid); "" when none does, or the denial is another verb's ("can't run": what one cannot do is no
 * time without it, unless "at all" (`atAll`) sets the time outside the denial: "can't jump at all for three weeks").
 */
function denied(toks: readonly Tok[], v: number, atAll: boolean): string {
  const verb = toks[v]!.l;
  if (denies(toks[v - 1])) {
    const aux = toks[v - 1]!.l === "not" || toks[v - 1]!.l === "never" ? toks[v - 2]?.l ?? "" : toks[v - 1]!.l;
    if (DO_NOT.has(aux) || (atAll && CAN.has(aux))) return ing(verb);
    // "if it is not done in three weeks", "if its not done": a denied present or a denial with no auxiliary says a
    // deadline or nothing the parse can read, no time gone without.
    return PERFECT.has(aux) ? (PARTICIPLE_ING.get(verb) ?? pastIng(verb)) : "";
  }
  // "has not been paid": a denied passive.
  if (isWord(toks[v - 1], "been") && denies(toks[v - 2])) return participle(verb) || (PARTICIPLE_ING.has(verb) ? `being ${verb}` : "");
  return "";
}
