import { adjacent, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A height in feet and inches ("stands 6-foot-8", "the 6ft 5in defender", "5 feet 4 inches tall") is one measure:
// read apart, the feet lose the inches and the inches are left as a bare number (an identifier or a second measure).
// So is a weight in pounds and ounces (below).

/** Inches said after the feet: "in", "ins", "inch", "inches". */
const INCHES = /^(?:in|ins|inch|inches)$/;

/**
 * The height when feet (a "-foot"/"-feet" compound, a glued "ft", or the word "feet"/"foot" at `j`) are followed by
 * 0–11 inches: its value in feet and the token after the inches; undefined when no inches follow. After the word
 * "feet" the inches must be named ("5 feet 4 inches"); after "6-foot-" a number alone is the inches ("6-foot-8").
 */
export function feetAndInches(toks: readonly Tok[], j: number, feet: number, unit: string | undefined): { value: number; end: number } | undefined {
  let k = j;
  const word = unit === undefined && isWord(toks[k]) && (toks[k]?.l === "feet" || toks[k]?.l === "foot");
  if (!(word || unit === "foot" || unit === "feet" || unit === "ft")) return undefined;
  if (word) k++;
  const hyphen = toks[k]?.s === "-" && adjacent(toks[k - 1], toks[k]);
  if (hyphen) k++;
  const n = toks[k];
  if (!isInches(n) || (hyphen && !adjacent(toks[k - 1], n))) return undefined;
  let end = k + 1;
  const after = toks[end];
  if (after?.s === "-" && adjacent(n, after) && isWord(toks[end + 1]) && INCHES.test(toks[end + 1]?.l ?? "")) end += 2;
  // "6ft 7in": a separate "in" is a preposition ("5 feet 4 in the rankings"); glued, it is the unit.
  else if (isWord(after) && INCHES.test(after.l) && (after.l !== "in" || adjacent(n, after))) end++;
  else if (!(hyphen && unit !== "ft")) return undefined;
  return { value: inFeet(feet, n), end };
}

/** Whether `n` is a count of inches that can follow feet: 0–11, one or two digits. */
function isInches(n: Tok | undefined): n is Tok {
  return n?.kind === NUM && /^\d{1,2}$/.test(n.s) && Number(n.s) <= 11;
}

/** A height of `feet` and the inches `n` says, in feet to three decimals: 6 and 4 → 6.333. */
function inFeet(feet: number, n: Tok): number {
  return Math.round((feet + Number(n.s) / 12) * 1000) / 1000;
}

// A height in prime marks ("about 5' 10\" tall", "the 6' 7\" swingman") is the same height: read apart, the feet were a
// bare count ("about 5 — intruder") and the inches a second one. Only both marks make one: "at 6' 1," or "Top 5' 10"
// may be a quotation's close, and a foot mark alone says nothing a reader could check.

const FEET_MARK = /^['’′]$/;
const INCH_MARK = /^(?:"|”|″|'|’)$/;

/**
 * The height when a foot mark glued to the feet at `j` is followed by 0–11 inches and an inch mark glued to them
 * ("5' 10\"", "6'4''"): its value in feet and the token after the inch mark; undefined otherwise.
 */
export function primedHeight(toks: readonly Tok[], j: number, feet: number): { value: number; end: number } | undefined {
  const mark = toks[j];
  if (mark === undefined || !FEET_MARK.test(mark.s) || !adjacent(toks[j - 1], mark)) return undefined;
  const n = toks[j + 1];
  if (!isInches(n)) return undefined;
  let end = j + 2;
  if (!INCH_MARK.test(toks[end]?.s ?? "") || !adjacent(n, toks[end])) return undefined;
  // "6'4''": two foot marks are an inch mark.
  if (toks[end]?.s === "'" && toks[end + 1]?.s === "'" && adjacent(toks[end], toks[end + 1])) end++;
  return { value: inFeet(feet, n), end: end + 1 };
}

// A weight in pounds and ounces ("the baby weighed 7lb 4oz", "8 pounds 6 ounces") is one measure: read apart, the
// ounces are a second weight of their own and the pounds lose them.

const POUNDS = /^(?:lb|lbs|pound|pounds)$/;
const OUNCES = /^(?:oz|ounce|ounces)$/;

/**
 * The weight in pounds when pounds (a glued "lb"/"lbs", or the word at `j`) are followed by 0–15 ounces: its value in
 * pounds and the token after the ounces; undefined when no ounces follow.
 */
function poundsAndOunces(toks: readonly Tok[], j: number, pounds: number, unit: string | undefined): { value: number; end: number } | undefined {
  let k = j;
  const word = unit === undefined && isWord(toks[k]) && POUNDS.test(toks[k]?.l ?? "");
  if (!(word || (unit !== undefined && POUNDS.test(unit)))) return undefined;
  if (word) k++;
  const n = toks[k];
  const oz = toks[k + 1];
  if (n?.kind !== NUM || !/^\d{1,2}$/.test(n.s) || Number(n.s) > 15 || !isWord(oz) || !OUNCES.test(oz.l)) return undefined;
  return { value: Math.round((pounds + Number(n.s) / 16) * 1000) / 1000, end: k + 2 };
}

/** Folds the ounces said after a weight in pounds into it: its value in pounds, the token to resume at, the unit. */
export function foldOunces(toks: readonly Tok[], r: { value: number; j: number; glued?: string }): void {
  const weight = poundsAndOunces(toks, r.j, r.value, r.glued);
  if (weight === undefined) return;
  r.value = weight.value;
  r.j = weight.end;
  r.glued ??= "lb";
}
