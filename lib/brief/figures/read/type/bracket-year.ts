import { MONTHS } from "#brief/figures/language/lexicon.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "on May 3, 198 [7], my shop burnt down": an editor's bracket round a year's last digit cuts it, and the three digits
// left read as a count ('198 — years'). After a month-day date they can only be that year; a count before a bracket
// ("killed 198 [1] people", a footnote) has no date before it and stays.

/** Whether toks[k] is a day of a capitalised month just before it ("May 3"). */
function monthDay(toks: readonly Tok[], k: number): boolean {
  const day = toks[k];
  const month = toks[k - 1];
  return day?.kind === NUM && /^\d{1,2}$/.test(day.s) && isWord(month) && MONTHS.has(month.l) && isCapitalised(month);
}

/**
 * The digits at ci (ending before `end`) are a year cut by a bracketed digit ("198 [7]") after a month-day date, with
 * or without its comma ("May 3, 198 [7]", "May 3 198 [7]").
 */
export function bracketCutYear(toks: readonly Tok[], ci: number, end: number): boolean {
  const digits = toks[ci]?.s ?? "";
  if (end !== ci + 1 || !/^(?:1[0-9]|20)\d$/.test(digits)) return false;
  const cut = toks[end + 1];
  if (toks[end]?.s !== "[" || cut?.kind !== NUM || !/^\d$/.test(cut.s) || toks[end + 2]?.s !== "]") return false;
  const day = toks[ci - 1]?.s === "," ? ci - 2 : ci - 1;
  return monthDay(toks, day);
}
