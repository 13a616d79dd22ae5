import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Joe Root's 182 not out took him past 2,000 runs": a bare count before "not out" is a batsman's unbeaten innings, runs
// scored; with no noun of its own it took the batsman before it for its label ('182 — joe Root's', card-audit-20.md,
// sample N).

/**
 * The label of an unbeaten innings. It is one batsman's, so a bare count after it does not take it as the noun it
 * elides ("87 not out in a score of 303 for nine": the nine are wickets; carry-count.ts).
 */
export const NOT_OUT = "runs not out";

/**
 * The label of a bare count that "not out" follows ("182 not out" → runs not out), or that "unbeaten on" comes before
 * (tokens s..e: "was unbeaten on 43 when he retired", said of an innings only: a run of games is unbeaten "in"), or "".
 * "Smith's unbeaten 187 for Kent": "unbeaten" right before a count with no noun of its own (the caller asks only for
 * those) describes an innings whose "runs" is elided; it was labelled by the side after "for" ('187 — Kent', card
 * audit 62, sample BD). A run of games names its noun ("an unbeaten 12 games").
 */
export function notOut(toks: readonly Tok[], s: number, e: number): string {
  if (isWord(toks[s - 1], "unbeaten") || (isWord(toks[s - 1], "on") && isWord(toks[s - 2], "unbeaten"))) return NOT_OUT;
  return isWord(toks[e], "not") && isWord(toks[e + 1], "out") ? NOT_OUT : "";
}
