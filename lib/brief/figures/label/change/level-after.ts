import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGE_NOUNS, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the board has proposed an increase to 3.5%", "the Commission urged a rise to 1.26%": an amount after a change noun
// and "to" is the level the change would reach, not the change ('3.5% — increase' reads as a rise of 3.5 points).
// Labelled only where the change noun (with its modifiers: "a sharp rise") was its label; "a cut to 0.5% in its main
// rate" keeps what the words after it name, and "an increase of 3.5%" is the change itself.

/** Relabels r, labelled by the change noun before its "to", as the level after that change. */
export function levelAfter(toks: readonly Tok[], r: Raw): void {
  if (!r.percent && r.currency === undefined) return;
  const noun = toks[r.s - 2];
  if (!isWord(toks[r.s - 1], "to") || !isWord(noun) || !CHANGE_NOUNS.has(noun.l) || !endsWithNoun(r.label, noun.l)) return;
  // "an increase to", "a sharp rise to": a change said as a noun; "fall to 2.9%", a verb, says the level already.
  if (!isWord(toks[r.s - 3]) || !(DETERMINERS.has(toks[r.s - 3]!.l) || toks[r.s - 3]!.pos === "ADJ")) return;
  r.label = `level after ${r.label}`;
}

/** Whether a label is the change noun, alone or after its modifiers ("increase", "sharp rise"). */
function endsWithNoun(label: string, noun: string): boolean {
  const l = label.toLowerCase();
  return l === noun || l.endsWith(` ${noun}`);
}
