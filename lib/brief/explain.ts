import { DEFAULT_WEIGHTS, type RankWeights, type ScoreParts } from "#brief/rank.ts";

// "Why this bullet" in an editor's words: the ranker's score parts (rank.ts), each said only when it counted, the
// weightiest first. The cut-offs are where a part starts to matter for the pick: a part that adds little to the score
// is not a reason an editor should read, and one the weights ignore or count against (weight 0 or below) is none.

export type Reason = "lede" | "top" | "early" | "central" | "headline" | "headline-some" | "figures" | "full" | "overlap" | "forward";

export const REASON_WORDS: Record<Reason, string> = {
  lede: "the opening sentence",
  top: "near the top",
  early: "in the first quarter of the story",
  central: "central to the story",
  headline: "shares the headline's words",
  "headline-some": "shares some headline words",
  figures: "has figures",
  full: "a full, self-contained sentence",
  overlap: "shares many words with the rest of the story",
  forward: "taken up by the sentences after it",
};

/** Part → its reason, when the part is high enough to be one. */
function reasonsOf(parts: ScoreParts): { reason: Reason; part: keyof ScoreParts }[] {
  const out: { reason: Reason; part: keyof ScoreParts }[] = [];
  if (parts.position >= 1) out.push({ reason: "lede", part: "position" });
  else if (parts.position >= 0.5) out.push({ reason: "top", part: "position" });
  // Position as a share of the story: said only when the count of sentences did not already say "top" (a sentence
  // deep in a long story can still be in its first quarter).
  else if (parts.fraction >= 0.75) out.push({ reason: "early", part: "fraction" });
  if (parts.centrality >= 0.5) out.push({ reason: "central", part: "centrality" });
  if (parts.headline >= 0.5) out.push({ reason: "headline", part: "headline" });
  else if (parts.headline >= 0.2) out.push({ reason: "headline-some", part: "headline" });
  if (parts.figures >= 1) out.push({ reason: "figures", part: "figures" });
  if (parts.length >= 1) out.push({ reason: "full", part: "length" });
  // Scaled to max 1 like centrality, so the same cut-off.
  if (parts.overlap >= 0.5) out.push({ reason: "overlap", part: "overlap" });
  if (parts.forward >= 0.5) out.push({ reason: "forward", part: "forward" });
  return out;
}

/**
 * The reasons a sentence was picked, weightiest first (weight × part; ties in the order above). Never empty: a
 * bullet that none of the parts singles out was the best of what was left.
 */
export function explainParts(parts: ScoreParts, weights: RankWeights = DEFAULT_WEIGHTS): string[] {
  const ranked = reasonsOf(parts)
    .filter((r) => weights[r.part] > 0)
    .map((r, order) => ({ ...r, order, weight: weights[r.part] * parts[r.part] }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  if (ranked.length === 0) return ["the strongest of the remaining sentences"];
  return ranked.map((r) => REASON_WORDS[r.reason]);
}
