import type { Candidate } from "#brief/figures/card/candidates.ts";
import type { FigureKind } from "#brief/figures/card/figure.ts";

// "Days after the couple met again, the militia released 312 captives. … Those freed included 85 children": a count
// said as a part of a total (included-part.ts) is tied to that total, so the pick never ranks the part above it
// (card.ts): a headline word lifting the part ("children") lifted it over its total, which fell off the card
// (card-audit-54's made-up shape M1). A subset should not outrank its own total.

/** How many sentences back a part's total is looked for: "… released 312 captives. Nobody will explain it. Those freed …". */
const WHOLE_REACH = 2;

/** What a total of people counts as: a part of people is of people, whether a toll or a head count. */
const group = (kind: FigureKind): FigureKind => (kind === "casualties" ? "people" : kind);

/**
 * Ties each part (`parts[k]` marks candidate k) to its total: the nearest count before it, in its sentence or up to
 * WHOLE_REACH sentences back, of its kind (people with people, tolls among them; other counts with counts) and larger.
 */
export function partWholes(candidates: Candidate[], parts: readonly boolean[]): void {
  for (let k = 0; k < candidates.length; k++) {
    if (!parts[k]) continue;
    const part = candidates[k]!;
    for (let j = k - 1; j >= 0; j--) {
      const whole = candidates[j]!;
      if (whole.signals.sentence < part.signals.sentence - WHOLE_REACH) break;
      if (group(whole.signals.kind) === group(part.signals.kind) && whole.figure.value > part.figure.value) {
        part.whole = j;
        break;
      }
    }
  }
}
