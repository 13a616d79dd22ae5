import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "She left the ward on her own two legs", "I saw it with my own two eyes", "standing on his own two feet": a body's
// own pair is a figure of speech for doing it oneself, no count of legs (card-audit-50's made-up shape 7, junk on a
// card: 'two — legs', or 2 ft for "feet"). Only "own" right before "two" and a body part after it: "their own two
// bedrooms" counts rooms.

/** Body parts a person has two of, said in the idiom. */
const PAIRED_PARTS = new Set(["legs", "feet", "hands", "eyes", "ears", "arms"]);

/** Whether the number r is the "own two PARTS" of the idiom. */
export function ownTwo(toks: readonly Tok[], r: Raw): boolean {
  if (r.value !== 2 || r.currency !== undefined || r.percent || !isWord(toks[r.s - 1], "own")) return false;
  // "two feet" may already be read as a length, its unit word after the figure's display or inside it.
  return [toks[r.e], toks[r.e - 1]].some((t) => isWord(t) && PAIRED_PARTS.has(t.l));
}
