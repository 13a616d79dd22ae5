import type { Raw } from "#brief/figures/card/figure.ts";
import { PUNCT, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "the absolutely one hundred per cent right coach", "I'm not 100 per cent sure", "we will give 100 per cent", "he
// is 100 per cent.": "100 per cent" as an intensifier says how sure, how fit or how hard, and is a share of nothing.
// Read as a percentage it took the word after it as its label ("one hundred per cent — right coach", card audit 18's
// sample L; "100 per cent — sure", "100 percent — fit", "100 per cent — days" over cnndm-dev). A share of something
// ("100 per cent of their genes", "100 per cent cotton", "a 100% guarantee"), a level reached ("penetration reaching
// 100%") and a change ("grew by 100%") stay figures.

/** Words after "100 per cent" that it intensifies: states of being sure, fit or right, and verbs of agreeing. */
const INTENSIFIED = new Set([
  "sure", "certain", "confident", "convinced", "positive", "right", "wrong", "correct", "fit", "fresh", "ok", "okay",
  "committed", "behind", "focused", "honest", "happy", "ready", "fine", "inappropriate", "true", "serious", "healthy",
  "confirm", "agree", "support",
  // Nouns of effort: "100 per cent commitment, nothing distracts him" says how hard, not a share of any commitment.
  "commitment", "effort", "dedication", "determination", "concentration", "focus", "application",
]);

/** Verbs of effort before it: "give 100 per cent". */
const GIVE = new Set(["give", "gives", "gave", "giving", "given"]);

/** Words before it that make it a level or the size of a change: "by 100%", "reaching 100%", "to 100 per cent". */
const LEVEL = new Set(["by", "to", "from", "at", "of", "than", "reach", "reaches", "reached", "reaching", "hit", "hits"]);

/**
 * True, and the figure dropped, when a bare "100 per cent" (no hedge, no range) intensifies a word or a verb rather
 * than sizing a share: before a word of INTENSIFIED, after a verb of GIVE, or with nothing after it that it could be a
 * share of (the sentence's end, a preposition or a pronoun: "trained 100 per cent for two days", "said 100 per cent I
 * should resign"). Cheap for every other percentage: the value is tested first.
 */
export function intensifier(toks: readonly Tok[], r: Raw): boolean {
  if (r.value !== 100 || !r.percent || r.qualifier !== undefined || r.valueMax !== undefined) return false;
  const before = toks[r.s - 1];
  const after = toks[r.e];
  if ((before !== undefined && (LEVEL.has(before.l) || upDown(before) !== undefined)) || after?.l === "of") return false;
  const intensifies =
    GIVE.has(before?.l ?? "") || INTENSIFIED.has(after?.l ?? "") || after === undefined || after.kind === PUNCT || after.pos === "ADP" || after.pos === "PRON";
  if (intensifies) r.drop = true;
  return intensifies;
}
