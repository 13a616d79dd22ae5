import { MEASURE_NOUNS, PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "out of the bottom three", "seven points above the bottom four", "the last round of bottom six fixtures": a
// league table's bottom N is a section of places, as "the top six" is (read as a rank, no card figure); read as a
// count it put 'three — points' and 'six — fixtures' on cards (card-audit-33, sample AA; 14 such sentences in 12 dev
// articles, 2 on a card). "hit rock bottom two years ago" is no table: not after "rock", nor before a unit of time;
// "the bottom 200 metres of the shaft", "the bottom three floors" measure a thing's lowest part: not before a unit.

/** Whether the number at `ci` (its words ending before `end`) follows "bottom" as a section of a table. */
export function bottomSection(toks: readonly Tok[], ci: number, end: number): boolean {
  if (!isWord(toks[ci - 1], "bottom") || isWord(toks[ci - 2], "rock")) return false;
  const next = toks[end];
  return !(isWord(next) && (PERIOD_NOUNS.has(next.l) || MEASURE_NOUNS.has(next.l)));
}

// "one of the three best centre backs", "among the ten highest grossing movies": a member of the best N is placed in a
// bracket of a ranking, as "one of the top three centre backs" is (read as a rank); read as a count, the card said
// 'three — best centre backs' (cnndm-dev: 6 such sentences, 1 on a card). "a breakdown of the 10 best moments" counts
// them: only after "one of" or "among".

/** Whether the number at `ci` (its words ending before `end`) sizes a best-N bracket one thing is placed in. */
export function superlativeBracket(toks: readonly Tok[], ci: number, end: number): boolean {
  if (!isWord(toks[ci - 1], "the")) return false;
  const member = isWord(toks[ci - 2], "among") || (isWord(toks[ci - 2], "of") && isWord(toks[ci - 3], "one"));
  // A superlative: "best", "worst", "most …", or an adjective in "-est" ("among the 50 protest groups" is a noun).
  const next = toks[end];
  if (!member || !isWord(next)) return false;
  return /^(?:best|worst|most|least)$/.test(next.l) || (next.pos === "ADJ" && /\w{2,}est$/.test(next.l));
}
