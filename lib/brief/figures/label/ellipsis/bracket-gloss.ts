import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "his height (5' 11"), suit size (38R) and shoe size (10.5)": a bare number alone in a bracket right after a noun is
// the value that noun names, not another of the count before it. Read as an elided count (carry-count.ts), "(10.5)" took
// the height's label and unit and was 10.5 feet of height. (A bracket right after a measure's unit, "swam 14,000 miles
// (22,500)", is the measure in units left out: measure-conversion.ts folds it first.)

/** Whether `r` stands alone in a bracket right after the noun it gives the value of ("shoe size (10.5)"). */
export function bracketGloss(toks: readonly Tok[], r: Raw): boolean {
  if (toks[r.s - 1]?.s !== "(" || toks[r.e]?.s !== ")") return false;
  const noun = toks[r.s - 2];
  return isWord(noun) && noun.pos === "NOUN";
}
