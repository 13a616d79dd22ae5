// What `--all` lists an ordinal or a rank that is no card figure as: the noun it ranks, else a place in a table. The
// card never shows these, so sentence.ts and mend-pass.ts run it only when reading every number.
import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

/**
 * An ordinal or a rank that is no card figure is still listed by `--all` with what it ranks: the noun after it
 * ("83rd minute", "75th anniversary", "number 1 dry shampoo brand"), else, standing alone, a place in a table
 * ("moved up to fifth", "16th in the standings", "world No 1").
 */
export function nameRank(toks: readonly Tok[], r: Raw): void {
  if (r.label !== "" || (r.type !== "ordinal" && r.type !== "rank")) return;
  const end = forwardNP(toks, r.e);
  const np = end > r.e ? phrase(toks, r.e, end) : "";
  // "World No 1 Williams": a name after a rank is who holds the place; after an ordinal it is what is
  // numbered ("the 69th Annual Tony Awards", "the 14th Amendment").
  if (np !== "" && (r.ordinal || !np.split(" ").every((w) => /^\p{Lu}/u.test(w)))) {
    r.label = np;
    return;
  }
  r.type = "rank";
  r.label = isWord(toks[r.e], "in") || r.ordinal ? "position" : "ranking";
}
