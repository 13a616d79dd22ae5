import { isWord, NUM, type Tok } from "#brief/figures/tokens.ts";

// A weight in pounds and ounces ("the baby weighed 7lb 4oz", "8 pounds 6 ounces") is one measure: read apart, the
// ounces are a second weight of their own and the pounds lose them.

const POUNDS = /^(?:lb|lbs|pound|pounds)$/;
const OUNCES = /^(?:oz|ounce|ounces)$/;

/**
 * The weight in pounds when pounds (a glued "lb"/"lbs", or the word at `j`) are followed by 0–15 ounces: its value in
 * pounds and the token after the ounces; undefined when no ounces follow.
 */
export function poundsAndOunces(toks: readonly Tok[], j: number, pounds: number, unit: string | undefined): { value: number; end: number } | undefined {
  let k = j;
  const word = unit === undefined && isWord(toks[k]) && POUNDS.test(toks[k]?.l ?? "");
  if (!(word || (unit !== undefined && POUNDS.test(unit)))) return undefined;
  if (word) k++;
  const n = toks[k];
  const oz = toks[k + 1];
  if (n?.kind !== NUM || !/^\d{1,2}$/.test(n.s) || Number(n.s) > 15 || !isWord(oz) || !OUNCES.test(oz.l)) return undefined;
  return { value: Math.round((pounds + Number(n.s) / 16) * 1000) / 1000, end: k + 2 };
}
