import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Rowing is 52 weeks a year now", "the bakery opens seven days a week", "a ward runs 24 hours a day": as many of a
// unit as make the whole period it is said per is an idiom for all the time, no span anyone spent (card-audit-53's
// made-up shape 3, junk on a card: '52 — weeks a year'). Only the exact whole: "drivers work 11 hours a day" is a
// figure, and so is "four days a week".

/** How many of each unit make one of each period: the whole a unit-a-period idiom says. */
const WHOLE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  second: { minute: 60 },
  minute: { hour: 60 },
  hour: { day: 24 },
  day: { week: 7, year: 365 },
  week: { year: 52 },
  month: { year: 12 },
};

/** Words that say "per" before the period: "a day", "an hour", "per week", "each year". */
const PER = new Set(["a", "an", "per", "each", "every"]);

/** "hours" → "hour": the unit as the table holds it. */
const singular = (w: string): string => w.replace(/s$/, "");

/** Whether the duration r is a whole period said per that period ("seven days a week", "24 hours a day"). */
export function wholePeriod(toks: readonly Tok[], r: Raw): boolean {
  if (r.unit === undefined || r.valueMax !== undefined || r.currency !== undefined || r.percent) return false;
  // The unit word may stand after the display ("52 | weeks a year") or inside it.
  const after = isWord(toks[r.e]) && singular(toks[r.e]!.l) === singular(r.unit.toLowerCase()) ? r.e + 1 : r.e;
  const per = toks[after];
  const period = toks[after + 1];
  if (!isWord(per) || !PER.has(per.l) || !isWord(period)) return false;
  // A leap year's 366 is the whole year too.
  const whole = WHOLE[singular(r.unit.toLowerCase())]?.[period.l];
  return whole !== undefined && (r.value === whole || (whole === 365 && r.value === 366));
}
