import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "hacked by an unknown third party", "no third party involvement", "used more freely by third parties": someone
// outside a deal or a dispute, a term of law and trade that orders nothing (card audit 17, sample K: 'third — party'
// junk; eight cnndm-dev and dev-bbc card rows were such). After "the" it can be a place among parties ("the Lib Dems
// were the third party"): left a rank.

/** True when the ordinal from `i` to `e` is "third" before "party" or "parties", not after "the". */
export function thirdParty(toks: readonly Tok[], i: number, e: number): boolean {
  if (!isWord(toks[i], "third")) return false;
  const next = toks[e];
  return isWord(next) && (next.l === "party" || next.l === "parties") && !isWord(toks[i - 1], "the");
}
