import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "ppl who don't have 1 trait or the other", "pick 1 side or the other": "one X or the other" is an idiom of choice
// between two, which counts nothing; said in digits, it was read as a count of one ('1 — trait', card audit 25, sample
// S, as R's 'the two'). one.ts already drops the word "one" that counts no toll or arrest; the digit needs this.

/** How many words the chosen thing may be: "1 trait", "1 political party". */
const THING_WORDS = 2;

/** True when the figure is a one before a thing and "or the other" or "or another" ending the phrase. */
export function oneOrOther(toks: readonly Tok[], r: Raw): boolean {
  if (r.value !== 1) return false;
  let k = r.e;
  while (k < r.e + THING_WORDS && isWord(toks[k]) && toks[k]!.l !== "or") k++;
  if (!isWord(toks[k], "or")) return false;
  const other = isWord(toks[k + 1], "the") && isWord(toks[k + 2], "other") ? k + 3 : isWord(toks[k + 1], "another") ? k + 2 : -1;
  // "or the other team did": "other" before a noun is another thing, not the idiom's end.
  const after = toks[other];
  return other > 0 && (!isWord(after) || after.pos !== "NOUN");
}
