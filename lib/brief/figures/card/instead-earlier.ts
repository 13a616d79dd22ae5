import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Shops ran their spring discounts for just ten days instead of 24 days last year": an amount "instead of" or
// "rather than" another said with an earlier time is the level the first moved from, as "compared with 25 days the
// year before" is (link.ts). Read alone, the second was a duration of the unit alone ('24 — days', card audit 48's
// shape 11, a strict fault); linked, the first shows '(from 24)'. Without an earlier time "instead of" is a choice,
// not a change ("paid in cash instead of 24 monthly instalments"), and is left alone.

/** Nouns of a time "last …" names before now: "last year", "last season". */
const PERIODS = new Set(["year", "week", "month", "season", "time", "summer", "winter", "spring", "autumn", "term"]);

/**
 * Periods short enough that "last …" more often dates the news itself than the earlier level: "The council approved
 * 200 homes instead of 300 last month" is a plan cut last month, no fall from 300. Only with "this week" or "this
 * month" before, the same period on the first side, are they the two levels' times.
 */
const SHORT = new Set(["week", "month"]);

/** Words that put the first side ahead of now: "will hire 200 staff instead of 300 last month". */
const FUTURE = new Set(["will", "'ll", "shall"]);

/**
 * Whether the first side's time is not the short period "last …" at `k` names: "this" and the same period before `k`
 * ("this week … last week"), or a future ("will hire 200 staff instead of 300 last month": a time ahead cannot be
 * last month, so last month's 300 is the level the 200 moves from, as "last year" is for any verb).
 */
function thisPeriod(toks: readonly Tok[], k: number): boolean {
  const period = toks[k + 1]?.l;
  for (let j = 0; j + 1 < k; j++) if (isWord(toks[j], "this") && toks[j + 1]?.l === period) return true;
  return futureFirst(toks, k);
}

/**
 * Whether the verb nearest before "instead" or "rather", the first side's, is said with "will" or "shall" ("will
 * hire 200 staff", "will only charge £30"). A "will" elsewhere dates no side: "The mayor, who will stand down,
 * approved 200 homes instead of 300 last month", "Under his will, £200 went …" are still a plan cut last month.
 */
function futureFirst(toks: readonly Tok[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && !isWord(toks[j], "instead") && !isWord(toks[j], "rather")) j--;
  // ("Traders will say the market had 120 stalls rather than 300 last month": "had" is the first side's verb.)
  while (j > 0 && toks[j]!.pos !== "VERB" && toks[j]!.pos !== "AUX") j--;
  // ("will be paid", "will only charge": the verb's auxiliaries and adverbs before it.)
  for (j--; j >= 0 && (toks[j]!.pos === "AUX" || toks[j]!.pos === "ADV"); j--) if (FUTURE.has(toks[j]!.l)) return true;
  return false;
}

/**
 * Whether an earlier time opens at `k`: "last year", "a year earlier", "the year before", "previously". A year ("in
 * 2020") may date both sides: "played 30 games instead of 38 in 2020" is a plan cut, not a change from 2020.
 */
function earlierTime(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t)) return false;
  // "instead of 8 previously planned": "previously" before a participle dates a plan, not an earlier level.
  if (t.l === "previously") return toks[k + 1]?.pos !== "VERB";
  if (t.l === "last") return PERIODS.has(toks[k + 1]?.l ?? "") && !(SHORT.has(toks[k + 1]!.l) && !thisPeriod(toks, k));
  if ((t.l === "a" || t.l === "the") && PERIODS.has(toks[k + 1]?.l ?? "")) {
    const w = toks[k + 2]?.l ?? "";
    return w === "before" || w === "earlier" || (t.l === "a" && w === "ago");
  }
  return false;
}

/** Whether `r`, after "instead of" or "rather than" at `fromAt`, is an earlier level: an earlier time follows it. */
export function insteadEarlier(toks: readonly Tok[], r: Raw, fromAt: number): boolean {
  const instead = isWord(toks[fromAt], "of") && isWord(toks[fromAt - 1], "instead");
  const joined = instead || (isWord(toks[fromAt], "than") && isWord(toks[fromAt - 1], "rather"));
  // Before any tag is asked for: a tag tags the whole sentence (speed only).
  if (!joined) return false;
  // (The amount's noun, unread at linking, may follow its number: "24 days last year", "300 stalls last year".)
  const after = isWord(toks[r.e]) && toks[r.e]!.pos === "NOUN" ? r.e + 1 : r.e;
  return earlierTime(toks, after);
}

/** A noun's singular, near enough to tell "days" from "hours": "days" → "day". */
const singular = (w: string): string => w.replace(/s$/, "");

/**
 * Whether `earlier`, the amount an "instead of" amount `r` would be linked to, counts the same thing: "sold out in
 * ten minutes instead of 2 hours last year" compares two times, not an earlier level of the minutes ('ten minutes
 * (from 2)' would misstate it). Either without a noun after its number is taken to share the other's.
 */
export function sameNoun(toks: readonly Tok[], earlier: Raw, r: Raw): boolean {
  const a = toks[earlier.e];
  const b = toks[r.e];
  if (!isWord(a) || a.pos !== "NOUN" || !isWord(b) || b.pos !== "NOUN") return true;
  return singular(a.l) === singular(b.l);
}
