// A rank only hoped for ("with the chance of becoming the 1,000th number one") is a prospect, not a place the story
// reports: beside the place reached ("now the 999th number one") it took the card's slot (blind sample AH, informed).
// Ranked low, as a hypothetical is, rather than dropped: "bids to become the first" can still be all a story has.
import type { Raw } from "#brief/figures/card/figure.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";
import { ARTICLES, POSSESSIVES } from "#brief/figures/language/lexicon.ts";

/**
 * Words that make "become" a hope or a chance: "the chance of becoming", "a bid to become", "hopes to become", "could
 * become". Not "will" or "would": "will become the second man to …" is announced, and "Collier would become the fourth
 * victim" tells in the past what came to be.
 */
const PROSPECT = new Set(["chance", "chances", "bid", "bidding", "bids", "hope", "hopes", "hoping", "aim", "aims", "aiming", "trying", "tries", "attempt", "could", "might", "may"]);

/**
 * Whether a rank is one hoped for: "become(s)/becoming" right before it (past "the" or a possessive), a prospect word
 * up to three words before that.
 */
export function prospect(toks: readonly Tok[], r: Raw): boolean {
  if (r.kind !== "rank") return false;
  let k = r.s - 1;
  const before = toks[k]?.l ?? "";
  if (ARTICLES.has(before) || POSSESSIVES.has(before)) k--;
  const verb = toks[k]?.l ?? "";
  if (verb !== "become" && verb !== "becoming" && verb !== "becomes") return false;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) if (PROSPECT.has(toks[j]?.l ?? "")) return true;
  return false;
}
