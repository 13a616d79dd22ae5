import type { Raw } from "#brief/figures/card/figure.ts";
import { pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The extra £2m in bus subsidies will come from …", "an additional $40m in tax revenue": the amount is
// what is added to the spending, not the spending, but the label read from "in …" dropped the word that says so (card
// audit 57's shape 9: '£2m — bus subsidies' reads as all of them). Only an amount labelled by the noun
// phrase right after its "in": any other label ("an extra £50 on school trips") is left as it is.

/** Words before an amount that make it an addition (extra-on.ts reads them too). */
export const ADDED = new Set(["extra", "additional"]);

/** Puts "extra" ("additional") before the label of an added amount labelled by its "in" phrase. */
export function extraIn(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency === undefined || !isWord(toks[r.e], "in")) return;
  const added = toks[r.s - 1];
  if (!isWord(added) || !ADDED.has(added.l) || r.label === "" || r.label.startsWith(added.l)) return;
  // The label must be the phrase after "in" ("in school spending" → school spending), not one read elsewhere.
  const first = toks[pastDeterminers(toks, r.e + 1)];
  if (!isWord(first) || !r.label.toLowerCase().startsWith(first.l)) return;
  r.label = `${added.l} ${r.label}`;
}
