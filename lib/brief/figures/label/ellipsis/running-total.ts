import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Harlow hit Radley with two tries … and then added two more, reaching four at the break": a bare count a verb of
// reaching governs is the running total of the noun before, not another of what the verb before it did; it inherited
// the whole label of the count before ('four — tries added'; card audit 56, sample AX's made-up shape 2), and with it
// read as the tries added. Labelled by the noun alone and the point the total stands at ("tries at the break"), or
// "in total" when no point is said.

/** Verbs whose bare count is a total reached: "reaching four", "to reach four". */
const REACH_VERBS = new Set(["reach", "reaches", "reached", "reaching"]);

/** Points of a match a running total is said at: "at the break", "by half-time". */
const POINTS = new Set(["break", "half-time", "halftime", "interval", "half", "full-time"]);

/**
 * Whether a verb of reaching governs the bare count at r: "reaching four". Not "took his total to 26": a tally's own
 * noun ("total") stands between, and the count before ("his third goal in two games") lent the wrong noun ('games in
 * total' on a dev card).
 */
function reached(toks: readonly Tok[], r: Raw): boolean {
  const before = toks[r.s - 1];
  return isWord(before) && REACH_VERBS.has(before.l);
}

/** The point of a match after the total ("at the break"), as written; else "in total". */
function pointAfter(toks: readonly Tok[], e: number): string {
  const prep = toks[e];
  if (!isWord(prep) || (prep.l !== "at" && prep.l !== "by")) return "in total";
  const the = isWord(toks[e + 1], "the") ? 1 : 0;
  const point = toks[e + 1 + the];
  return isWord(point) && POINTS.has(point.l) ? `${prep.l} ${the === 1 ? "the " : ""}${point.l}` : "in total";
}

/**
 * The label of a bare count that is a running total of the count before's noun ("tries at the break"), or undefined
 * when no verb of reaching governs it.
 */
export function runningTotal(toks: readonly Tok[], r: Raw, last: Raw): string | undefined {
  if (!reached(toks, r)) return undefined;
  // The count before's noun without its verb: "tries" of "tries added".
  const noun = last.noun ?? (last.fold !== undefined && last.label.endsWith(` ${last.fold}`) ? last.label.slice(0, -last.fold.length - 1) : last.label);
  return noun === "" ? undefined : `${noun} ${pointAfter(toks, r.e)}`;
}
