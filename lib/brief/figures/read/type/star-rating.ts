import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a five-star hotel", "a four-and-a-half-star review", "rated 4.5 stars", "hundreds of one star reviews": stars up to
// five are a rating, typed as "five out of five stars" is (out-of.ts: "other"), no count of stars. Read as counts,
// the dev cards held '5 — star holiday resort' and '2.5 — stars'. A plain "stars" is as often people ("The three
// stars now have a century of goals"), so it is a rating only with half a star, after a word that rates, or before
// a thing rated.

/** Words just before a spaced "N stars" that make it a rating: "rated 4.5 stars", "an average of just two stars". */
const RATES = new Set(["rated", "rating", "ratings", "rates", "awarded", "gave", "given", "give", "earned", "scored", "average", "received", "review", "reviews"]);

/** Things a spaced "N star" describes as a rating: "five star restaurants", "one star reviews". */
const RATED = /^(?:hotels?|resorts?|reviews?|ratings?|restaurants?|accommodation|service|luxury|treatment|spa|suites?)$/;

/**
 * Whether the number of `value` read from token `s` to `j` (its compound `compound`) is a star rating: "five-star",
 * "4-star", or a spaced "star(s)" at j as the file's comment says.
 */
export function starRating(toks: readonly Tok[], s: number, j: number, value: number, compound: string | undefined): boolean {
  if (value > 5 || !Number.isInteger(value * 2)) return false;
  if (compound !== undefined) return compound === "star" || compound === "stars" || compound.startsWith("star-");
  const t = toks[j];
  if (isWord(t, "star")) return isWord(toks[j + 1]) && RATED.test(toks[j + 1]!.l);
  if (!isWord(t, "stars")) return false;
  if (!Number.isInteger(value)) return true;
  for (let k = s - 1; k >= Math.max(0, s - 4); k--) if (isWord(toks[k]) && RATES.has(toks[k]!.l)) return true;
  return false;
}
