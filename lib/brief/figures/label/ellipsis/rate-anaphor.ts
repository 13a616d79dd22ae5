import type { Tok } from "#brief/figures/language/tokens.ts";

// A rate whose clause names nothing it is of ("is looking to increase that to £43,000 a week") was labelled by its
// period alone, a unit (card audit 12's sample F). The thing is named earlier in the sentence, which the clause's
// pronoun stands for: "Icardi is on an £11,000-a-week salary and is looking to increase that to £43,000 a week" → salary.
// The same holds for a price said once and then ranged over (card audit 18's sample L): "Prices for the cruise range
// from £779 per person for a standard twin inner-cabin, to £4,159 per person for the owner's suite" left the second
// amount "per person" alone; "who charges from $44 to $400 per session", "could cost up to between £380 and £460 per
// month" likewise.

/** Nouns of what is paid at a rate: what an amount a period earlier in the sentence may stand for. */
const PAY = new Set(["salary", "salaries", "wage", "wages", "pay", "earnings", "income", "contract", "deal", "rent", "fee", "fees", "allowance", "pension"]);

/**
 * Words that say an amount is a price or a cost, noun or verb ("prices range from", "who charges", "could cost"), and
 * the label each gives the rate. Verbs too: the money verb right before an amount is read first, so what reaches here
 * is a price said further back, with the amount in a range or list after it.
 */
const PRICED: ReadonlyMap<string, string> = new Map([
  ["price", "price"], ["prices", "price"], ["charge", "price"], ["charges", "price"], ["charged", "price"], ["charging", "price"],
  ["cost", "cost"], ["costs", "cost"], ["costing", "cost"], ["fare", "fare"], ["fares", "fare"],
]);

/**
 * The nearest pay noun before the amount at `s` in its sentence ("salary"), else the nearest word that says the amount
 * is a price or cost ("price", "cost"), as the rate's label; "" when none is said. A pay noun only as a noun: "pay" as
 * a verb ("to pay £50 a week") is the money verb's, which is read before this.
 */
export function rateNounBefore(toks: readonly Tok[], s: number): string {
  let priced = "";
  for (let k = s - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (PAY.has(t.l) && t.pos === "NOUN") return t.l;
    if (priced === "") priced = PRICED.get(t.l) ?? "";
  }
  return priced;
}
