import { AUXILIARIES, CONJUNCTIONS, MONEY_NOUNS } from "#brief/figures/language/lexicon.ts";
import { coordinatesPriced } from "#brief/figures/label/money/money-price.ts";
import { isWord, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// The verb that moves money before an amount, named by its noun ("earns" → earnings, "sold … for" → sale price,
// "signed … for" → transfer fee): right before the amount (moneyVerbBefore), a few words back over a rate's object
// (rateVerb) or the clause back from a price's "for" (priceVerb). Apart from label.ts because the money labels, the
// rate labels (money-rate.ts) and the price of a "for" all ask it, each with its own reach.

/**
 * The noun of the verb whose price "for £X" gives (before `f`, the "for"): the nearest verb that moves money in the
 * clause, over the places, times and names said between ("bought their home in the quiet seaside resort of
 * Mablethorpe for £35,000" → "purchase price", "settled with Colon for $20,000" → "settlement"); undefined when the
 * clause has none.
 */
export function priceVerb(toks: readonly Tok[], f: number): string | undefined {
  for (let v = f - 1; v >= 0 && f - v <= PRICE_REACH; v--) {
    const t = toks[v];
    if (t === undefined || (t.kind === PUNCT && t.s !== ",") || (isWord(t) && ((CONJUNCTIONS.has(t.l) && !coordinatesPriced(toks, v, f)) || t.l === "said"))) return undefined;
    // "the auction was won by an unknown company for $9.4bn": what was won for a price was bought, not winnings.
    const noun = isWord(t) && t.l !== "won" ? (PRICED_MOVES.get(t.l) ?? MONEY_NOUNS.get(t.l)) : undefined;
    if (noun !== undefined) return noun;
  }
  return undefined;
}

/**
 * Verbs whose price "for £X" gives, beyond those that move money: a player's move ("signed from Swansea for £28m",
 * "joined Chelsea from Lille for £32m", "arrived at Chelsea for £23m", "moved to Chelsea for £23m") is priced by its
 * fee, a claim settled by the settlement, a lot auctioned by its auction price ("auctioned 70 years later for £21,000").
 */
const PRICED_MOVES: ReadonlyMap<string, string> = new Map([
  ["signed", "transfer fee"], ["signing", "transfer fee"], ["sign", "transfer fee"], ["signs", "transfer fee"],
  ["joined", "transfer fee"], ["joining", "transfer fee"], ["join", "transfer fee"], ["joins", "transfer fee"],
  ["arrived", "transfer fee"], ["arriving", "transfer fee"], ["arrive", "transfer fee"], ["arrives", "transfer fee"],
  ["moved", "transfer fee"], ["moving", "transfer fee"], ["move", "transfer fee"], ["moves", "transfer fee"],
  ["settled", "settlement"], ["settle", "settlement"], ["settles", "settlement"], ["settling", "settlement"],
  ["auctioned", "auction price"], ["auctioning", "auction price"],
]);

/** How far back a price's verb may be: a clause's worth of words ("signed in January from Swansea for"). */
const PRICE_REACH = 12;

/** How far back from a rate its money verb may stand: "costs the NHS around £1,000 a week". */
const RATE_VERB_REACH = 5;

/** Verbs that move money with no noun in MONEY_NOUNS, as the noun a rate's label takes. */
const RATE_VERBS: ReadonlyMap<string, string> = new Map([
  ["save", "savings"], ["saves", "savings"], ["saving", "savings"],
  ["rent", "rent"], ["rents", "rent"], ["rented", "rent"], ["renting", "rent"], ["lease", "rent"], ["leases", "rent"], ["leased", "rent"], ["leasing", "rent"],
  ["charge", "charge"], ["charges", "charge"], ["charged", "charge"], ["charging", "charge"],
  ["make", "earnings"], ["makes", "earnings"], ["made", "earnings"], ["making", "earnings"],
  // "the show took in nearly $1 million a week at the box office" (takings.ts names a total's "take" the same way).
  ["take", "takings"], ["takes", "takings"], ["took", "takings"], ["taking", "takings"], ["taken", "takings"],
  // "bringing in £1.2million a year", "set to lose up to $15,000 a year".
  ["bring", "revenue"], ["brings", "revenue"], ["bringing", "revenue"], ["brought", "revenue"],
  ["lose", "loss"], ["loses", "loss"], ["losing", "loss"], ["lost", "loss"],
  // "wanted to provide $10bn (£5.38bn) a year over a decade": money a body provides a period is funding.
  ["provide", "funding"], ["provides", "funding"], ["providing", "funding"], ["provided", "funding"],
]);

/**
 * The noun of the money verb of a rate's clause, a few words before the amount over its object or hedge ("costs the
 * NHS around £1,000 a week" → cost); undefined at a clause's end, another amount or a verb that moves no money.
 */
export function rateVerb(toks: readonly Tok[], s: number): string | undefined {
  for (let v = s - 1; v >= 0 && s - v <= RATE_VERB_REACH; v--) {
    const t = toks[v];
    // "wanted to provide $10bn a year": past an infinitive's "to", the verb before wants, it does not move the money.
    if (t === undefined || t.kind !== WORD || CONJUNCTIONS.has(t.l) || t.l === "said" || (t.l === "to" && toks[v + 1]?.pos === "VERB")) return undefined;
    const noun = MONEY_NOUNS.get(t.l) ?? RATE_VERBS.get(t.l);
    if (noun !== undefined) return noun;
  }
  return undefined;
}

/**
 * The noun of a verb that moves money, from either list ("bought" → purchase price, "made" → earnings), or undefined:
 * for a reading that finds the verb over a whole clause (party-money.ts) rather than at this file's set reaches.
 */
export function moneyVerbNoun(verb: string): string | undefined {
  return MONEY_NOUNS.get(verb) ?? RATE_VERBS.get(verb);
}

/**
 * The noun of a verb that moves money just before an amount ("earns" → "earnings", "costs" → "cost"), if any; `nouns`
 * names the verbs looked for (money-given.ts' giving verbs, for money given "to" someone).
 */
export function moneyVerbBefore(toks: readonly Tok[], s: number, nouns: ReadonlyMap<string, string> = MONEY_NOUNS): string | undefined {
  for (let v = s - 1; v >= 0 && s - v <= 3; v--) {
    const t = toks[v];
    const noun = nouns.get(t?.l ?? "");
    // "refusal to pay back nearly £1 billion to US investors": money paid back is a repayment.
    if (noun === "payment" && isWord(toks[v + 1], "back")) return "repayment";
    if (noun !== undefined) return noun;
    // "pay everybody £72 a week", "is paid a minimum $50.94 an hour": over an object pronoun or "a minimum"; "to pay
    // back nearly £1 billion", "paid out £5m": over the verb's particle.
    const over = t !== undefined && (t.pos === "PRON" || t.l === "a" || t.l === "minimum" || t.l === "maximum" || t.l === "back" || t.l === "out" || t.l === "off");
    if (!AUXILIARIES.has(t?.l ?? "") && !over) break;
  }
  return undefined;
}
