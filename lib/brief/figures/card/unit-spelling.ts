// Units of time written short ("13 yrs", "20 mins") are read as durations (lexicon.ts' DURATIONS) but would show and
// compare as written: the card would say "13 — yrs in league", and same-fact.ts, which asks for equal units, would keep
// "13 yrs" beside "a 13-year career" as a second fact. A duration's unit and label are spelled out once, here.

const SPELLED: ReadonlyMap<string, string> = new Map([
  ["yrs", "years"], ["yr", "year"], ["hrs", "hours"], ["hr", "hour"],
  ["mins", "minutes"], ["min", "minute"], ["secs", "seconds"], ["sec", "second"],
]);

/** A label word SPELLED spells out, between spaces or the label's ends (built from SPELLED, so the two cannot drift). */
const SHORT_WORD = new RegExp(`(?:^| )(?:${[...SPELLED.keys()].join("|")})(?= |$)`);
/** Every such word, alone: what spelledLabel replaces. */
const SHORT_WORDS = new RegExp(`(?<=^| )(?:${[...SPELLED.keys()].join("|")})(?= |$)`, "g");

/** "yrs" → "years"; any other unit as it is. */
export function spelledUnit(unit: string): string {
  return SPELLED.get(unit) ?? unit;
}

/** A duration's label with its short unit words spelled out: "yrs in league" → "years in league". */
export function spelledLabel(label: string): string {
  // Most labels hold no short unit: tested once before any split.
  if (!SHORT_WORD.test(label)) return label;
  // Replaced in place, not split, mapped and joined: the mapped array, met first in the bench's timed passes, undid
  // toFigure's compiled code around it (speed57).
  return label.replace(SHORT_WORDS, (w) => SPELLED.get(w) ?? w);
}
