import { DISTANCE_UNITS } from "#brief/figures/label/measures/compass-after.ts";

// "Silva scored with a 58-yard lob": a distance in a compound before a feat's noun is how far the feat went, the news
// of a match report, not a size that describes a thing ("a 28-nation bloc", "a 40-foot yacht"), which
// label-count-noun.ts weighs at 0.6. Left at that weight, the lob ranked below its own ball speed ('62 — mph').
// Not an event's name: "the 100-metre sprint", "a 5km run" are races, whose length is no feat.

/** Nouns of a feat a distance measures: a goal and its kinds of shot, a kick, a throw, a jump, a putt. */
const FEATS = new Set([
  "goal", "lob", "volley", "strike", "shot", "effort", "chip", "drive", "kick", "free-kick", "freekick", "throw", "jump",
  "putt", "punt", "try", "header", "pass",
]);

/**
 * Whether a compound measure in a length's unit names a feat by its label (the noun after it: "lob", "free-kick",
 * "left-foot strike"); not another unit's ("a ten-year goal" is a plan's span).
 */
export function featDistance(unit: string, label: string): boolean {
  return DISTANCE_UNITS.has(unit) && FEATS.has(label.slice(label.lastIndexOf(" ") + 1));
}
