import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// "Rovers remain bottom of the table, six points from safety", "10 points off the top", "three points clear of the
// drop zone": a count said as a gap to a table's mark is the gap, not a tally ('six — points'; blind sample BA's
// made-up shape S1). Named with the gap's words and the mark: 'points from safety', 'points off the top'. A gap to a
// named rival is rival-count.ts'; "from" and "off" only before a mark, as "took three points from Arsenal" and "four
// points from their last five games" are tallies taken.

/** Words that put a gap between a count and a mark: "from safety", "off the top", "clear of the drop zone". */
const GAP_WORDS = new Set(["from", "off", "behind", "ahead", "clear", "adrift", "short"]);

/** The heads of a table's marks: "safety", "the top", "the drop zone", "the play-offs", "top spot", "the summit". */
const MARK_HEADS = new Set(["safety", "top", "summit", "play-offs", "playoffs", "zone", "spot", "relegation", "drop"]);

/** How many words a mark may run to with its article: "the relegation zone". */
const MARK_WORDS = 3;

/** Words that end a mark and open what follows: "six points from safety with five games left". */
const FOLLOWERS = new Set(["and", "but", "with", "after", "before", "in", "at", "on", "for", "despite", "as", "since", "while", "going", "having", "ahead"]);

/** 'points from safety' when the count r, its noun right after it, is said as a gap to a table's mark; else none. */
export function markGap(toks: readonly Tok[], r: Raw): string | undefined {
  const g = r.e + 1;
  if (!isWord(toks[g]) || !GAP_WORDS.has(toks[g]!.l)) return undefined;
  // "clear of", "adrift of", "short of": the gap word's preposition is read with it.
  const a = isWord(toks[g + 1], "of") ? g + 2 : g + 1;
  let k = a;
  while (k < a + MARK_WORDS && isWord(toks[k]) && !FOLLOWERS.has(toks[k]!.l)) k++;
  if (!MARK_HEADS.has(toks[k - 1]!.l)) return undefined;
  return `${r.label} ${tokenWords(toks, g, k)}`;
}
