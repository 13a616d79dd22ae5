import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "paying $5m for the current two years", "paid $250,000 for the larger but secondhand plane": a noun phrase read
// forwards stops at the number or the conjunction inside it, leaving its determiner and adjectives with no noun, and a
// label made of it dangles ('payment for the current', 'payment for the larger'; card audit 32's pattern 4).

/** Conjunctions that join two describing words of one phrase ("the larger but secondhand plane"); not "who", which
 * opens a clause after a noun the tagger may call an adjective ("the ex-finance chief who stepped down"). */
const COORDINATORS = new Set(["and", "but", "or", "yet"]);

/**
 * Where the noun phrase k..end ends once a dangling tail is dropped: back over the adjectives and determiners it ends
 * on when the phrase was cut short inside a longer one (a number follows, or a conjunction before another describing word);
 * `end` when it ends on a noun or ends where its phrase does ("for the elderly." keeps its nominal adjective).
 */
export function pastDangling(toks: readonly Tok[], k: number, end: number): number {
  const next = toks[end];
  // "two" is a word the tagger calls a number; after the conjunction, a describing word (tagged an adjective or, as
  // "secondhand", a noun), never a determiner opening a second phrase ("for the poor and the sick").
  const after = toks[end + 1];
  const cut = next?.kind === NUM || next?.pos === "NUM" || (isWord(next) && COORDINATORS.has(next.l) && isWord(after) && !DETERMINERS.has(after.l));
  if (!cut) return end;
  let j = end;
  while (j > k && (toks[j - 1]?.pos === "ADJ" || DETERMINERS.has(toks[j - 1]?.l ?? ""))) j--;
  return j;
}
