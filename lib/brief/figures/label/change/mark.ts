import type { Raw } from "#brief/figures/card/figure.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Sales passed the £1billion mark", "the value of the housing stock reached the £3.3 trillion mark", "the ninth film to
// hit the $100m mark": the noun after the amount is only a line the amount draws, and names nothing; what reached it
// is the verb's subject (card audit 8's sample B: '4.75% — mark' of "borrowing falling from its current 4.75% mark").
// A time on a clock's run ("at the six-minute mark") is not a level anything reached, and is left alone.

/** Nouns that make an amount a line crossed: "the £1bn mark", "the 50% threshold", "the $100m barrier". */
const LINES = new Set(["mark", "barrier", "milestone", "threshold"]);

/** Prepositions between a verb and the line it moves to, from or past: "up its bid to the", "sell for well over the". */
const TOWARD = new Set(["to", "from", "past", "over", "above", "below", "beyond", "under", "through", "towards", "toward"]);

/** The token after a bracketed conversion right after the amount ("$100m (£53.2m) mark"), else `e` itself. */
function pastBracket(toks: readonly Tok[], e: number): number {
  if (toks[e]?.s !== "(") return e;
  for (let k = e + 1; k < toks.length && k - e < 8; k++) if (toks[k]?.s === ")") return k + 1;
  return e;
}

/** "$100m — mark" of "the ninth film to hit the $100m mark" → "ninth film"; any other label is left as it is. */
export function lineReached(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !LINES.has(r.label.toLowerCase())) return;
  const line = pastBracket(toks, r.e);
  if (!isWord(toks[line]) || !LINES.has(toks[line]!.l)) return;
  // "the £1bn mark", "its current 4.75% mark": the line's determiner and describing words before the amount.
  let d = r.s - 1;
  while (d > r.s - 3 && isWord(toks[d]) && toks[d]!.pos === "ADJ") d--;
  if (!isWord(toks[d]) || (toks[d]!.l !== "the" && toks[d]!.pos !== "PRON")) return;
  let k = d - 1;
  if (isWord(toks[k]) && TOWARD.has(toks[k]!.l)) k--;
  while (k > 0 && isWord(toks[k]) && toks[k]!.pos === "ADV") k--;
  const v = toks[k];
  if (!isWord(v)) return;
  let span: [number, number] | undefined;
  // "the ninth film to hit the mark": an infinitive's doer is the noun before its "to".
  if ((v.pos === "VERB" || v.pos === "AUX") && isWord(toks[k - 1], "to")) span = backNP(toks, k - 1, false);
  else if (v.pos === "VERB" || v.pos === "AUX") span = verbSubject(toks, k);
  // "may up its bid to the £1.5bn mark": the noun the line is said of, when no verb stands between.
  else if (v.pos === "NOUN" && k < d - 1) span = backNP(toks, k + 1, false);
  if (span === undefined) return;
  // "The value of the housing stock reached": a head with its "of" names the thing ("value of housing stock"), as the
  // subject reading stops at the head.
  const thing = isWord(toks[span[1]], "of") ? pastDeterminers(toks, span[1] + 1) : k;
  // ("the cost of borrowing": a gerund alone after "of" is the thing too, whatever the noun reading makes of it.)
  const gerund = isWord(toks[thing]) && toks[thing]!.l.endsWith("ing") ? thing + 1 : thing;
  const end = thing < k ? Math.min(Math.max(forwardNP(toks, thing), gerund), k) : span[1];
  // ("It hit the $1m mark": a pronoun is no subject the reading finds, so the line stays as it was read.)
  r.label = phrase(toks, span[0], end);
}
