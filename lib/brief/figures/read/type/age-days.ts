import { AGE_BEFORE } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "the youngest captain aged 23 and 212 days", "aged 19 years and 40 days", "23 years and 212 days old", "At 18 years
// and 300 days,": an age said to the day is one age, its days (weeks, months) the rest of a year, no span of their
// own. Read apart, the days were a duration on the card ('212 — days', card audit 43, sample AK: junk), and "23 years"
// after "was" a duration too. An age is off the card, so both parts are typed age. The age is told by "aged", "at" or
// "age(s) of" before the years, or "old" after the days; "served 3 years and 40 days" stays a span.

/** Units of the rest of a year an age may be said to. */
const REST_UNITS = new Set(["day", "days", "week", "weeks", "month", "months"]);

/** Hedges between "aged" and the years: "aged just 17 and 98 days". */
const HEDGES = new Set(["just", "only", "barely"]);

/** Whether the digits at `ci` (ending before `end`) are a part of an age said with its days: either part. */
export function ageWithDays(toks: readonly Tok[], ci: number, end: number): boolean {
  // The rest: "… and 212 days", after "N years and" or "N and".
  if (isWord(toks[ci - 1], "and") && REST_UNITS.has(toks[end]?.l ?? "")) {
    const years = isWord(toks[ci - 2], "years") ? ci - 3 : ci - 2;
    if (toks[years]?.kind === NUM) return yearsPart(toks, years, years + 1);
  }
  return yearsPart(toks, ci, end);
}

/** Whether the digits at `ci` are the years of an age said with its days ("aged 23 and 212 days"). */
function yearsPart(toks: readonly Tok[], ci: number, end: number): boolean {
  const and = isWord(toks[end], "years") ? end + 1 : end;
  if (!isWord(toks[and], "and") || toks[and + 1]?.kind !== NUM || !REST_UNITS.has(toks[and + 2]?.l ?? "")) return false;
  if (isWord(toks[and + 3], "old")) return true;
  const b = HEDGES.has(toks[ci - 1]?.l ?? "") ? ci - 2 : ci - 1;
  const before = toks[b];
  if (!isWord(before)) return false;
  return AGE_BEFORE.has(before.l) || before.l === "at" || (before.l === "of" && AGE_BEFORE.has(toks[b - 1]?.l ?? ""));
}
