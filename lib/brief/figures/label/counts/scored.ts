import type { Raw } from "#brief/figures/card/figure.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "If you include the double points …, Hamilton has scored an astonishing 286": a bare count a scoring verb governs,
// said with a word that judges it, counts what its sentence says is scored ("points scored"), never the judging word.
// (The "potential 300" it is out of is its whole, link.ts.)

/** Verbs whose bare count is a tally scored. */
const SCORING = new Set(["score", "scores", "scored", "scoring"]);

/** What is scored, when the sentence names it. */
const TALLIES = new Set(["points", "goals", "runs", "tries", "wickets", "touchdowns", "baskets"]);

/**
 * What a bare count (no noun after it) counts in a sentence that names a tally scored: "points scored" after a scoring
 * verb (over the amount's article and describing words); its label and the tally as its head, or undefined.
 */
export function scoredTally(toks: readonly Tok[], r: Raw): { label: string; head: string } | undefined {
  // Only an amount said with a word that judges it, which would otherwise be named by that word: a bare "scored 12"
  // stays a number with nothing to name it.
  const start = pastDescribed(toks, r.s);
  const tally = toks.find((t) => isWord(t) && TALLIES.has(t.l))?.l;
  if (start === r.s || tally === undefined) return undefined;
  return SCORING.has(toks[start - 1]?.l ?? "") ? { label: `${tally} scored`, head: tally } : undefined;
}
