import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A race distance that names an event: "the world 1500m champion", "5,000m and 10,000m world records", "won the 400m
// hurdles final". Like "4x100m gold" (the figures gold types it an identifier), it says which race, not how far
// anyone went: an editor reads it as a name, and on a card it is junk (card-audit-11, sample E: four of six junk).

/** Nouns after a distance that make it the name of an event. "race" is not among them: "the 253.5km race" is its length. */
const EVENT_NOUNS = new Set(
  "champion champions championship championships title titles crown gold golds silver bronze medal medals medallist medallists medalist medalists record records world-record final finals semi-final semi-finals semifinal heat heats hurdles steeplechase freestyle backstroke breaststroke butterfly medley relay specialist specialists runner runners hurdler hurdlers sprinter sprinters event".split(" "),
);

/** Words that may stand between the distance and the event noun: "10,000m Olympic champion", "1500m world title". */
const EVENT_ADJECTIVES = new Set("world olympic european commonwealth british national indoor outdoor men's women's".split(" "));

/** Units a race distance is glued to. */
const RACE_UNITS = new Set(["m", "km"]);

/** The same units spelt out, as the reader normalises them: "the 800 metre steeplechase" names a race as "800m" does. */
const SPELT_RACE_UNITS = new Set(["metres", "kilometres"]);

/** The words of a spelt unit, when the reader leaves them after the number's span ("the 5,000 metres final"). */
const SPELT_UNIT_WORDS = new Set("metre metres meter meters kilometre kilometres kilometer kilometers".split(" "));

/** Whether a measure is a race distance naming an event: its unit m or km, glued or spelt, an event noun after it. */
export function namesEvent(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent) return false;
  const glued = r.glued !== undefined && RACE_UNITS.has(r.glued);
  // Spelt, a race's distance is whole ("the 800 metre steeplechase"); "a 2.5 metre bronze whaler" is a shark's length.
  if (!glued && !(r.glued === undefined && r.unit !== undefined && SPELT_RACE_UNITS.has(r.unit) && Number.isInteger(r.value))) return false;
  let k = r.e;
  if (!glued && isWord(toks[k]) && SPELT_UNIT_WORDS.has(toks[k]?.l ?? "")) k++;
  // "5,000m and 10,000m world records": another distance joined by "and" or "/" names an event with it.
  if ((isWord(toks[k], "and") || toks[k]?.s === "/") && toks[k + 1]?.kind === NUM && RACE_UNITS.has(toks[k + 2]?.l ?? "")) k += 3;
  while (isWord(toks[k]) && EVENT_ADJECTIVES.has(toks[k]?.l ?? "")) k++;
  return isWord(toks[k]) && EVENT_NOUNS.has(toks[k]?.l ?? "");
}
