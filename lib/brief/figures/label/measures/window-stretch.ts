import type { Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { DISTANCE_UNITS } from "#brief/figures/label/measures/compass-after.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "My calf went on the last 400m of the night": a length said "of" a period is a stretch of the distance covered then,
// not a span of that period: count-kind.ts no longer types a glued one a duration by the period's noun (it printed
// '400m' [duration, '400 night'] — night: blind sample BB's made-up shape 5). Its label, the period alone ("the last
// 400 metres of the night" too), says when, not what: after a window word it is that stretch ('last stretch of
// night'), as "the first six months of life" is 'first months of life' (measured-thing.ts). "the last 400m of the
// race" names the race and keeps it; a weight is no stretch ("the final 5kg of the season").

/** Window words before a length that make it a stretch of what follows "of": "the last 400m", "the opening 5km". */
const WINDOWS = new Set(["first", "last", "final", "opening", "closing"]);

/** Labels a length after a window word and labelled by a period (said "of" it), 'WINDOW stretch of PERIOD'. */
export function windowStretch(toks: readonly Tok[], r: Raw): void {
  if (!DISTANCE_UNITS.has(r.unit ?? "") || !DURATIONS.has(r.label)) return;
  const window = toks[r.s - 1];
  if (isWord(window) && WINDOWS.has(window.l)) r.label = `${window.l} stretch of ${r.label}`;
}
