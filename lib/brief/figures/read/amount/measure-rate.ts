import type { Raw } from "#brief/figures/card/figure.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "He had been drinking 25 pints a day", "started running up to 20 miles a day", "produces 100,000 barrels a day": a
// measure over a day, a week or a year is a habit or an output, and its period is what tells it from a total. rate.ts
// makes a unit over a second, a minute or an hour a rate unit; the longer periods were left to the labels, which named
// the unit alone ('25 — pints') or its dimension ('up to 20 — distance') and lost the period (card-audit-20.md,
// sample N). The label keeps the period, with the "-ing" verb that does the measuring when one governs the number
// ("drinking a day"), else the unit ("barrels a day").

/** A unit or label compared without case or a plural "s" ("Pints" and "pint"). */
export const bareUnit = (w: string): string => w.toLowerCase().replace(/s$/, "");

/** Labels dimension words a unit alone may have become (unit-dimension.ts), which the period replaces as the unit does. */
const DIMENSIONS = new Set(["distance"]);

/** Relabels a measure labelled by its unit alone that a rate's period follows: true when it did. */
export function measureRate(toks: readonly Tok[], r: Raw): boolean {
  const unit = r.unit ?? r.glued;
  // Cheap first: a measure whose next token may start "a day" or the unit said after the display.
  // A duration's period is label-duration.ts' ("21 hours a week watching TV").
  if (r.drop || unit === undefined || r.kind !== "measure" || r.type === "duration" || toks[r.e] === undefined) return false;
  const label = r.label.toLowerCase();
  if (bareUnit(label) !== bareUnit(unit) && !DIMENSIONS.has(label)) return false;
  // "25 pints a day": the display is the number, its unit the next word.
  const k = isWord(toks[r.e]) && bareUnit(toks[r.e]!.l) === bareUnit(unit) ? r.e + 1 : r.e;
  const period = periodAfter(toks, k);
  if (period === "") return false;
  const verb = toks[r.s - 1];
  const doing = isWord(verb) && verb.l.length > 5 && verb.l.endsWith("ing") && verb.pos === "VERB";
  r.label = `${doing ? verb.l : unit.toLowerCase()} ${period}`;
  return true;
}
