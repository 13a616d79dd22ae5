import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS, PREPOSITIONS, RANKING_RUNGS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// "The world number 40, ranked three places below her opponent, lost the first set": places in a ranking said as a gap
// to someone are that gap, not a tally of places ('three — places'; blind sample BB's made-up shape 6). Named with the
// gap's words and whom it is to: 'places below her opponent', 'positions higher than the champion'. A gap to a named
// rival ("six points behind Exeter") is rival-count.ts' gapTo, to a table's mark mark-gap.ts'; this reads the rungs of a
// ranking only, to anyone, named or not.

/** Words that put a ranking's gap to someone, with the word each takes ("" for none): "below", "higher than". */
const GAP_WORDS: ReadonlyMap<string, string> = new Map([
  ["below", ""], ["above", ""], ["behind", ""], ["ahead", "of"], ["higher", "than"], ["lower", "than"],
]);

/** 'places below her opponent' when the count r, a ranking's rungs right after it, is said as a gap to someone. */
export function rankGap(toks: readonly Tok[], r: Raw): string | undefined {
  // "15th place ahead of the weekend fixtures": an ordinal's place is where one stands, no gap.
  if (r.ordinal || !isWord(toks[r.e]) || !RANKING_RUNGS.has(toks[r.e]!.l)) return undefined;
  const g = r.e + 1;
  const takes = isWord(toks[g]) ? GAP_WORDS.get(toks[g]!.l) : undefined;
  if (takes === undefined || (takes !== "" && !isWord(toks[g + 1], takes))) return undefined;
  const a = takes === "" ? g + 1 : g + 2;
  // Whom: words up to a mark or a word that opens what follows ("below her opponent in the list"); the card cuts a
  // label past its six words ("places below her old doubles partner").
  let k = a;
  while (isWord(toks[k]) && !PREPOSITIONS.has(toks[k]!.l) && !CONJUNCTIONS.has(toks[k]!.l)) k++;
  if (k === a) return undefined;
  return `${toks[r.e]!.l} ${tokenWords(toks, g, k)}`;
}
