import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Every reform seems to take us two steps back", "one step forward, two steps back", "always a step ahead": a few
// steps with a direction are a figure of speech for progress or loss, no count of steps ('two — steps'). Only up to
// three: "he walked 20 steps forward" is a count someone made.

/** Directions that make a few steps an idiom. */
const DIRECTIONS = new Set(["back", "backward", "backwards", "forward", "forwards", "ahead", "behind", "closer", "further", "removed"]);

/** How many steps an idiom says at most. */
const MAX_STEPS = 3;

/** Whether the count r is an idiom's few steps with a direction ("two steps back"). */
export function stepsIdiom(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || r.value > MAX_STEPS || r.valueMax !== undefined) return false;
  const noun = toks[r.e];
  return isWord(noun) && (noun.l === "steps" || noun.l === "step") && isWord(toks[r.e + 1]) && DIRECTIONS.has(toks[r.e + 1]!.l);
}
