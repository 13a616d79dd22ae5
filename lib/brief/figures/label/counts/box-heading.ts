import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// A fact-box line's heading names its number (unnamed-count.ts): "Goals: 16 .", "International caps (Japan): 11 .".

/**
 * The heading of a fact-box line ("Appearances: 37 .", "International caps (Japan): 11 ."): the words from the start of
 * the sentence to the colon before the number, when they are a few nouns or adjectives (no verb: "Police said: 16 died")
 * and nothing but punctuation follows the number; a bracketed aside is left out. "" when it is no such line.
 */
export function boxHeading(toks: readonly Tok[], r: Raw): string {
  if (toks[r.s - 1]?.s !== ":" || !(toks[r.e] === undefined || toks[r.e]?.kind === PUNCT)) return "";
  let end = r.s - 1;
  if (toks[end - 1]?.s === ")") end = toks.findIndex((t, k) => k < end && t.s === "(");
  if (end <= 0 || end > 4) return "";
  for (let k = 0; k < end; k++) {
    const t = toks[k];
    if (!isWord(t) || t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || t.pos === "ADP") return "";
  }
  return phrase(toks, 0, end).toLowerCase();
}
