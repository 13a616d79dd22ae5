import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Oscar cost Chelsea £19.35m", "Smalling, who cost United £10million from Fulham", "one man who cost Chelsea
// £32million": a cost verb whose first object is a name makes the name the buyer, and the money the price of the verb's
// subject, the player or the thing bought. The card showed the buyer with the verb ('£32million — cost Chelsea', card
// audit R: a price labelled by its payer is bad; 4 cnndm-dev card rows). A payer that is a common noun ("cost taxpayers
// £2bn" → cost to taxpayers) is money-price.ts' payerCost.

/**
 * The label of money after a cost verb at `v` whose payer, `v + 1` up to `back` (the amount, at most money-price.ts'
 * PAYER_WORDS away), is a name: "cost of Oscar", "cost of duo", or "cost" when the subject is a pronoun or none;
 * undefined when the payer is no name.
 */
export function namedBuyerCost(toks: readonly Tok[], v: number, back: number): string | undefined {
  for (let k = v + 1; k < back; k++) if (!isWord(toks[k]) || !isCapitalised(toks[k]!)) return undefined;
  // "Smalling, who cost United", "one man who cost Chelsea": the relative's noun is what was bought.
  const relative = isWord(toks[v - 1], "who") || isWord(toks[v - 1], "which") || isWord(toks[v - 1], "that");
  const np = relative ? backNP(toks, toks[v - 2]?.s === "," ? v - 2 : v - 1) : verbSubject(toks, v);
  // "Oscar cost Chelsea": a name keeps its capital at the sentence's start, where phrase() lowercases a first word.
  const name = np !== undefined && np[1] - np[0] === 1 && toks[np[0]]?.pos === "PROPN";
  const subject = np === undefined ? "" : name ? toks[np[0]]!.s : phrase(toks, np[0], np[1]);
  // "It cost Manchester United £60m": a pronoun ends no noun phrase (backNP), so the cost is said alone.
  return subject === "" ? "cost" : `cost of ${subject}`;
}
