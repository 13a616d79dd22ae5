import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "once tipped the scales at 70st", "hit the scales at 161.9 and … saw him register 160.6": "the scales" is the idiom's
// noun, and what the number measures is a weight (card audit R's '70st — scales', a word of the amount's frame as P's
// 'top' and Q's 'peak'). A spaced unit was already named so ("tipped the scales at 20 stone" → weight,
// measure-verb.ts); a glued one ("70st") or none took the nearest noun, "scales". A count of scales ("three scales"), a
// label that is more than the noun ("scales of justice") and a sentence without the idiom keep theirs.

/** The idiom that makes "scales" a weighing: "the scales at". */
const IDIOM = /\bthe scales at\b/i;

/** Relabels a figure named "scales" in a sentence of "the scales at" as the weight it is. */
export function scalesWeight(toks: readonly Tok[], r: Raw, text: string): void {
  if (r.label !== "scales" || isWord(toks[r.e], "scales") || !IDIOM.test(text)) return;
  r.label = "weight";
}
