import { CONJUNCTIONS } from "#brief/figures/lexicon.ts";
import { backNP } from "#brief/figures/phrase.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/tokens.ts";

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
  const np = backNP(toks, f, false);
  return np !== undefined && ADVERBIAL.has(isWord(toks[np[0] - 1]) ? (toks[np[0] - 1]?.l ?? "") : "") ? "price" : undefined;
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
  for (let k = e + 1; k <= e + THAN_REACH; k++) if (isWord(toks[k], "than")) return "difference";
  return undefined;
}
