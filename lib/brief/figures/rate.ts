import type { Raw } from "#brief/figures/figure.ts";
import { PEOPLE } from "#brief/figures/lexicon.ts";
import type { Count } from "#brief/figures/label-count-noun.ts";
import { nounOf, subjectBefore } from "#brief/figures/phrase.ts";
import { isWord, type Tok } from "#brief/figures/tokens.ts";

// "about 1.2 gigabits per second", "120 km per hour", "500 litres a minute": a unit over a short period is a rate, a
// measure whose unit says the rate and whose label says what has it (the winds, the data rates), else what it is (a
// speed, a data rate, a flow). Longer periods ("20 miles a day", "100,000 barrels a day") are output or habit, and
// are left to the labels of amounts.

const SET = (s: string): ReadonlySet<string> => new Set(s.split(" "));
const DISTANCE = SET("miles mile kilometres kilometers kilometre kilometer km metres meters metre meter m feet foot ft yards yard inches inch centimetres centimeters cm millimetres millimeters mm");
const VOLUME = SET("litres liters litre liter gallons gallon barrels barrel pints pint millilitres milliliters ml cubic");
const DATA = SET("bits kilobits megabits gigabits terabits bytes kilobytes megabytes gigabytes terabytes");
const MASS = SET("tonnes tons tonne ton kilograms kilos kg grams pounds lbs lb");
const PERIODS: ReadonlyMap<string, string> = new Map([["second", "second"], ["sec", "second"], ["minute", "minute"], ["min", "minute"], ["hour", "hour"], ["hr", "hour"]]);

/** What a rate in this unit is, when the sentence does not say what has it. */
function rateKind(unit: string): string | undefined {
  if (DISTANCE.has(unit)) return "speed";
  if (DATA.has(unit)) return "data rate";
  if (VOLUME.has(unit)) return "flow";
  if (MASS.has(unit)) return "rate";
  return undefined;
}

/** Person words whose rate is theirs to say, not what the rate is: "a man drove at 80 miles per hour". */
const PRONOUNS = SET("he she it they we i you who that which");

/**
 * A count whose noun is a unit followed by "per"/"a"/"an" and a second, minute or hour is labelled as a rate: true
 * when it was. The label is the noun the rate is "of" ("winds of 120 km per hour"), else the subject of a link verb
 * ("our data rates are running at about 1.2 gigabits per second"), else what the unit's rate is ("speed").
 */
export function labelRate(toks: readonly Tok[], r: Raw, c: Count): boolean {
  const per = toks[c.npEnd];
  const period = PERIODS.get(toks[c.npEnd + 1]?.l ?? "");
  if (period === undefined || !(isWord(per, "per") || isWord(per, "a") || isWord(per, "an")) || c.np !== c.head) return false;
  const kind = rateKind(c.head);
  if (kind === undefined || r.compound !== undefined) return false;
  r.kind = "measure";
  r.type = "measure";
  r.unit = `${c.head} per ${period}`;
  r.label = whatHasRate(toks, r) || kind;
  // The display says the rate: "up to 192 kilometres per hour".
  r.e = c.npEnd + 2;
  return true;
}

function whatHasRate(toks: readonly Tok[], r: Raw): string {
  // "winds of up to 120 km per hour", "speeds of 75 megabits per second".
  const of = nounOf(toks, r.s);
  if (of !== "") return of;
  const subject = subjectBefore(toks, r.s);
  const head = subject.split(" ").at(-1)?.toLowerCase() ?? "";
  if (subject === "" || PEOPLE.has(head) || PRONOUNS.has(head) || subject.split(" ").every((w) => /^\p{Lu}/u.test(w))) return "";
  return subject;
}
