import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "She chaired the board for 31 unbroken years", "worked there for 12 long years": an adjective between a duration's
// number and its unit describes the span, and the span is still spent doing what its clause says ('31 — unbroken
// years'; AK shape 7). label-duration.ts reads such a span as its unit alone, and keeps the adjective when the clause
// names nothing.

// "within the next ten working days", "five trading days": a calendar's word names which days are counted, a unit
// of its own the tagger calls a noun; read as the unit alone too, it is kept in what the clause names (calendarUnit).

/** Words that make a unit of time a calendar's: "working days", "business days", "trading days", "school weeks". */
const CALENDARS = new Set(["working", "business", "trading", "school", "calendar"]);

/** The unit of a count's noun phrase of one adjective and a unit of time ("unbroken years" → years), else undefined. */
export function describedUnit(toks: readonly Tok[], c: Count): string | undefined {
  const adjective = toks[c.e];
  const unit = toks[c.e + 1];
  if (c.npEnd !== c.e + 2 || !isWord(adjective) || (adjective.pos !== "ADJ" && !CALENDARS.has(adjective.l))) return undefined;
  if (!isWord(unit) || !DURATIONS.has(unit.l)) return undefined;
  // "12 billion light years away": a light year is a length, no span of time.
  if (adjective.l === "light") return undefined;
  return c.np === `${adjective.l} ${unit.l}` ? unit.l : undefined;
}

/**
 * A label read from the unit alone (`unit`, "days") given back its calendar's word ("working days to reply to the
 * complaint"), when `np` is a calendar's unit; the label as it was otherwise.
 */
export function calendarUnit(label: string, unit: string, np: string): string {
  return CALENDARS.has(np.split(" ")[0] ?? "") && label.startsWith(`${unit} `) ? `${np}${label.slice(unit.length)}` : label;
}
