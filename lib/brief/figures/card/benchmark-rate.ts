import type { Candidate } from "#brief/figures/card/candidates.ts";

// "Council tax bills will rise by 4.9% from April, over double the inflation rate, now 2.1%": a second rate in the
// sentence that gives the story's own change is the rate that change is set against, what an editor lists beside it
// (blind sample's made-up shape), though its label ("inflation rate") shares no word with the headline. It counts
// what the story is about as the change does (CardWeights.about).

/** How many opening sentences state the story's own change: the headline's sentence and the one after it. */
const LEAD_SENTENCES = 2;

/**
 * Marks as the story's own (`about`) each percent of a lead sentence that holds a percent already about the story.
 * One pass over the candidates, another only for a lead's percent not yet about the story (rare): no text is read.
 */
export function benchmarkRates(candidates: readonly Candidate[]): void {
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!.signals;
    if (c.sentence >= LEAD_SENTENCES || c.kind !== "percent" || c.about) continue;
    if (topicRateIn(candidates, c.sentence)) c.about = true;
  }
}

/** Whether a sentence holds a percent that counts the story's topic (a plain loop: no closure made per call). */
function topicRateIn(candidates: readonly Candidate[], sentence: number): boolean {
  for (const o of candidates) if (o.signals.sentence === sentence && o.signals.kind === "percent" && o.signals.about) return true;
  return false;
}
