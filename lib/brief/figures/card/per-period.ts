import type { Raw } from "#brief/figures/card/figure.ts";
import { RATE_WORDS } from "#brief/figures/label/money/period-label.ts";
import { singular } from "#brief/figures/read/amount/duration-compound.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// An amount said again by the period right after it: "worth £90m over three seasons (or £30m a year)", "£1.2m a year,
// or £100,000 a month". The second is the first divided out, no news of its own, so it takes no place on the card
// (card audit 32's pattern 9: a per-year restatement of a total pushed a highlight's figure off).

/** Days in a period an amount may be said per (a season is a sport's year). */
const PERIOD_DAYS: ReadonlyMap<string, number> = new Map([
  ["day", 1], ["week", 7], ["month", 365 / 12], ["year", 365], ["annum", 365], ["season", 365],
]);

/** A period named by a word that holds its count: "over the decade". */
const DECADE_DAYS = 3650;

/**
 * How far the restatement may stray from the division: "£52,000 a week, or about £2.7m a year" (52 × 52,000 is
 * 2.704m). Wider would let a second amount that happens to be near a multiple pass ("£4.99 per month or £50 per year"
 * is two prices, 12 × 4.99 = 59.88).
 */
const TOLERANCE = 0.05;

/** How many tokens may stand between the amount and its restatement: "£4m for the gallery in 2019 (or". */
const MAX_GAP = 10;

/** The period said right after an amount ending before token `e` ("£30m a year" → year), if any. */
function perPeriod(toks: readonly Tok[], e: number): number | undefined {
  // "a year", "per season", "each month": the rate words period-label.ts reads.
  if (!RATE_WORDS.has(toks[e]?.l ?? "")) return undefined;
  return PERIOD_DAYS.get(singular(toks[e + 1]?.l));
}

/** The days a count of periods spans: "three seasons", "a five-year deal", "a 10-year deal". */
function spanDays(toks: readonly Tok[], d: Raw): number | undefined {
  if (d.currency !== undefined || d.percent || d.valueMax !== undefined) return undefined;
  const compound = /-(\p{L}+)$/u.exec(toks[d.e - 1]?.l ?? "")?.[1];
  const unit = compound ?? (toks[d.e]?.s === "-" ? toks[d.e + 1]?.l : toks[d.e]?.l);
  const days = PERIOD_DAYS.get(singular(unit));
  return days === undefined ? undefined : d.value * days;
}

/** The restatement is opened by a bracket or "or": "(or £30m a year)", ", or £100,000 a month", "(£30m a year)". */
const introduced = (toks: readonly Tok[], r: Raw): boolean => toks[r.s - 1]?.s === "(" || isWord(toks[r.s - 1], "or");

/**
 * The amount raws[n] says again by the period, if it does: the nearest amount of its currency before it, at most
 * MAX_GAP tokens back, and raws[n] opened by a bracket or "or", said per a period, and equal within TOLERANCE to that
 * amount divided out: by the ratio of their periods ("£1.2m a year, or £100,000 a month"), else by a span of periods
 * the sentence names ("over three seasons", "a five-year deal", "over the decade").
 */
export function restatedPerPeriod(toks: readonly Tok[], raws: readonly Raw[], n: number): Raw | undefined {
  const r = raws[n];
  if (r === undefined || r.currency === undefined || r.valueMax !== undefined || r.value <= 0 || !introduced(toks, r)) return undefined;
  const per = perPeriod(toks, r.e);
  if (per === undefined) return undefined;
  // The nearest amount of its currency: past a conversion in another ("£1.2m a year (about $1.5m), or £100,000 a
  // month"), and to a total itself dropped as a restatement ("£3.6m over three years, or £1.2m a year, or £100,000 a
  // month": the month's links to the year's, which links to the whole, and each takes the label before it).
  let m = n - 1;
  while (m >= 0 && raws[m]!.currency !== r.currency) m--;
  const total = raws[m];
  if (total === undefined || total.valueMax !== undefined || r.s - total.e > MAX_GAP) return undefined;
  const own = perPeriod(toks, total.e);
  const spans: number[] = [];
  if (own !== undefined) spans.push(own);
  else {
    for (const d of raws) {
      const days = spanDays(toks, d);
      if (days !== undefined) spans.push(days);
    }
    for (let k = total.e; k < r.e + 6 && k < toks.length; k++) if (isWord(toks[k], "decade")) spans.push(DECADE_DAYS);
  }
  return spans.some((days) => Math.abs((r.value * days) / per / total.value - 1) <= TOLERANCE) ? total : undefined;
}
