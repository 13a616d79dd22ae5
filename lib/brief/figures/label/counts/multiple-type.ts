import type { Raw } from "#brief/figures/card/figure.ts";
import { COMPARATIVES, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { timesCompared } from "#brief/figures/label/counts/times-compared.ts";
import { timesAfter } from "#brief/figures/label/counts/times-multiple.ts";

// "eight times higher than a year earlier", "four times as likely", "70 times the mass of Jupiter": "N times" before a
// comparative, "as" or a whole it multiplies is a multiple, typed "other" as a growth multiple is (multiples.ts:
// "revenue nearly tripled"), never a count of anything ('eight — times higher' [count]). "used five times this year",
// "fined five times the same week" count how often and stay counts. Only the type moves: the weights read the kind.

/** Whether the bare count r is a multiple: "times" after it, then a comparative, "as", or a whole it multiplies. */
export function timesMultipleType(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || r.ordinal || r.unit !== undefined) return false;
  const k = timesAfter(toks, r.e);
  const next = toks[k + 1];
  if (!isWord(toks[k], "times") || !isWord(next)) return false;
  // "times up", "times down" are no comparison; "the", an owner: a whole multiplied, not a time (times-compared.ts).
  if (COMPARATIVES.has(next.l)) return next.l !== "up" && next.l !== "down";
  if (next.l === "the" || POSSESSIVES.has(next.l)) return timesCompared(toks, k) !== "";
  // "times as many", "times as likely"; not the conjunction "as" ("bludgeoned … 12 times as she slept").
  const how = toks[k + 2];
  return next.l === "as" && isWord(how) && (how.l === "many" || how.l === "much" || how.pos === "ADJ" || how.pos === "ADV");
}
