import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "There are around 900 cases of measles every year across Eastfield": a count said with a period it recurs in is a
// rate, and its bare noun read as a one-off total beside the county's count of the same noun ('around 900 — cases'
// beside '310 — cases', card audit 57, sample AY's made-up shape 1). The label keeps the period ("cases a year"), as
// a money rate's does ("cost a year").

/** Words that make a period a rate: "a year", "every year", "each month", "per week". */
const RATE_WORDS = new Set(["a", "an", "every", "each", "per"]);

/** The periods a count recurs in, as the label says them. */
const PERIODS: ReadonlyMap<string, string> = new Map([["year", "a year"], ["month", "a month"], ["week", "a week"], ["day", "a day"]]);

/** How many words a place's name between the noun and its period may run to: "across North Wales". */
const PLACE_WORDS = 3;

/** Words after "a year" that make it a time back or on, no rate: "a year ago", "a year earlier". */
const NOT_RATE = new Set(["ago", "earlier", "before", "later", "after", "on", "since", "previously"]);

/**
 * "a year" when the count's noun phrase ending at `npEnd`, or its "of" phrase ("cases of measles"), is followed by a
 * rate's period; "" when none, or the label `np` with it would pass a label's words.
 */
export function countPeriod(toks: readonly Tok[], npEnd: number, np: string): string {
  let k = npEnd;
  if (isWord(toks[k], "of")) {
    const from = pastDeterminers(toks, k + 1);
    const end = forwardNP(toks, from);
    if (end > from) k = end;
  }
  // "kills 900 men in Wales every week": a place's name between says where the toll recurs (blind sample BC's made-up
  // shape 6, '900 — men killed' read as a total).
  if (isWord(toks[k], "in") || isWord(toks[k], "across")) {
    let j = k + 1;
    while (j - k <= PLACE_WORDS && isWord(toks[j]) && isCapitalised(toks[j]!)) j++;
    if (j > k + 1) k = j;
  }
  if (!isWord(toks[k]) || !RATE_WORDS.has(toks[k]!.l) || NOT_RATE.has(toks[k + 2]?.l ?? "")) return "";
  const period = PERIODS.get(toks[k + 1]?.l ?? "");
  return period !== undefined && `${np} ${period}`.split(" ").length <= MAX_LABEL_WORDS ? period : "";
}

/**
 * `label` without the period countPeriod gave it, for a count that carries the label on at a period of its own: "300
 * seizures a week to just one or two a month" — the pair is seizures a month, not "seizures a week a month".
 */
export function withoutPeriod(label: string): string {
  for (const period of PERIODS.values()) if (label.endsWith(` ${period}`)) return label.slice(0, -period.length - 1);
  return label;
}
