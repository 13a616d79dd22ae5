import { CARDINAL_WORDS } from "#news/numbers.ts";
import { DURATIONS, MEASURE_NOUNS } from "#brief/figures/language/lexicon.ts";
import type { Core } from "#brief/figures/read/amount/read-core.ts";
import { denominator, numerator } from "#brief/figures/read/amount/fraction-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "about a third of a mile", "three-quarters of a mile", "half a kilometre": a fraction of one unit is a measure in
// that unit (0.333 miles), as "a mile and a half" is 1.5 miles. Read as a share it was 'about a third — mile', a
// bare fraction labelled by its unit and typed other (audit 44, sample AL). The unit is the number's compound, so
// its label is what it measures, as a "1.5-mile" compound's is (label-count-noun.ts): 'distance', 'length'.
// A fraction said over "of" of a time unit ("three fifths of a second", "a quarter of an hour") is a duration in that
// unit, as "an hour and a half" is: read as a share it was 'just three fifths — second' [other] (blind sample AZ's type
// error, made up). "half an hour", with no "of", is left to the readers of time.

/** A singular unit at t: "mile", "acre", "inch" (a plural, "miles", is no one unit). */
const unitAt = (t: Tok | undefined): boolean => isWord(t) && MEASURE_NOUNS.has(t.l) && !t.l.endsWith("s");

/** A singular unit of time at t: "second", "hour" ("seconds" is no one unit). */
// Not "century": "a quarter of a century" is 25 years (century-part.ts).
const timeUnitAt = (t: Tok | undefined): boolean => isWord(t) && DURATIONS.has(t.l) && !t.l.endsWith("s") && t.l !== "century";

/** Words that make an area of the unit after them: "a quarter of a square mile" is 0.25 square miles. */
const AREA_WORDS = new Set(["square", "sq", "cubic"]);

/**
 * The unit after "a" or "an" at k ("of a mile" → "mile", "of a square mile" → "square-mile", as the compound
 * "2-square-mile" spells it), or undefined.
 */
function oneUnit(toks: readonly Tok[], k: number, time: boolean): { unit: string; end: number } | undefined {
  if (!isWord(toks[k], "a") && !isWord(toks[k], "an")) return undefined;
  const t = toks[k + 1];
  if (time && timeUnitAt(t)) return { unit: t?.l ?? "", end: k + 2 };
  if (isWord(t) && AREA_WORDS.has(t.l) && unitAt(toks[k + 2])) return { unit: `${t.l}-${toks[k + 2]?.l}`, end: k + 3 };
  return unitAt(t) && !AREA_WORDS.has(t?.l ?? "") ? { unit: t?.l ?? "", end: k + 2 } : undefined;
}

/** Verbs of weighing, after which "pound" is a weight, not money: "weighs a mere half pound". */
const WEIGHING = /^weigh(?:s|ed|ing)?$/;

/** How far before "half" the verb of weighing may stand ("weighs a mere half pound"). */
const WEIGH_REACH = 4;

/**
 * The unit right after "half" at i when an article stands before the half ("a half mile", "a mere half pound"), or
 * undefined: "pound" is one only after a verb of weighing, as it is money elsewhere (audit 51, sample AS's made-up
 * shape 18: 'weighs a mere half pound' read no number at all).
 */
function halfUnit(toks: readonly Tok[], i: number): { unit: string; end: number } | undefined {
  const t = toks[i + 1];
  if (!isWord(t) || !toks.slice(Math.max(0, i - 3), i).some((w) => isWord(w, "a"))) return undefined;
  const weighed = t.l === "pound" && toks.slice(Math.max(0, i - WEIGH_REACH), i).some((w) => WEIGHING.test(w.l));
  // A weighed pound is spelt as its weight unit, which no currency word is.
  return weighed ? { unit: "lb", end: i + 2 } : unitAt(t) ? { unit: t.l, end: i + 2 } : undefined;
}

/** The fraction of a unit starting at token i, its unit the compound ("a third of a mile" → 0.333, "mile"). */
export function unitPart(toks: readonly Tok[], i: number): Core | undefined {
  const t = toks[i];
  if (!isWord(t)) return undefined;
  let value: number | undefined;
  /** The "a" or "an" before the unit. */
  let k = i;
  const dash = t.l.indexOf("-");
  // Each set one by one, never `[value, k] = [0.5, i + 1]`, so the index stays a small integer (share.ts FLOAT_INDEX).
  if (t.l === "half") {
    value = 0.5;
    k = i + 1;
  } else if (dash > 0 && isWord(toks[i + 1], "of")) {
    // "two-thirds of a mile", "three-quarters of an inch"
    const [top, bottom] = [CARDINAL_WORDS.get(t.l.slice(0, dash)), denominator(t.l.slice(dash + 1))];
    if (top !== undefined && bottom !== undefined && top < bottom) {
      value = top / bottom;
      k = i + 2;
    }
  } else if (isWord(toks[i + 2], "of")) {
    // "a third of a mile", "two fifths of a metre", "a half of a kilometre"
    const [top, bottom] = [numerator(t), denominator(toks[i + 1]?.l ?? "")];
    if (top !== undefined && bottom !== undefined && top < bottom) {
      value = top / bottom;
      k = i + 3;
    }
  }
  // "weighs a mere half pound", "a half mile": "half" before the unit itself, after the article it takes.
  // Only a fraction said over "of" takes a unit of time: "half an hour" is the time readers'.
  const unit = value === undefined ? undefined : (oneUnit(toks, k, isWord(toks[k - 1], "of")) ?? halfUnit(toks, i));
  if (value === undefined || unit === undefined) return undefined;
  return { value: Math.round(value * 1000) / 1000, end: unit.end, exponent: 0, ordinal: false, words: true, bareM: false, compound: unit.unit };
}
