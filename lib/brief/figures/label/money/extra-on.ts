import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { ADDED } from "#brief/figures/label/money/extra-in.ts";

// "with each pupil getting an extra £640 on their books alone": money said as an extra is a margin over what others
// get, and its label, the preposition's phrase after it, read as what is spent ('£640 — on their books'; card audit 57,
// sample AY's made-up shape 4). The label keeps the extra: "extra on books".

/** "on their books", "for the roads": a label that is a preposition's phrase, its determiner caught to be dropped. */
const PREPOSITION_LABEL = /^(on|for|in|to) (?:(?:the|their|its|his|her|our|your|a|an) )?(.+)$/;

/** Mends the label of money `r` said after "an extra" when the label is a preposition's phrase: "extra on books". */
export function extraOn(toks: readonly Tok[], r: Raw): void {
  if (r.currency === undefined || !isWord(toks[r.s - 1]) || !ADDED.has(toks[r.s - 1]!.l)) return;
  const phrase = PREPOSITION_LABEL.exec(r.label);
  if (phrase !== null) r.label = `extra ${phrase[1]} ${phrase[2]}`;
}
