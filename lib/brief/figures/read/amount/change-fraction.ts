import { CARDINAL_WORDS } from "#news/numbers.ts";
import { type Raw, wholeFigure } from "#brief/figures/card/figure.ts";
import { denominator, numerator } from "#brief/figures/read/amount/fraction-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "cut the time they took to fall asleep by a third", "fell by half", "were a third less likely to be injured", "a
// quarter cheaper": a fraction that says how much something changed, not a share of a group. Unread, "a third" was an
// ordinal and "by half", "a quarter less likely" no number at all (card audit 47, sample AO: a miss). The fraction is
// read as the percent it is (33.3%) so that the percent's labels name what changed ("fall in crime", "less likely to
// be injured"), then written as a share is (0.333, type other: share.ts), once labelled (settleChangeFractions).

/**
 * Comparatives a fraction of change stands before: "a third lower", "a quarter cheaper". Not lexicon.ts' COMPARATIVES
 * (a direction for each): these add length and speed ("a third shorter") and leave out "up"/"down", which after a
 * fraction are no comparison ("half up the hill").
 */
const FRACTION_COMPARATIVES = new Set([
  "lower", "higher", "cheaper", "dearer", "fewer", "smaller", "bigger", "larger", "faster", "slower", "shorter", "longer",
  "greater", "less", "more",
]);

/** Words after "by a third" that make it no change but a thing: "by a third party", "by a half-time goal" (a noun). */
const NOT_AFTER = new Set(["of", "a", "an", "the"]);

/** The fraction of change at token i ("a third", "two-thirds", "half") and the token after it, or undefined. */
export function changeFraction(toks: readonly Tok[], i: number): { value: number; end: number } | undefined {
  const t = toks[i];
  if (!isWord(t)) return undefined;
  let value: number | undefined;
  let end = i + 1;
  const dash = t.l.indexOf("-");
  if (t.l === "half") value = 0.5;
  else if (dash > 0) {
    // "by two-thirds"
    const top = CARDINAL_WORDS.get(t.l.slice(0, dash));
    const bottom = denominator(t.l.slice(dash + 1));
    if (top !== undefined && bottom !== undefined && top < bottom) value = top / bottom;
  } else {
    const n = numerator(t);
    const bottom = denominator(toks[i + 1]?.l ?? "");
    // One by one, never `[value, end] = [n / bottom, i + 2]`, so the index stays a small integer (share.ts FLOAT_INDEX).
    if (n !== undefined && bottom !== undefined && n < bottom && isWord(toks[i + 1])) {
      value = n / bottom;
      end = i + 2;
    }
  }
  if (value === undefined) return undefined;
  // "by half", "by a third", "by two thirds": the "by" of a change, not followed by the thing a third is of.
  const by = isWord(toks[i - 1], "by") || (t.l === "half" && isWord(toks[i - 1], "a") && isWord(toks[i - 2], "by"));
  const after = toks[end];
  if (by && !(isWord(after) && (NOT_AFTER.has(after.l) || after.pos === "NOUN" || after.pos === "PROPN"))) return { value, end };
  // "a third less likely", "a quarter cheaper": before a comparative ("less", "more" need a word after them).
  if (t.l !== "half" && isWord(after) && FRACTION_COMPARATIVES.has(after.l) && !((after.l === "less" || after.l === "more") && !isWord(toks[end + 1]))) return { value, end };
  return undefined;
}

/** The fraction of change at token i read as a percent figure (unlabelled), or undefined. */
export function readChangeFraction(toks: readonly Tok[], i: number): { raw: Raw; next: number } | undefined {
  const found = changeFraction(toks, i);
  if (found === undefined) return undefined;
  const start = isWord(toks[i - 1], "a") && toks[i]?.l === "half" ? i - 1 : i;
  const raw = wholeFigure(toks, start, found.end, { value: Math.round(found.value * 1000) / 10, percent: true, label: "", kind: "count" });
  raw.core = i;
  return { raw, next: found.end };
}

/** Writes each labelled fraction of change as a share is: 0.333, type other, no percent. */
export function settleChangeFractions(toks: readonly Tok[], raws: readonly Raw[]): void {
  for (const r of raws) {
    if (!r.percent || r.currency !== undefined || !isWord(toks[r.core])) continue;
    const found = changeFraction(toks, r.core);
    if (found === undefined || found.end !== r.e) continue;
    r.value = Math.round(found.value * 1000) / 1000;
    r.percent = false;
    r.type = "other";
  }
}
