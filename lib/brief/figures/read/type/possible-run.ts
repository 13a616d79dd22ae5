import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "a leading side can drop three, four, five points in a week": counts listed in an even run under "can" or "could"
// are a speaker groping for a generic possibility, nothing that happened (blind sample BC's made-up shape 13: three
// of four such numbers reached a card). Narrowly: a single count under "can" is a capacity the story reports ("the
// stadium can hold 40,000"), so only a run of three or more joined by commas (and at most a closing "or") whose values
// step evenly (a range read from "20 or 30" gives both ends); "and" adds real counts ("12, 13 and 14 players"), and an
// uneven list ("three, seven, 12") lists them.

/** Modals of a possibility: "can drop", "could cost". */
const MODALS = new Set(["can", "could", "may", "might"]);

/** How many words before the run the modal may stand: "can drop", "could cost them". */
const REACH = 3;

/** The shortest run that is a speaker's groping list rather than two figures: "three, four, five". */
const MIN_RUN = 3;

const isComma = (t: Tok | undefined): boolean => t?.kind === PUNCT && t.s === ",";

/** Whether b follows a with only a comma, "or" or ", or" between: "three, four", "four or five". */
function joined(toks: readonly Tok[], a: Raw, b: Raw): boolean {
  const gap = b.s - a.e;
  if (gap === 1) return isComma(toks[a.e]) || isWord(toks[a.e], "or");
  return gap === 2 && isComma(toks[a.e]) && isWord(toks[a.e + 1], "or");
}

/** Whether r stands in an even run of three or more counts under a modal of possibility. */
export function possibleRun(toks: readonly Tok[], raws: readonly Raw[], r: Raw): boolean {
  // Cheap first: most numbers have no comma or "or" beside them.
  if (!isComma(toks[r.e]) && !isWord(toks[r.e], "or") && !isComma(toks[r.s - 1]) && !isWord(toks[r.s - 1], "or")) return false;
  const i = raws.indexOf(r);
  let first = i;
  while (first > 0 && joined(toks, raws[first - 1]!, raws[first]!)) first--;
  let last = i;
  while (last < raws.length - 1 && joined(toks, raws[last]!, raws[last + 1]!)) last++;
  if (last === first) return false;
  // "10, 20 or 30" is read as 10 and a range "20 or 30": the range's ends are both in the run.
  const values = raws.slice(first, last + 1).flatMap((x) => (x.valueMax === undefined ? [x.value] : [x.value, x.valueMax]));
  if (values.length < MIN_RUN) return false;
  const step = values[1]! - values[0]!;
  for (let k = 1; k < values.length; k++) if (step === 0 || values[k]! - values[k - 1]! !== step) return false;
  for (let k = raws[first]!.s - 1; k >= 0 && raws[first]!.s - k <= REACH + 1; k--) {
    const t = toks[k];
    if (!isWord(t)) return false; // a mark: the run's clause opens after it
    if (MODALS.has(t!.l)) return true;
  }
  return false;
}
