import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { atSentenceStart, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Of the ten ties they played last spring, four ended level": a bare count that opens its clause with its own past
// verb after a fronted partitive "Of the N <noun>," has that noun left out because the partitive just said it.
// Labelled by the verb alone ('four — ended level', 'three — opted for the new') it reads as a count of a deed; the
// editor's label is the partitive's noun doing the verb ('ties ended level'). Any other count before is no whole the
// bare count is a part of: "scored three goals … Division 1 and 2 based on" (no 'goals based'), "finding \"five
// colored rocks" after "Two troopers" (no 'troopers colored').

/**
 * The label of a bare count `r` labelled by its own verb phrase (count-verb.ts' `deed`), given the count before it
 * in its sentence: that count's noun and the verb phrase ("ties ended level") when that count is the whole of a
 * fronted "Of the N <noun>," and `r` opens the clause after its comma; else "".
 */
export function elidedDeed(toks: readonly Tok[], before: Raw | undefined, r: Raw): string {
  if (r.deed === undefined || before?.noun === undefined || before.drop || r.ordinal || !partitiveWhole(toks, before)) return "";
  const [from, to] = r.deed;
  if (r.label !== phrase(toks, from, to)) return "";
  // The comma that closes the partitive comes right before the count and its qualifier ("…, at least 57 survived").
  if (toks[r.s - 1]?.s !== ",") return "";
  return `${before.noun} ${phrase(toks, from, uncut(toks, from, to))}`;
}

/** Whether the count `w` is the whole of a partitive opening its sentence: "Of the eight inmates …", "Of those 20". */
function partitiveWhole(toks: readonly Tok[], w: Raw): boolean {
  const det = toks[w.s - 1];
  const of = toks[w.s - 2];
  return isWord(det) && DETERMINERS.has(det.l) && isWord(of, "of") && (w.s - 2 === 0 || atSentenceStart(toks, w.s - 2));
}

/** Tags of a word that goes on with the noun phrase before it: "passed the final maths | exam". */
const PHRASE_GOES_ON = new Set(["NOUN", "PROPN", "ADJ"]);

/** A word that opens a phrase the cap may cut: a preposition or a determiner. */
const opensPhrase = (t: Tok | undefined): boolean => t?.pos === "ADP" || t?.pos === "DET";

/**
 * The end of the verb phrase [from, to) with the last phrase the word cap cut in two taken off: a prepositional one
 * ("ended the year in" (profit cut off) → "ended the year"; "opted for the new" (diet cut off) → "opted for", which
 * phrase() ends at "opted"), or an object whose noun runs on past the cap ("passed the final maths" (exam cut off) →
 * "passed"). An object the cap ends whole stays ("reached the little harbour" before "safely"), as does "showed stronger
 * economic growth", which ends at its comma.
 */
function uncut(toks: readonly Tok[], from: number, to: number): number {
  const next = toks[to];
  if (!isWord(next) || CONJUNCTIONS.has(next.l)) return to;
  let k = to - 1;
  while (k > from && !opensPhrase(toks[k])) k--;
  if (k === from || (toks[k]?.pos === "DET" && !PHRASE_GOES_ON.has(next.pos ?? ""))) return to;
  return k;
}
