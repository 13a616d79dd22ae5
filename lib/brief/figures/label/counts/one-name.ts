import type { Raw } from "#brief/figures/card/figure.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Police were called to the 1 CROWN bar", "a fight outside the 1 Oak club": "the" and a digit 1 before a capitalised
// word and a singular noun is a venue's name, no count of one ('1 — CROWN bar'). Other digits are caught by the
// singular noun after them ("the 3 Kings club", count-kind.ts); one agrees with a singular noun, so it was not.

/** Whether the bare digit 1 of r, after "the" and before a capitalised word, opens a name with the singular `head`. */
export function oneName(toks: readonly Tok[], r: Raw, head: string): boolean {
  if (r.value !== 1 || r.words || r.compound !== undefined || r.qualifier !== undefined || head === "" || isPlural(head)) return false;
  const nx = toks[r.e];
  return isWord(toks[r.s - 1], "the") && isWord(nx) && isCapitalised(nx);
}
