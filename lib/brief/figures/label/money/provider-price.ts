import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "the price of a check-up by a high-street optician in Exeter runs to as much as £37", "A repair at a local garage
// costs £300": the subject's last noun phrase is who charges, and the nearest noun phrase made it the label ('as much
// as £37 — high-street optician', card-audit-54's made-up shape 5). The amount is the price of the thing done, the
// phrase before "by", "at" or "from": 'price of a check-up', 'repair'.

/** Prepositions that bring in who provides a thing priced: "a check-up by an optician", "a repair at a garage". */
const PROVIDED = new Set(["by", "at", "from"]);

/** Nouns of a price, whose "of"/"for" phrase is what is priced: "the price of a check-up", "the fee for a scan". */
const PRICE_NOUNS = new Set(["price", "cost", "fee", "charge", "bill"]);

/** How far back from the amount the provider's preposition is looked for. */
const REACH = 14;

/**
 * The thing priced when the label `r` took is a common noun's provider after "by", "at" or "from" in the same clause
 * before the amount, with a noun right before that preposition; undefined otherwise.
 */
export function providerPrice(toks: readonly Tok[], r: Raw): string | undefined {
  if (r.label === "" || r.currency === undefined) return undefined;
  for (let k = r.s - 1; k > 1 && r.s - k <= REACH; k--) {
    const t = toks[k]!;
    // A clause of its own between: the provider is not the priced thing's.
    if ((t.kind === PUNCT && t.s !== "-") || CONJUNCTIONS.has(t.l)) return undefined;
    if (!PROVIDED.has(t.l)) continue;
    const p = pastDeterminers(toks, k + 1);
    const provider = toks[p];
    // "at a cost of £19.95": a price noun after the preposition is the amount's own, no provider.
    if (!isWord(provider) || (isCapitalised(provider) && !initialism(toks, p)) || PRICE_NOUNS.has(provider.l)) return undefined;
    // The label is the provider's whole noun phrase, no more: "high-street optician", not "optician" of another phrase.
    const end = forwardNP(toks, p);
    if (phrase(toks, p, end) !== r.label) return undefined;
    return priced(toks, k, COSTING.has(toks[end]?.l ?? ""));
  }
  return undefined;
}

/**
 * Whether the capitalised word at `p` is an initialism describing the common noun after it ("a NHS optician", "a BBC
 * engineer"): a kind of provider, no name, so the thing before it is still what is priced.
 */
const initialism = (toks: readonly Tok[], p: number): boolean => /^[A-Z]{2,5}$/.test(toks[p]!.s) && toks[p + 1]?.pos === "NOUN" && !isCapitalised(toks[p + 1]!);

/** Verbs of pricing right after the provider's phrase: "A repair at a local garage costs £300". */
const COSTING = new Set(["costs", "cost", "charges", "runs", "comes"]);

/**
 * The noun phrase ending before `k` said with the price noun that owns it ("price of a check-up"); with none, the
 * phrase alone only when the provider's phrase is followed by a verb of pricing (`costing`): else the phrase before
 * "by" may be a recipient ("a donation to the party by a billionaire") and the label stays.
 */
function priced(toks: readonly Tok[], k: number, costing: boolean): string | undefined {
  if (toks[k - 1]?.pos !== "NOUN") return undefined;
  let a = k - 1;
  while (a > 0 && isWord(toks[a - 1]) && (toks[a - 1]!.pos === "NOUN" || toks[a - 1]!.pos === "ADJ") && k - a < 4) a--;
  const det = DETERMINERS.has(toks[a - 1]?.l ?? "") ? a - 1 : a;
  const of = toks[det - 1];
  const owner = toks[det - 2];
  if ((isWord(of, "of") || isWord(of, "for")) && isWord(owner) && PRICE_NOUNS.has(owner.l)) return phrase(toks, det - 2, k);
  return costing ? phrase(toks, a, k) : undefined;
}
