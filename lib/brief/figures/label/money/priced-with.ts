import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the menu boasted a fish wrap with sweet potato fries for just £5", "a room with a view for £90": the price after
// "for" is of the thing the "with" hangs on, not of what comes with it; the nearest noun before "for" is the side
// dish, and the card read 'sweet potato fries'. The thing is one a/an names (a thing on offer); a capitalised word in
// what comes "with" ("a deal with Chelsea") is a party, which other rules read.

/** How many sides "and" or a comma may join after "with": "with salsa and sweet potato fries". */
const SIDES = 4;

/**
 * The thing priced at the "for" at `f` when "a/an <thing> with <side>" stands right before it: "fish wrap" for "a
 * fish wrap with sweet potato fries for"; undefined otherwise.
 */
export function pricedWith(toks: readonly Tok[], f: number): string | undefined {
  let side = backNP(toks, f, false);
  for (let n = 0; side !== undefined && n < SIDES; n++) {
    const joint = toks[side[0] - 1];
    if (joint?.s !== "," && !isWord(joint, "and")) break;
    side = backNP(toks, side[0] - 1, false);
  }
  if (side === undefined || !isWord(toks[side[0] - 1], "with")) return undefined;
  if (toks.slice(side[0], f).some((t) => isCapitalised(t))) return undefined;
  const w = side[0] - 1;
  const thing = backNP(toks, w, false);
  if (thing === undefined || thing[1] !== w || toks[w - 1]?.pos !== "NOUN") return undefined;
  const from = pastDeterminers(toks, thing[0]);
  if (!(isWord(toks[from - 1], "a") || isWord(toks[from - 1], "an")) || from >= w) return undefined;
  return phrase(toks, from, w);
}
