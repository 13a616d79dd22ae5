import type { Raw } from "#brief/figures/card/figure.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "recording 51.115km, a mark which stood for six weeks", "He scored 30, a record that stood for a decade": a number
// with no noun of its own, then a comma and a noun phrase with "a" or "an" that a relative clause or the sentence's end
// follows, is named by that apposition: it says what the number is (mark, record). Without it the number had no label
// ('51.115km — ', off the card: the tune half's Voigt's hour mark).

/** What may follow the apposition: a relative pronoun, a comma, or the end of the sentence. */
const AFTER = new Set(["which", "that", ",", ".", ";"]);

/** The apposition naming the unlabelled number `r`, or "" when none follows it. */
export function apposedNoun(toks: readonly Tok[], r: Raw): string {
  if (toks[r.e]?.s !== "," || !(isWord(toks[r.e + 1], "a") || isWord(toks[r.e + 1], "an"))) return "";
  const from = r.e + 2;
  const end = forwardNP(toks, from);
  const head = toks[end - 1];
  if (end <= from || head === undefined || head.pos !== "NOUN") return "";
  const after = toks[end];
  return after === undefined || AFTER.has(after.l) || AFTER.has(after.s) ? phrase(toks, from, end) : "";
}
