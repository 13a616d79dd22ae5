import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The sale of the land fetched £12m for the council", "Her paintings fetched £4m for the gallery": a sale's price is
// the price of what was sold, the verb's subject; the "for" after the price names who got the money, so 'sale price
// for the council' labelled the payee as the thing priced (card audit 32's pattern 2). Apart from label.ts, whose
// "for" reading ("payment for a passport", "fine for dishonest reception") is right for every other money verb.

/** How far back from the amount its sale verb may stand, over auxiliaries and a hedge ("could fetch up to"). */
const VERB_REACH = 4;

/**
 * The sale verbs whose subject is the thing sold: "Her paintings fetched £4m". Not "sell": "The council has sold £12m
 * for the school" has the seller as subject ("sale price of council" was read), and "The house sold for £2m" is
 * labelled before this is asked.
 */
const FETCH = new Set(["fetch", "fetches", "fetched", "fetching"]);

/** Heads of a subject that already name the sale, whose price it is: "The sale of the land" → "sale of the land". */
const SALE_HEADS = new Set(["sale", "sales", "auction", "auctions"]);

/**
 * The label of an amount `s`..`e` a sale verb fetched "for" someone: "sale price of <subject>", or the subject itself
 * when its head is the sale; undefined when no "for" follows, no sale verb stands right before or it has no subject.
 */
export function saleFor(toks: readonly Tok[], s: number, e: number): string | undefined {
  if (!isWord(toks[e], "for")) return undefined;
  for (let v = s - 1; v >= 0 && s - v <= VERB_REACH; v--) {
    if (!isWord(toks[v])) return undefined;
    if (!FETCH.has(toks[v]!.l)) continue;
    // "The two TV deals combined fetched £2.2bn": "combined" after the subject sums it, it is no verb of its own.
    const subject = verbSubject(toks, isWord(toks[v - 1], "combined") ? v - 1 : v);
    if (subject === undefined) return undefined;
    // "Her paintings", "The land": the thing sold, without its determiner or owner.
    const from = pastDeterminers(toks, subject[0]);
    if (from >= subject[1]) return undefined;
    if (!SALE_HEADS.has(toks[subject[1] - 1]!.l)) return `sale price of ${phrase(toks, from, subject[1])}`;
    // "The sale of the land": the subject's head is the sale, and what was sold follows its "of".
    const what = isWord(toks[subject[1]], "of") ? pastDeterminers(toks, subject[1] + 1) : subject[1];
    const end = what > subject[1] ? forwardNP(toks, what) : subject[1];
    return end > what ? phrase(toks, from, end) : "sale price";
  }
  return undefined;
}
