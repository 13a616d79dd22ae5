// Choosing the bullets from the scored sentences: greedy, best first, skipping near-repeats and run-ons over the word
// budget, with MMR and the coverage term; MIN_BULLET_WORDS (part of the algorithm fingerprint) is here because only
// selection reads it. Split from rank.ts so the selection loop reads in one sitting; rank.ts re-exports it.
import { sharesTrigram } from "#brief/trigrams.ts";
import type { RankedSentence } from "#brief/rank/parts.ts";
import { DEFAULT_WEIGHTS, type RankWeights } from "#brief/rank/weights.ts";
import { round, ROUND_SLACK } from "#brief/rank/score.ts";
import type { Scored } from "#brief/rank/scored.ts";
import { coverageGain } from "#brief/rank/coverage-gain.ts";

/** Best first; equal scores go to the earlier sentence. */
export function byScore(a: RankedSentence, b: RankedSentence): number {
  return b.score - a.score || a.index - b.index;
}

/** A sentence too short to stand alone as a bullet (a fragment, a dateline, a caption stub). */
export const MIN_BULLET_WORDS = 6;

/**
 * Picks `count` sentences greedily, skipping any too similar to one already chosen (cosine over `redundancy`, or a
 * shared word trigram under `trigramBlock`: two bullets never say the same thing) or over the word budget, and returns
 * them in reading order. Each next bullet is the best by score − mmr × its highest similarity to a chosen one (just
 * the score when `mmr` is 0); equal values go to the earlier sentence.
 */
export function selectBullets({ ranked, vectors, words, trigrams, coverage }: Scored, count: number, weights: RankWeights = DEFAULT_WEIGHTS): RankedSentence[] {
  // Copied and filtered by push into literals' arrays, one layout for the compiled code whatever the article (speed37).
  const order: RankedSentence[] = [];
  for (const r of ranked) order.push(r);
  order.sort(byScore);
  const chosen: RankedSentence[] = [];
  let used = 0;
  const budget = weights.wordBudget * count;
  const mmr = weights.mmr ?? 0;
  const block = (weights.trigramBlock ?? 0) > 0;
  const full: RankedSentence[] = [];
  for (const r of order) if (words[r.index]! >= MIN_BULLET_WORDS) full.push(r);
  const pool = full.length >= count ? full : order;
  const gain = coverageGain(coverage, weights);
  // A value never exceeds score + the coverage term's ceiling (κ; 0 without the term), rounding aside (ROUND_SLACK).
  const ceiling = gain ? gain.ceiling + ROUND_SLACK : 0;
  while (chosen.length < count) {
    let best: RankedSentence | undefined;
    let bestValue = -Infinity;
    for (const candidate of pool) {
      // The pool runs best score first: once a candidate's score plus the ceiling falls below the best value, nothing
      // after it can do better (or tie), so the cosines of the rest are never computed. Speed only: same picks.
      if (candidate.score + ceiling < bestValue) break;
      // The word budget and the trigram block are tested in place, not by closures made at each call: tsx's esbuild
      // keepNames names each closure as it is made (an Object.defineProperty call).
      if (chosen.includes(candidate) || !(budget <= 0 || chosen.length === 0 || used + words[candidate.index]! <= budget)) continue;
      let closest = 0;
      for (const c of chosen) closest = Math.max(closest, vectors.cosine(candidate.index, c.index));
      if (closest > weights.redundancy || (block && chosen.some((c) => sharesTrigram(trigrams(candidate.index), trigrams(c.index))))) continue;
      const value = mmr > 0 || gain ? round(candidate.score - mmr * closest + (gain ? gain.of(candidate.index) : 0)) : candidate.score;
      if (value > bestValue || (value === bestValue && candidate.index < best!.index)) {
        best = candidate;
        bestValue = value;
      }
    }
    if (!best) break;
    chosen.push(best);
    gain?.cover(best.index);
    used += words[best.index]!;
  }
  // A very short article may have fewer distinct sentences than asked for, and a story of run-ons fewer that fit the
  // budget: fill with what is left, by score, so an editor always gets the bullets asked for when the story has them.
  for (const candidate of order) {
    if (chosen.length >= count) break;
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index);
}
