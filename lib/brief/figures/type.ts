import { MINOR_CURRENCY } from "#news/numbers.ts";
import { AGE_BEFORE, GLUED_UNITS, IDENTIFIER_WORDS, MONTHS, TIME_WORDS, WEEKDAYS } from "#brief/figures/lexicon.ts";
import type { Core } from "#brief/figures/read-core.ts";
import { adjacent, atSentenceStart, CUR, isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/tokens.ts";

// Typing a digit amount: dates, clock times, years, ages, phone numbers and identifiers are not figures.

/** Why a digit amount is not a key figure (date, time, year, age, score, phone, identifier), or undefined. */
export function excludedDigits(toks: readonly Tok[], ci: number, core: Core, hasQualifier: boolean): boolean {
  const t = toks[ci];
  if (t === undefined || core.digits === undefined) return true;
  const prev = toks[ci - 1];
  const next = toks[core.end];
  const digits = core.digits;
  // Glued to letters or symbols: "G20", "#7", "+44", "Covid-19", "mid-2015", the 11 of "17/11", the 50 of "20:50".
  if (prev && adjacent(prev, t) && prev.kind !== CUR && prev.s !== "(" && !/^["'“‘]$/.test(prev.s)) {
    if (prev.s !== "-" && prev.s !== "–") return true;
    const pp = toks[ci - 2];
    if (pp && adjacent(pp, prev) && (pp.kind === WORD || pp.kind === NUM)) return true;
  }
  // Dates, times, ratios, versions: "17/11", "20:50", "17.11.2015".
  if (next && adjacent(toks[core.end - 1], next) && (next.s === "/" || next.s === ":" || next.s === ".") && toks[core.end + 1]?.kind === NUM && adjacent(next, toks[core.end + 1])) {
    return true;
  }
  if (next && next.kind === WORD && TIME_WORDS.has(next.l)) return true;
  if (next && next.kind === WORD && adjacent(toks[core.end - 1], next) && !core.ordinal && core.exponent === 0) {
    // "1990s", "4G", "3D"; a glued unit ("5km") is read by the caller.
    if (!GLUED_UNITS.has(next.l) && !MINOR_CURRENCY.has(next.l)) return true;
  }
  // "May 2 and 3", "2 and 3 May": the second day of a pair.
  if (prev && prev.kind === WORD && (prev.l === "and" || prev.l === "or" || prev.l === "to") && toks[ci - 2]?.kind === NUM) {
    const m = toks[ci - 3];
    if (m && m.kind === WORD && MONTHS.has(m.l) && isCapitalised(m)) return true;
  }
  // Days of month: "November 17", "Nov. 17", "17 November", "the 17th of November", "Friday 13".
  const before = prev?.s === "." ? toks[ci - 2] : prev;
  if (before && before.kind === WORD && (MONTHS.has(before.l) || WEEKDAYS.has(before.l)) && isCapitalised(before)) return true;
  if (next && next.kind === WORD && MONTHS.has(next.l) && isCapitalised(next)) return true;
  if (isWord(next, "of") && toks[core.end + 1] && MONTHS.has(toks[core.end + 1]?.l ?? "")) return true;
  // Years: a bare four-digit integer between 1800 and 2099.
  if (core.exponent === 0 && /^(?:18|19|20)\d\d$/.test(t.s)) return true;
  // Leading zero: phone numbers, codes, "007".
  if (digits.length > 1 && digits[0] === "0" && digits[1] !== ".") return true;
  const value = core.value;
  if (value < 130 && !digits.includes(".")) {
    if (prev && prev.kind === WORD && AGE_BEFORE.has(prev.l)) return true;
    // "Smith, 25, said" and "Smith (25)": ages after a name.
    const name = toks[ci - 2];
    if (prev && name && isCapitalised(name) && !atSentenceStart(toks, ci - 2)) {
      if (prev.s === "," && next && (next.s === "," || next.s === ")" || next.s === ".")) return true;
      if (prev.s === "(" && next?.s === ")") return true;
    }
    if (isWord(next, "years") && isWord(toks[core.end + 1], "old")) return true;
  }
  if (!hasQualifier && prev && prev.kind === WORD) {
    if (IDENTIFIER_WORDS.has(prev.l) && !(prev.l === "no" && !isCapitalised(prev) && prev.s !== "no")) return true;
    // "Boeing 737", "Article 5", "Apollo 11": a proper name inside the sentence, not a possessive.
    if (isCapitalised(prev) && !atSentenceStart(toks, ci - 1) && !prev.l.endsWith("'s") && !prev.l.endsWith("s'")) {
      if (!MONTHS.has(prev.l) && !WEEKDAYS.has(prev.l)) return true;
    }
  }
  if (prev?.s === "#" || prev?.s === "№") return true;
  return false;
}
