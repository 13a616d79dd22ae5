import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { placeEndsSubject } from "#brief/figures/language/place-subject.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Unemployment hit a peak of 10%", "Inflation reached a high of 5.2 per cent", "Its market share fell to a low of 12%":
// the noun before "of" is only the frame of the amount, a point on the way; what reached it is the verb's subject
// (card audit 23's sample Q: 'about 95 per cent — peak' of "Internet Explorer was one of the most widely used web
// browsers, attaining a peak of about 95 per cent", whose participle runs on from the main clause's subject).

/** Frame words: a point an amount reached, which names nothing of its own. */
const FRAMES = new Set(["peak", "high", "low", "record", "record high", "record low", "all-time high", "all-time low", "new high", "new low", "peak share", "new record"]);

/**
 * Words that may stand between the determiner and a frame the label leaves them out of: "hit a new high of £3bn" is
 * labelled 'high', "costs hit a new record of £20.6bn" 'new record' (card audit 43, sample AK's made-up shape: '£20.6bn
 * — new record', what set it lost).
 */
const FRAME_MODIFIERS = new Set(["new", "fresh", "all-time"]);

/** The subject a participle after a comma runs on from: the noun phrase before the sentence's first verb. */
export function mainSubject(toks: readonly Tok[], before: number): [number, number] | undefined {
  const v = toks.findIndex((t, k) => k < before && (t.pos === "VERB" || t.pos === "AUX"));
  return v > 0 ? verbSubject(toks, v) : undefined;
}

/** "10% — peak" of "Unemployment hit a peak of 10%" → "unemployment peak"; any other label is left as it is. */
export function peakOf(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !FRAMES.has(r.label.toLowerCase())) return;
  let a = r.s - 1;
  // Over the amount's hedge ("a peak of about 95 per cent" holds "about" in the figure already; "of just" is read here).
  while (a > r.s - 3 && isWord(toks[a]) && !isWord(toks[a], "of")) a--;
  if (!isWord(toks[a], "of")) return;
  let d = a - r.label.split(" ").length - 1;
  while (isWord(toks[d]) && FRAME_MODIFIERS.has(toks[d]!.l) && d > a - 5) d--;
  if (!isWord(toks[d]) || !DETERMINERS.has(toks[d]!.l)) return;
  // "fell to a low of 12%": over the "to" of a verb of falling or rising.
  if (isWord(toks[d - 1], "to")) d--;
  const v = toks[d - 1];
  // "Visitors from overseas rose to a high": the word after a subject's place adverb is its verb (place-subject.ts).
  if (!isWord(v) || (v.pos !== "VERB" && v.pos !== "AUX" && !placeEndsSubject(toks, d - 1))) return;
  const runOn = v.l.endsWith("ing") && toks[d - 2]?.s === ",";
  // "Costs, which hit a new record of £20.6bn, weighed on it": the noun before the aside's comma set the record; the
  // subject reader takes only a restrictive "which" (relative-subject.ts), so the label was 'new record' alone.
  const aside = isWord(toks[d - 2], "which") && toks[d - 3]?.s === "," ? backNP(toks, d - 3) : undefined;
  const subject = aside ?? (runOn ? mainSubject(toks, d - 2) : verbSubject(toks, d - 1));
  if (subject === undefined) return;
  // "It hit a high of 40%": the noun phrase reading stops at a pronoun, so none is named.
  const words = phrase(toks, subject[0], subject[1]);
  if (words === "") return;
  // "a new record" is what set it and the record: "costs record", as "costs peak".
  r.label = `${words} ${r.label.replace(/^(?:new|fresh) /i, "")}`;
}
