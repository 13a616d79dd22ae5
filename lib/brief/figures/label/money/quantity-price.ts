import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { moneyVerbBefore } from "#brief/figures/label/money/money-verb.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "£12 for 30g", "£8.40 for 500ml", "£5 for a 250g bag": money "for" a weight or a volume of goods is the price of
// that much, as a shop's price line says it. The purpose reading took the words after "for", which a number leaves as
// its unit alone ('£12 — g', '£9 — cl bottle': card audit 52's made-up shape 1). Weights and volumes only: "£10 for 30
// minutes" or "fined £500 for 30 days" are no goods; "£40 for two tickets" is left to the verb or the purpose. A verb
// that moved the money keeps its noun: "fined £500 for 30 grams of cannabis" → fine for 30 grams of cannabis.

/** Units goods are weighed or measured out in, spaced or glued to their number. */
const GOODS_UNITS = new Set([
  "g", "gram", "grams", "gramme", "grammes", "kg", "kilo", "kilos", "kilogram", "kilograms", "mg", "oz", "ounce",
  "ounces", "lb", "lbs", "ml", "cl", "litre", "litres", "liter", "liters", "pint", "pints", "gallon", "gallons",
]);

/** The words of tokens a..b as written, a number glued to its unit where the text glued them ("30g", "2 litres"). */
function written(toks: readonly Tok[], a: number, b: number): string {
  let out = "";
  for (let k = a; k < b; k++) {
    const t = toks[k] as Tok;
    const glued = k > a && (toks[k - 1] as Tok).end === t.start;
    out += k === a || glued ? t.s : ` ${t.s}`;
  }
  return out;
}

/** Whether a noun tag is a thing's: a common noun or a name, not a pronoun ("It retails at £4.20"). */
const isNoun = (t: Tok | undefined): boolean => isWord(t) && (t.pos === "NOUN" || t.pos === "PROPN");

/**
 * Whether the goods are named right before the price at `s`, which says what is priced better than the quantity (the
 * nearest-phrase reading, verb-back.ts, takes it): a product's name ("Cedar Balm £11 for 60ml"), a noun the price
 * stands beside ("The moisturiser, £24 for 50ml, is …") or the subject of the verb it is sold at ("The cream sells for
 * £19.99 for 80g").
 */
function productBefore(toks: readonly Tok[], s: number): boolean {
  const before = toks[s - 1];
  if (isWord(before) && isCapitalised(before)) return true;
  if (before?.s === ",") return isNoun(toks[s - 2]);
  return (isWord(before, "for") || isWord(before, "at")) && toks[s - 2]?.pos === "VERB" && isNoun(toks[s - 3]);
}

/**
 * The label of money `r` right before "for" and a weight or volume ("£12 for 30g" → price of 30g, "£5 for a 250g bag"
 * → price of a 250g bag, "£3 for 500g of coffee" → price of 500g of coffee); undefined when no such quantity follows.
 */
export function quantityPrice(toks: readonly Tok[], r: Raw): string | undefined {
  // "Actinica Lotion £19.99 for 80g": a product's name right before its price says what is priced better than the
  // quantity; the nearest-phrase reading (verb-back.ts) takes it.
  if (!isWord(toks[r.e], "for") || productBefore(toks, r.s)) return undefined;
  const a = r.e + 1;
  const n = isWord(toks[a], "a") || isWord(toks[a], "an") ? a + 1 : a;
  const number = toks[n];
  if (number === undefined || !(number.kind === NUM || (isWord(number) && CARDINAL_WORDS.has(number.l)))) return undefined;
  if (!GOODS_UNITS.has(toks[n + 1]?.l ?? "")) return undefined;
  // "a 250g bag": the container the article counts is what was priced; "500g of coffee": the goods, named after "of".
  const unitEnd = n + 2;
  let end = unitEnd;
  if (n > a) end = Math.max(end, forwardNP(toks, end));
  else if (isWord(toks[end], "of") && forwardNP(toks, end + 1) > end + 1) end = forwardNP(toks, end + 1);
  // "fined £500 for 30 grams of cannabis", "paid £40 for 2kg of prawns": a verb that moves the money names it first
  // (money-verb.ts), the quantity what it was for; the goods give way to fit a label.
  const verb = moneyVerbBefore(toks, r.s);
  if (verb === undefined) return `price of ${written(toks, a, end)}`;
  const full = `${verb} for ${written(toks, a, end)}`;
  return full.split(" ").length <= MAX_LABEL_WORDS ? full : `${verb} for ${written(toks, a, unitEnd)}`;
}
