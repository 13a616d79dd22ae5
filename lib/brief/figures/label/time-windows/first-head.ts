import type { Tok } from "#brief/figures/language/tokens.ts";

// "their first national final in 11 years", "a first Grand Slam in 27 years", "their first major in five years": the
// thing a "first" counts is said with no word the tagger calls a noun, the run of describing words or a name's parts
// ending on the "in" (duration-position.ts' firstOf finds no noun and left '11 — years'). The run's last words are the
// thing then ("years since last national final", "years since last Grand Slam"). A people's word, which the tagger
// calls a name or an adjective ("the first British in 20 years", "the first South African"), says who, not what was
// last done: nothing.

/** Endings of a people's word: British, Chinese, American, Israeli, French, Greek, Swiss. */
const DEMONYM = /(?:ish|ese|an|i|ch|ek|ss)$/;

/** How many of the run's last words the thing keeps: "national final", "Grand Slam". */
const HEAD_WORDS = 2;

/**
 * The thing a run of adjectives and name parts from `k` to `end` (the "in" or "for" before the time) names, its name
 * parts as written; "" when the run is empty or ends on a people's word.
 */
export function firstHead(toks: readonly Tok[], k: number, end: number): string {
  const last = toks[end - 1];
  if (last === undefined || DEMONYM.test(last.l)) return "";
  return toks
    .slice(Math.max(k, end - HEAD_WORDS), end)
    .map((t) => (t.pos === "PROPN" ? t.s : t.l))
    .join(" ");
}
