import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Pereira put the visitors in front in 12 minutes", "The hosts went ahead in 12 minutes through Smith": a goal or a
// lead said to come "in N minutes" is when in the match it came, as "took the lead on 35 minutes" is (type.ts reads
// that as a time); read as a duration it was carded by its unit alone ('12 — minutes'). Only where the words just
// before "in" say a lead: "sold out in 12 minutes", "ran the mile in four minutes", "scored twice in 10 minutes" last.

/**
 * Words that say a lead came: "in front", "ahead", "the lead", "the opener". Not a goal's own words: "has scored a goal
 * in 91 minutes this season" and "scored twice in 10 minutes" are spans.
 */
const GOAL_WORDS = new Set(["front", "ahead", "lead", "opener"]);

/** How far before "in" the goal's word may stand: "put the visitors in front", "scored with a header". */
const REACH = 5;

/** The longest a match runs, with extra time and stoppages: a larger "in N minutes" is no match minute. */
const MATCH_MINUTES = 130;

/** Whether the digits at ci, "in" before and minutes after (end), are the match minute a lead came in. */
export function matchMinute(toks: readonly Tok[], ci: number, end: number, value: number): boolean {
  if (!isWord(toks[ci - 1], "in") || !isWord(toks[end]) || !/^min(?:ute)?s$/.test(toks[end]!.l) || value > MATCH_MINUTES) return false;
  if (isWord(toks[end + 1], "of")) return false;
  for (let k = ci - 2; k >= 0 && ci - 1 - k <= REACH; k--) if (isWord(toks[k]) && GOAL_WORDS.has(toks[k]!.l)) return true;
  return false;
}
