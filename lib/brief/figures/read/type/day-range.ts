import { MONTHS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord } from "#brief/figures/language/tokens.ts";
import type { Reading } from "#brief/figures/read/amount/reading.ts";

// "from 11-13 July", "its 4–9 February season", "the 2-5 of October": a range of days of a month, its top end
// within a month's 31, right before the month's name (or "of" and it) is a date, as "between 4 and 6 March" is by
// type.ts' day pair. Apart from type.ts because only the range reading knows both ends and where the range stops:
// type.ts sees the first number alone, with the dash after it. The month must be capitalised ("20-30 may leave" is the
// modal); read-rejected.ts asks only of digits with no currency or percent, and a unit read moves the range's end.
// A single day before its month is type.ts' already ("13 July"): only a range is asked here.

/** Whether the range read is days of the month named right after it. */
export function dayRange(r: Reading): boolean {
  if (r.valueMax === undefined || r.valueMax > 31) return false;
  const at = isWord(r.toks[r.j], "of") ? r.j + 1 : r.j;
  const month = r.toks[at];
  return isWord(month) && MONTHS.has(month.l) && isCapitalised(month);
}
