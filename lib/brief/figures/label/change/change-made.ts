import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { madeObject } from "#brief/figures/label/change/made-object.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// A change made to a verb's object and said with "by": "reduce its workforce by 8,000" (a count, unnamed-count.ts:
// 'workforce reduction'), "lowered the risk of a stroke by nine per cent" (a percent, label-percent.ts: 'reduction
// in risk of a stroke', not the object's head alone, 'risk', which the nearest noun phrase gave).

/** The object changed ("risk of a stroke"), the change in the article's own word, and the object's last word. */
export interface ChangeMade {
  object: string;
  change: "increase" | "cut" | "reduction";
  head: string;
}

/**
 * "reduce its workforce by between 7,000 and 8,000", "cut its staff by 500", "increase its fleet by 20": a change verb
 * with an object, then "by" and the count, says the count is a reduction, a cut or an increase of that object. Undefined when the
 * count follows no such verb and object ("rose by 300" has no object: the percent labels say "rise in" for those).
 * The object is cut to `words` words: a count's label runs on with its change word after it.
 */
export function changeMade(toks: readonly Tok[], s: number, words = 4, percent = false): ChangeMade | undefined {
  const by = isWord(toks[s - 1], "between") ? s - 2 : s - 1;
  if (!isWord(toks[by], "by")) return undefined;
  // "the number of officers": the object is the whole phrase, from its head, over an aside or a gerund after "of"
  // (made-object.ts).
  const object = madeObject(toks, by, percent);
  if (object === undefined) return undefined;
  let v = object[0] - 1;
  while (v >= 0 && isWord(toks[v]) && DETERMINERS.has(toks[v]?.l ?? "")) v--;
  const verb = toks[v];
  // "cut" is past and present alike, and a noun too, so it is not among the change verbs; before an object it is one.
  const cut = isWord(verb, "cut") || isWord(verb, "cuts");
  const dir = upDown(verb) ?? (cut ? "down" : undefined);
  // "Walking daily cut the chance of a stroke by half": tagged a noun after an adverb, but a noun "cut" is not
  // followed by a determiner and an object changed "by" an amount (the card read '— chance').
  if (dir === undefined || (verb?.pos === "NOUN" && !(cut && v + 1 < object[0]))) return undefined;
  // Named in the article's own word: "cut", "slashed" make a cut; "reduce", "lower" a reduction.
  const change = dir === "up" ? "increase" : /^(?:cut|cuts|cutting|slashed|slashing)$/.test(verb?.l ?? "") ? "cut" : "reduction";
  const end = object[1];
  return { object: phrase(toks, object[0], Math.min(end, object[0] + words)), change, head: toks[end - 1]?.l ?? "" };
}
