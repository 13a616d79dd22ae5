import { MONEY_VERBS } from "#brief/figures/language/lexicon.ts";
import type { Core } from "#brief/figures/read/amount/read-core.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// Whether "pounds" after an amount weighs or pays: "10 pounds of cocaine", "weighed 165 pounds" against "a million
// pounds", "sold for seven pounds"; a scaled amount by what it is of ("2 million pounds of cocaine").

/** Words before an amount of pounds that price something. */
const PRICED = new Set([...MONEY_VERBS, "for", "worth", "price", "priced", "fee", "value", "valued"]);

/**
 * What a large sum of pounds is "of" when it is money ("2 million pounds of taxpayers' money", "of investment"); any
 * other noun after a scaled amount's "of" is what it weighs ("2 million pounds of cocaine", "8.4 million pounds of
 * trash": both such amounts in cnndm-dev and dev-bbc were weights, read as money before).
 */
const MONEY_OF = new Set([
  "money", "cash", "aid", "funding", "funds", "investment", "investments", "damage", "debt", "debts", "revenue", "spending",
  "cuts", "savings", "assets", "support", "business", "sales", "shares", "bonds", "loans", "grants", "compensation",
  "profits", "profit", "income", "tax", "taxes", "taxpayers", "public", "government", "lottery", "contracts", "bets",
  "stock", "property", "goods", "fraud", "losses", "bills", "fees", "benefits", "donations",
]);

/**
 * Things bought and seized by weight, which a vague amount of pounds "of" weighs too: "hundreds of pounds of cannabis"
 * (money is "cannabis worth hundreds of pounds"). Other nouns stay money after a vague amount ("thousands of pounds of
 * damage", "of jewellery": what they cost).
 */
const BY_WEIGHT = new Set([
  "cannabis", "marijuana", "cocaine", "heroin", "meth", "methamphetamine", "crack", "weed", "skunk", "opium", "khat", "drugs",
  "narcotics", "explosives", "explosive", "fertiliser", "fertilizer", "rubbish", "trash", "garbage", "waste", "litter",
  "debris", "sand", "gravel", "ice", "snow", "ivory",
]);

/** Pieces of money a singular pound may describe ("a five pound note"). */
const CASH = new Set(["note", "notes", "coin", "coins", "voucher", "vouchers", "bet", "bets"]);

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
  // "2 million pounds of cocaine": a scaled amount of a thing that is no money weighs it; a determiner or a name after
  // "of" ("of the council's money", "of Government cash") is left to money.
  const of = toks[j + 2];
  if (isWord(toks[j + 1], "of") && core.vague === undefined && isWord(of) && of.pos === "NOUN" && !MONEY_OF.has(of.l)) return true;
  // "hundreds of pounds of cannabis": a vague amount of a thing sold by weight weighs it.
  if (isWord(toks[j + 1], "of") && isWord(of) && BY_WEIGHT.has(of.l)) return true;
  // "The marlin weighed one thousand pounds", "weighing in at 1,200 pounds": no one weighs money.
  if ([1, 2, 3].some((d) => WEIGHS.has(toks[s - d]?.l ?? ""))) return true;
  // "half a million pounds", "a thousand pounds": a scale said in words is money's.
  if (core.vague !== undefined || core.exponent > 0 || (core.words && value >= 1000) || value >= 1e6 || isWord(toks[j + 1], "per")) return false;
  // "a 50 pound fine", "a five pound note": a singular pound describing a price or a piece of money, the head of its
  // phrase, is money ("a three pound fine salmon" describes a fish; the tagger calls a last "fine" an adjective).
  const described = toks[j + 1];
  const head = toks[j + 2]?.pos !== "NOUN" && toks[j + 2]?.pos !== "ADJ";
  if (isWord(toks[j], "pound") && isWord(described) && head && (PRICED.has(described.l) || CASH.has(described.l))) return false;
  return ![1, 2, 3, 4].some((d) => PRICED.has(toks[s - d]?.l ?? "") && !(d === 1 && describing(toks, s - 1)));
}

/**
 * "landed a fine three-and-one-quarter pound salmon": a price word the tagger calls an adjective between a determiner
 * and the amount describes the amount's own noun phrase ("a fine", "the fine"), and prices nothing; "is worth", "a
 * fine of", "was fined" still price.
 */
function describing(toks: readonly Tok[], k: number): boolean {
  return toks[k]?.pos === "ADJ" && toks[k - 1]?.pos === "DET";
}
