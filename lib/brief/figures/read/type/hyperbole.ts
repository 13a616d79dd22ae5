import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Not in a million years would John Terry have gone down", "it's not a million miles away", "my heart has been in a
// million pieces", "I've told him a thousand times.": a round "a hundred", "a thousand" or "a million" in a figure of
// speech says how much, never how many. Read as amounts they reached cards as durations, distances and counts
// ("a million — years", card audit 21's sample O: junk).

/** The round amounts said with "a" that stand in figures of speech. */
const ROUND = new Set([100, 1000, 1_000_000, 1_000_000_000]);

/**
 * True, and the figure dropped, when `r` is "a hundred|thousand|million|billion" (said with "a" and no hedge, whose word would open it) in one of
 * the figures of speech: "in a million years", "not a million miles", "in a million pieces", "a thousand times"
 * closing its clause. Cheap for every other figure: the value and the article are tested first.
 */
export function hyperbole(toks: readonly Tok[], r: Raw): boolean {
  if (!ROUND.has(r.value) || r.valueMax !== undefined || !isWord(toks[r.s], "a")) return false;
  const noun = toks[r.e]?.l ?? "";
  const before = toks[r.s - 1]?.l ?? "";
  const closes = toks[r.e + 1] === undefined || toks[r.e + 1]?.kind === PUNCT;
  const figure =
    (before === "in" && (noun === "years" || noun === "pieces")) ||
    (before === "not" && noun === "miles") ||
    (noun === "times" && closes);
  if (figure) r.drop = true;
  return figure;
}
