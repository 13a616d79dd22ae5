import { DURATIONS, GLUED_UNITS, MEASURE_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "towards a height of 500 (metres)", "a catch of 40 (kg)": a unit set in brackets right after the digits is the
// number's own, as if glued ("500m"; read-compound.ts), and, where nothing else names it, said as the bare unit is
// ("hitting it 225 (yards)" → distance; label-count.ts). The bracket left the number a bare count labelled by the
// noun before it ('500 — height' [count], card-audit-50's made-up shape 12). Only a bracket holding the unit alone: "500 (about 1,640
// feet)" is a conversion (unit-conversion.ts), "(years)" a time read elsewhere.

/**
 * Words in brackets that are no unit of the number's there: a clause's letter ("section 5 (g)", "paragraph 12 (m)"
 * read grams and metres), a sum ("paid 40 (pounds)": money said bare, not a weight), what a count counts ("38
 * (points)", "(laps)", "(storeys)": a count as "38 points" is, not a measure labelled by the subject).
 */
const NOT_UNITS = new Set(["pounds", "pound", "points", "laps", "storeys", "stories", "floors"]);

/** The unit in brackets at j ("(metres)") and the token after the closing bracket; undefined when there is none. */
export function bracketedUnit(toks: readonly Tok[], j: number): { unit: string; end: number } | undefined {
  const t = toks[j + 1];
  if (toks[j]?.s !== "(" || toks[j + 2]?.s !== ")" || !isWord(t)) return undefined;
  if (t.l.length === 1 || NOT_UNITS.has(t.l)) return undefined;
  const unit = MEASURE_NOUNS.has(t.l) || GLUED_UNITS.has(t.l) ? t.l : undefined;
  return unit === undefined || DURATIONS.has(unit) ? undefined : { unit, end: j + 3 };
}

/** Whether the unit `glued` a figure ending at `e` was read from brackets, past a trailing "or so"/"or more". */
export function saidInBrackets(toks: readonly Tok[], e: number, glued: string): boolean {
  const end = isWord(toks[e - 2], "or") ? e - 2 : e;
  return bracketedUnit(toks, end - 3)?.unit === glued;
}
