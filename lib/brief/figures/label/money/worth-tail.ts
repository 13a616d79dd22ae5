import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a five-year contract worth £90,000 a week", "two pounds of cocaine worth $30,000", "accessories worth from £300 to
// £2,000": a noun phrase read on past its noun takes the "worth" that opens the next amount, and the label reads
// 'contract worth' (card audit 19's sample M: 'five-year — contract worth'). "worth" there is a preposition, the
// start of another amount, never a word of the thing; "net worth" (a noun) and "a month's worth of food" (what a
// time's worth measures) keep it.

/** "five-year — contract worth" → "contract"; any other label is left as it is. */
export function worthTail(toks: readonly Tok[], r: Raw): void {
  // Tested on the label's last word before any split: most labels end in no "worth".
  const space = r.label.lastIndexOf(" ");
  if (space < 0 || r.label.slice(space + 1).toLowerCase() !== "worth") return;
  const words = r.label.split(" ");
  const noun = words[words.length - 2]!.toLowerCase();
  if (noun === "net") return;
  // The "worth" the label ends on is one the sentence uses as a preposition: after the noun, and not "worth of" (a
  // time's or an amount's worth of a thing: "six month's worth of pills").
  const preposition = toks.some((t, k) => isWord(t, "worth") && toks[k - 1]?.l === noun && !isWord(toks[k + 1], "of"));
  if (preposition) r.label = words.slice(0, -1).join(" ");
}
