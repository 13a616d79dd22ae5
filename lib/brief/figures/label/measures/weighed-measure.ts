import type { Raw } from "#brief/figures/card/figure.ts";
import { WEIGHTS } from "#brief/figures/label/measures/comparative-dimension.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the owlet … weighs a mere half pound": a weight read from a fraction of its unit (unit-part.ts) has no noun of its
// own and no glued unit to name its dimension, so it was left with no label and off the card; the verb of weighing
// before it says what it is, a weight (card audit 51, sample AS's made-up shape 18).

/** Verbs of weighing. */
const WEIGHING = /^weigh(?:s|ed|ing)?$/;

/** How far before the amount the verb may stand ("weighs a mere half pound"). */
const REACH = 4;

/**
 * Labels an unlabelled measure in a unit of weight, after a verb of weighing, "weight"; one left out only for naming
 * nothing but its unit (settled-count.ts: its noun is the unit) is kept, the verb naming what it is.
 */
export function weighedMeasure(toks: readonly Tok[], r: Raw): void {
  // A glued unit ("weigh just 12g") is settled-count.ts's to name or leave out: left out, it is often the same weight
  // said before with more ("shrunk from 15g to 12g").
  if (r.label !== "" || r.glued !== undefined || r.unit === undefined || !WEIGHTS.has(r.unit.toLowerCase())) return;
  if (r.drop && r.noun !== r.unit) return;
  for (let k = r.s - 1; k >= 0 && r.s - k <= REACH; k--) {
    if (isWord(toks[k]) && WEIGHING.test(toks[k]!.l)) {
      r.label = "weight";
      r.drop = false;
      return;
    }
  }
}
