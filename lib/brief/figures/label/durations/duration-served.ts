import type { Raw } from "#brief/figures/card/figure.ts";
import { SPENDING } from "#brief/figures/language/lexicon.ts";
import { negated } from "#brief/figures/label/durations/past-doing.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

/**
 * "served four years for the 2007 murder", "has already served three months of her sentence": a time served or spent
 * whose clause names nothing after it is still the verb's ("years served"), which says what a bare "years" does not.
 */
export function spentAlone(toks: readonly Tok[], r: Raw, end: number): string {
  const v = pastDescribed(toks, r.s) - 1;
  const verb = toks[v];
  if (!isWord(verb) || !SPENDING.has(verb.l) || negated(toks, v)) return "";
  // "spent two years and eight months wearing a compression mask": a compound's next part says what it was spent on
  // (duration-compound.ts takes its label when this part's is its unit alone).
  const next = toks[end + 1];
  if (isWord(toks[end], "and") && next !== undefined && (next.kind === NUM || CARDINAL_WORDS.has(next.l))) return "";
  return verb.l.startsWith("serv") ? "served" : "spent";
}
