import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a 25-year period of no parole", "a two-year spell of growth", "a five-year stretch without a trophy": a hyphened
// span whose head is itself a word for a length of time says nothing the number's unit does not; what the time was
// is the phrase after it, "of" or "without" (sample BE's shape 3 printed '25-year — period'). The label is the unit
// and that phrase, a negated one ("of no parole") said as "without": 'years without parole', 'years of growth'.

/** Heads that name a length of time and nothing else. */
const SPAN_HEADS = new Set(["period", "periods", "spell", "spells", "stretch", "span", "interval", "window"]);

/** The label of a hyphened span (its noun phrase `c.np` the head alone) by its "of" or "without" phrase; "" when none. */
export function spanOf(toks: readonly Tok[], r: Raw, c: Count): string {
  if (r.compound === undefined || r.unit === undefined || !SPAN_HEADS.has(c.np)) return "";
  const prep = toks[c.npEnd];
  if (!isWord(prep, "of") && !isWord(prep, "without")) return "";
  // "of no parole", "without a trophy": the negation or article opens the phrase, the noun after it names the thing.
  const negated = prep.l === "without" || isWord(toks[c.npEnd + 1], "no");
  const k = isWord(toks[c.npEnd + 1], "no") || isWord(toks[c.npEnd + 1], "a") || isWord(toks[c.npEnd + 1], "any") ? c.npEnd + 2 : c.npEnd + 1;
  const end = forwardNP(toks, k);
  if (end <= k) return "";
  return `${r.unit} ${negated ? "without" : "of"} ${tokenWords(toks, k, end, true)}`;
}
