import { MONEY_VERBS } from "#brief/figures/language/lexicon.ts";
import type { Core } from "#brief/figures/read/amount/read-core.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// Whether "pounds" after an amount weighs or pays: "10 pounds of cocaine", "weighed 165 pounds" against "a million
// pounds", "sold for seven pounds".

/** Words before an amount of pounds that price something. */
const PRICED = new Set([...MONEY_VERBS, "for", "worth", "price", "priced", "fee", "value", "valued"]);

/** Verbs of weighing: what they are said of is a weight at any size ("weighed one thousand pounds"). */
const WEIGHS = new Set(["weigh", "weighs", "weighed", "weighing"]);

/**
 * Whether the "pounds" at `j`, after the amount `core` (its display from `s`, its value `value`), is a weight: "10
 * pounds of cocaine" and "4,300 pounds (1,950 kilograms)" are, and so is an exact amount said in words ("weighed 165
 * pounds", "lost 72 pounds": money is "£165"), unless it is priced ("sold for as little as seven pounds", "550 pounds
 * per treatment") or large ("a million pounds", "thousands of pounds"). In the 3,000 cnndm-dev articles all such
 * amounts but those two are weights.
 */
export function poundsWeigh(toks: readonly Tok[], core: Core, value: number, s: number, j: number): boolean {
  const metric = toks[j + 1]?.s === "(" && toks[j + 2]?.kind === NUM && /^(?:kilograms?|kilos?|kg|tonnes?)$/.test(toks[j + 3]?.l ?? "");
  if ((isWord(toks[j + 1], "of") && core.vague === undefined && value < 1e6) || metric) return true;
  // "The marlin weighed one thousand pounds", "weighing in at 1,200 pounds": no one weighs money.
  if ([1, 2, 3].some((d) => WEIGHS.has(toks[s - d]?.l ?? ""))) return true;
  // "half a million pounds", "a thousand pounds": a scale said in words is money's.
  if (core.vague !== undefined || core.exponent > 0 || (core.words && value >= 1000) || value >= 1e6 || isWord(toks[j + 1], "per")) return false;
  return ![1, 2, 3, 4].some((d) => PRICED.has(toks[s - d]?.l ?? ""));
}
