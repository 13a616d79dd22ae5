import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { MODALS } from "#brief/figures/language/lexicon.ts";

// "How Kerr could have put the visitors three goals up inside eight minutes will trouble Morton", "the hosts should
// have been five goals ahead by half-time": a lead after "MODAL have" is one a side might have had and did not, no
// goals anyone scored (card-audit-53's made-up shape 4, junk on a card: 'three — goals'). Only a margin said with its
// direction ("N goals up/ahead/clear/in front"): "Kerr put the visitors three goals up" and "could have scored three
// goals" (a tally the next sentences may bear out or deny) are read as before.

/** What a side leads or trails by. */
const MARGIN_NOUNS = new Set(["goal", "goals", "point", "points", "try", "tries", "run", "runs", "shot", "shots", "stroke", "strokes", "length", "lengths", "game", "games", "frame", "frames", "set", "sets"]);

/** Words after the margin that make it a lead or a deficit. */
const DIRECTIONS = new Set(["up", "ahead", "clear", "down", "behind", "adrift"]);

/** How far before the number the modal's "have" is looked for: "could easily have been", "could have put the hosts". */
const REACH = 6;

/** Whether the count r is a margin a side might have led or trailed by ("should have been two goals ahead"). */
export function unrealLead(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || !isWord(toks[r.e]) || !MARGIN_NOUNS.has(toks[r.e]!.l)) return false;
  const after = toks[r.e + 1];
  const directed = isWord(after) && (DIRECTIONS.has(after.l) || (after.l === "in" && isWord(toks[r.e + 2], "front")));
  if (!directed) return false;
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    const t = toks[k]!;
    if (!isWord(t)) return false; // a comma or a stop ends the clause the lead is said in
    // "could easily have": one adverb may stand between the modal and "have".
    if (t.l === "have" && (MODALS.has(toks[k - 1]?.l ?? "") || (toks[k - 1]?.pos === "ADV" && MODALS.has(toks[k - 2]?.l ?? "")))) return true;
  }
  return false;
}
