import { DEFAULT_WEIGHTS, type RankWeights, type ScoreParts } from "#brief/rank.ts";

// "Why this bullet" in an editor's words: the ranker's score parts (rank.ts), each said only when it counted, the
// weightiest first. The cut-offs are where a part starts to matter for the pick: a part that adds little to the score
// is not a reason an editor should read.

export type Reason = "lede" | "top" | "central" | "headline" | "headline-some" | "figures" | "full";

export const REASON_WORDS: Record<Reason, string> = {
  lede: "the opening sentence",
  top: "near the top",
  central: "central to the story",
  headline: "shares the headline's words",
  "headline-some": "shares some headline words",
  figures: "has figures",
  full: "a full, self-contained sentence",
};

/** Part → its reason, when the part is high enough to be one. */
function reasonsOf(parts: ScoreParts): { reason: Reason; part: keyof ScoreParts }[] {
  const out: { reason: Reason; part: keyof ScoreParts }[] = [];
  if (parts.position >= 1) out.push({ reason: "lede", part: "position" });
  else if (parts.position >= 0.5) out.push({ reason: "top", part: "position" });
  if (parts.centrality >= 0.5) out.push({ reason: "central", part: "centrality" });
  if (parts.headline >= 0.5) out.push({ reason: "headline", part: "headline" });
  else if (parts.headline >= 0.2) out.push({ reason: "headline-some", part: "headline" });
  if (parts.figures >= 1) out.push({ reason: "figures", part: "figures" });
  if (parts.length >= 1) out.push({ reason: "full", part: "length" });
  return out;
}

/**
 * The reasons a sentence was picked, weightiest first (weight × part; ties in the order above). Never empty: a
 * bullet that none of the parts singles out was the best of what was left.
 */
export function explainParts(parts: ScoreParts, weights: RankWeights = DEFAULT_WEIGHTS): string[] {
  const ranked = reasonsOf(parts)
    .map((r, order) => ({ ...r, order, weight: weights[r.part] * parts[r.part] }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  if (ranked.length === 0) return ["the strongest of the remaining sentences"];
  return ranked.map((r) => REASON_WORDS[r.reason]);
}
