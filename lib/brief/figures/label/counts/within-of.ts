import type { Raw } from "#brief/figures/card/figure.ts";
import { adjacent, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Moss closed to within three goals of the 40-goal target": the count after "within" is how far the tally still is
// from a mark, no tally of its own; labelled by its noun alone ('three — goals') it read as goals scored (card audit
// 56, sample AX's made-up shape 9). Labelled as the shortfall to the mark the words after "of" name; only a mark's
// word makes it one ("within two miles of the coast" is a place, and a measure).

/** Heads of a mark a tally is short of: "the 40-goal target", "a majority", "his 100-goal milestone". */
const MARKS = new Set(["target", "goal", "milestone", "record", "mark", "total", "tally", "majority", "century", "landmark", "quota"]);

/** Words a mark may open with before its head: an article or an owner. */
const OPENERS = /^(?:the|a|an|its|her|his|their|our|my|your)$/;

/** How many tokens a mark's phrase may hold after its opener ("40 - goal target" is four). */
const MARK_REACH = 5;

/** The mark's words from k to its head, glued where they were written glued ("40-goal target"); else undefined. */
function markAt(toks: readonly Tok[], k: number): string | undefined {
  const from = isWord(toks[k]) && OPENERS.test(toks[k]!.l) ? k + 1 : k;
  let out = "";
  for (let j = from; j < from + MARK_REACH; j++) {
    const t = toks[j];
    if (t === undefined) return undefined;
    // "the 40-goal target": a word glued after a hyphen is a compound's modifier, not the mark's head (nor a verb).
    const modifier = j > from && toks[j - 1]!.s === "-" && adjacent(toks[j - 1]!, t);
    if (isWord(t) && t.pos === "VERB" && !modifier) return undefined;
    out += j > from && !adjacent(toks[j - 1]!, t) ? ` ${t.l}` : t.l;
    if (isWord(t) && MARKS.has(t.l) && !modifier) return out;
  }
  return undefined;
}

/** Labels a count "within N NOUNs of MARK" as the NOUNs short of the mark ("goals short of 40-goal target"). */
export function withinOf(toks: readonly Tok[], r: Raw): void {
  if (r.currency !== undefined || r.percent || r.unit !== undefined || !isWord(toks[r.s - 1], "within")) return;
  const noun = toks[r.e];
  if (!isWord(noun) || !r.label.startsWith(noun.l) || !isWord(toks[r.e + 1], "of")) return;
  const mark = markAt(toks, r.e + 2);
  if (mark !== undefined) r.label = `${noun.l} short of ${mark}`;
}
