import { comparedWith } from "#brief/figures/label/change/compared-with.ts";
import { namedBuyerCost } from "#brief/figures/label/money/cost-named.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS, DETERMINERS, PRONOUNS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { jobPrice } from "#brief/figures/label/money/job-price.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { CUR, isCapitalised, isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// An amount after "for" whose clause has no verb that moves money is what the thing was had, offered or listed for:
// "download the song in minutes for 70p" is a price, "the yacht is on the market for more than $1.2 million" and "was
// initially listed for $889,000" an asking price. The readings after the "for" branch took the nearest noun instead
// (the time, the market, the shop, the days it was listed), as card audit 13 found on sample G.

/** How far back in its clause a listing may stand: "have gone on the market on the world-renowned Sandbanks peninsula for". */
const LISTING_REACH = 12;

/** Verbs that put a thing up for sale at a price it may not fetch. */
const LISTED = new Set(["listed", "relisted", "advertised", "marketed"]);

/** Prepositions whose object says where, when or how a thing was had, not what the money is: "in minutes", "on eBay". */
const ADVERBIAL = new Set(["in", "on", "at", "from", "via", "to", "through", "within"]);

/**
 * The label of an amount after "for" (`f` is the "for") when no verb that moves money names it: "asking price" in a
 * clause that lists the thing ("on the market", "listed … for"), "price" when the words before "for" are a preposition's
 * object ("in minutes", "from Firebox", "at John Lewis and Amazon"); undefined otherwise ("a cheque for £1.5m" keeps
 * its noun).
 */
export function forPrice(toks: readonly Tok[], f: number): string | undefined {
  for (let v = f - 1; v >= 0 && f - v <= LISTING_REACH; v--) {
    const t = toks[v];
    if (t === undefined || (t.kind === PUNCT && t.s !== ",") || (isWord(t) && (CONJUNCTIONS.has(t.l) || t.l === "said"))) break;
    if (isWord(t) && LISTED.has(t.l)) return "asking price";
    if (isWord(t, "market") && isWord(toks[v - 1], "the") && isWord(toks[v - 2], "on")) return "asking price";
  }
  let np = backNP(toks, f, false);
  // "at John Lewis and Amazon for £79.99": the preposition governs every name of a coordination, not only the last.
  while (np !== undefined && (isWord(toks[np[0] - 1], "and") || isWord(toks[np[0] - 1], "or"))) np = backNP(toks, np[0] - 1, false);
  if (np !== undefined && ADVERBIAL.has(isWord(toks[np[0] - 1]) ? (toks[np[0] - 1]?.l ?? "") : "")) return "price";
  return jobPrice(toks, f);
}

/**
 * True when the "and"/"or" at `c` joins parts of what is priced at the "for" at `f`, not clauses: no verb stands between
 * it and the "for" ("bought bread and milk for £3" is bread and milk bought, so the price's verb stands before the whole
 * coordination; "bought the car and his son drove it to Spain for £50" is another clause's amount).
 */
export function coordinatesPriced(toks: readonly Tok[], c: number, f: number): boolean {
  if (!isWord(toks[c], "and") && !isWord(toks[c], "or")) return false;
  return !toks.slice(c + 1, f).some((t) => t.pos === "VERB" || t.pos === "AUX");
}

/** Comparatives that say an amount is a price's difference on their own: "£1,000 cheaper". */
const PRICE_COMPARATIVES = new Set(["cheaper", "dearer", "pricier", "costlier"]);

/** Comparatives that make an amount a difference when "than" follows: "£4.5bn higher than the same period". */
const COMPARATIVES = new Set(["more", "less", "higher", "lower", "greater", "fewer", "bigger", "smaller"]);

/** How far after its comparative "than" may stand: "£1,000 more expensive than". */
const THAN_REACH = 3;

/**
 * "£1,000 cheaper than last year's list", "$3,000 more than its official price": an amount right before a comparative
 * is a difference, not the comparative or the thing compared with ("price difference" for a price's own comparative or
 * "more expensive", "difference" for one followed by "than"); undefined when no comparative follows the amount (`e`).
 */
export function difference(toks: readonly Tok[], e: number): string | undefined {
  const c = toks[e];
  if (!isWord(c)) return undefined;
  if (PRICE_COMPARATIVES.has(c.l)) return "price difference";
  const expensive = (c.l === "more" || c.l === "less") && isWord(toks[e + 1], "expensive");
  if (expensive) return "price difference";
  if (!COMPARATIVES.has(c.l)) return undefined;
  // "£10m less than Aguero", "£33.5bn less spending than": the gap as the sentence says it (compared-with.ts).
  for (let k = e + 1; k <= e + THAN_REACH; k++) if (isWord(toks[k], "than")) return comparedWith(toks, e, k) || "difference";
  return undefined;
}

/** Verbs that make the payer their object and the amount their second object: "cost the gadget lover £7,455". */
const COST_VERBS = new Set(["cost", "costs", "costing"]);

/** Verbs of "set X back £N". */
const SET = new Set(["set", "sets", "setting"]);

/** Tags a payer between a cost verb and the amount is made of: "you", "each working family", "US viewers". */
const PAYER_TAGS = new Set(["PRON", "DET", "NOUN", "PROPN", "ADJ"]);

/** Tags a payer ends on, right before the amount ("the ultra-wealthy", an adjective, is read as before). */
const PAYER_ENDS = new Set(["PRON", "NOUN", "PROPN"]);

/** The most words of a payer the label names after "to": "cost to taxpayers", "cost to gadget lover". */
const PAYER_NAMED = 2;

/** The most words a payer may have: "each working family". */
const PAYER_WORDS = 4;

/**
 * "will set the gadget lover back £7,455", "would cost each working family more than £3,000": the cost, not the one
 * who pays it, the payer named after "to" when short ("cost to gadget lover"; `s` is the amount's first token);
 * undefined when no cost verb has its payer right before the amount, or when the payer is an article and the amount's
 * judging word ("cost a paltry £3m"); a name ("cost Chelsea £19.35m") is a buyer (cost-named.ts).
 */
export function payerCost(toks: readonly Tok[], s: number): string | undefined {
  const back = isWord(toks[s - 1], "back") ? s - 1 : s;
  for (let v = back - 1; v >= 0 && back - v <= PAYER_WORDS + 1; v--) {
    const t = toks[v];
    if (!isWord(t)) return undefined;
    const verb = back < s ? SET.has(t.l) : COST_VERBS.has(t.l);
    if (!verb) {
      if (!PAYER_TAGS.has(t.pos ?? "") || CONJUNCTIONS.has(t.l)) return undefined;
      continue;
    }
    const first = toks[v + 1] as Tok;
    // "cost a paltry £3million", "cost an eye-watering $25,000": an article before the amount's judging word is no payer.
    const last = toks[back - 1] as Tok;
    // "Oscar cost Chelsea £19.35m": a named payer is the buyer, the money the price of what it bought (cost-named.ts).
    if (v + 1 < back && isCapitalised(first)) return namedBuyerCost(toks, v, back);
    if (v + 1 >= back || first.l === "a" || first.l === "an" || !PAYER_ENDS.has(last.pos ?? "")) return undefined;
    // "cost taxpayers £1810" → cost to taxpayers; "set you back" and a longer payer say only the cost.
    const from = pastDeterminers(toks, v + 1);
    const named = from < back && back - from <= PAYER_NAMED && first.pos !== "PRON" && !PRONOUNS.has(first.l);
    return named ? `cost to ${phrase(toks, from, back)}` : "cost";
  }
  return undefined;
}

/** Verbs of a market's session that end or open at a price: "ended the day down at $8.08", "opened at 548p". */
const SESSION_VERBS: ReadonlyMap<string, string> = new Map([
  ["closed", "closing price"], ["closing", "closing price"], ["close", "closing price"], ["closes", "closing price"],
  ["ended", "closing price"], ["ending", "closing price"], ["finished", "closing price"], ["finishing", "closing price"],
  ["opened", "opening price"], ["opening", "opening price"], ["opens", "opening price"],
]);

/** Words a session verb may have between it and "at": the session, the move and its size ("down 5.4 per cent"). */
const SESSION_WORDS = new Set([
  "the", "day", "week", "session", "trading", "up", "down", "higher", "lower", "flat", "unchanged", "or", "per", "cent",
  "percent", "cents", "pence", "p", "points", "on", "in", "of",
]);

/** How far before "at" a session verb may stand: "closed down 247p, or 18%, at". */
const SESSION_REACH = 10;

/**
 * "The real estate firm … ended the day down at $8.08", "shares closed down 5.4 per cent at $149.61": the closing (or
 * opening) price, not the day or the market (`s` is the amount's first token, after "at"); undefined when no session
 * verb ends the words before "at" ("closed the deal at $5bn" has an object) or the shares are named before it.
 */
export function sessionPrice(toks: readonly Tok[], s: number): string | undefined {
  if (!isWord(toks[s - 1], "at")) return undefined;
  for (let v = s - 2; v >= 0 && s - v <= SESSION_REACH; v--) {
    const t = toks[v];
    if (t === undefined) return undefined;
    const price = isWord(t) ? SESSION_VERBS.get(t.l) : undefined;
    // "Time Warner Cable shares closed … at $149.61": named shares are what the price is of, read as before; past a
    // day between the verb and "at" the subject reader stops at the day ("BP shares ended Monday at 410p" read 'ended
    // Monday'), so the shares are named here.
    const named = /^(?:shares|stock|stocks)$/.test(toks[v - 1]?.l ?? "") && isWord(toks[v - 2]) && !DETERMINERS.has(toks[v - 2]?.l ?? "");
    if (price !== undefined) return named ? sharesPastDay(toks, v, s) : price;
    const between = t.kind === NUM || t.kind === CUR || t.s === "," || t.s === "%" || (isWord(t) && (SESSION_WORDS.has(t.l) || WEEKDAYS.has(t.l)));
    if (!between) return undefined;
  }
  return undefined;
}

/** The named shares before the session verb at v when a day stands between it and "at" (s - 1); else undefined. */
function sharesPastDay(toks: readonly Tok[], v: number, s: number): string | undefined {
  if (!toks.slice(v + 1, s - 1).some((t) => WEEKDAYS.has(t.l))) return undefined;
  const shares = backNP(toks, v);
  return shares && phrase(toks, shares[0], shares[1]);
}

/** How many words a publisher or shop may have in a bracket before its price: "(Head of Zeus, £25)". */
const PUBLISHER_WORDS = 4;

/**
 * "(Scribe Books, £12.99)", "(Head of Zeus, £25)": a bracket that names a publisher or shop and then an amount gives
 * the price of what was just reviewed, not the publisher (`s` and `e` bound the amount); undefined otherwise ("($2.9bn,
 * £1.5bn)" converts an amount).
 */
export function bracketPrice(toks: readonly Tok[], s: number, e: number): string | undefined {
  if (toks[e]?.s !== ")" || toks[s - 1]?.s !== "," || !isWord(toks[s - 2]) || !isCapitalised(toks[s - 2] as Tok)) return undefined;
  for (let k = s - 3; k >= 0 && s - 2 - k <= PUBLISHER_WORDS; k--) {
    if (toks[k]?.s === "(") return "price";
    if (!isWord(toks[k])) return undefined;
  }
  return undefined;
}

/**
 * "spotted a DIY whitening kit online for £17.99": an "-ing" word tagged a noun before another noun (at `v`) modifies
 * it, so it is no participle describing the noun before it ("delivery fees beginning at $5"): the whole phrase, its
 * modifiers and the nouns after it, is what is priced, and labels `r`. False when the word at `v` is no such modifier.
 */
export function labelIngModified(toks: readonly Tok[], v: number, r: Raw): boolean {
  const t = toks[v];
  if (!isWord(t) || !t.l.endsWith("ing") || t.pos !== "NOUN" || toks[v + 1]?.pos !== "NOUN") return false;
  let a = v;
  while (a > 0 && (toks[a - 1]?.pos === "NOUN" || toks[a - 1]?.pos === "PROPN" || toks[a - 1]?.pos === "ADJ")) a--;
  let b = v + 1;
  while (toks[b]?.pos === "NOUN") b++;
  r.label = phrase(toks, a, b);
  return true;
}
