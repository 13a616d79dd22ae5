import type { Candidate } from "#brief/figures/card/candidates.ts";

/**
 * A sentence that states this many figures or more is a list of statistics ("It has 40 rooms, 3 pools, 12 bars and 2
 * spas"): the news is said with one or two numbers, and a figure among many is detail more often. On the tune halves
 * a candidate of such a sentence is key in the gold 35% of the time past the fifth sentence (62% otherwise) and quoted
 * by cnndm-dev's highlights 13% of the time (18%). A trial (rank51): no value of CardWeights.crowd below 1 survives
 * the signals already weighed (docs/ranking.md, "The card's frontier").
 */
export const CROWDED_FIGURES = 3;
/** The first sentence index at which a crowded sentence counts (0: every sentence; the trial also ran 5). */
export const CROWDED_FROM = 0;

/** Marks the candidates whose sentence holds CROWDED_FIGURES or more of them (CardSignals.crowded). */
export function markCrowded(candidates: readonly Candidate[]): void {
  const perSentence = new Map<number, number>();
  for (const c of candidates) perSentence.set(c.signals.sentence, (perSentence.get(c.signals.sentence) ?? 0) + 1);
  for (const c of candidates) c.signals.crowded = c.signals.sentence >= CROWDED_FROM && (perSentence.get(c.signals.sentence) ?? 0) >= CROWDED_FIGURES;
}
