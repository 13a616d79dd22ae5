import type { Raw } from "#brief/figures/card/figure.ts";
import { PEOPLE } from "#brief/figures/language/lexicon.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, nounOf } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { forEvery } from "#brief/figures/language/for-every.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "about 1.2 gigabits per second", "120 km per hour", "500 litres a minute": a unit over a short period is a rate, a
// measure whose unit says the rate and whose label says what has it (the winds, the data rates), else what it is (a
// speed, a data rate, a flow). So is a unit "per" another unit or a scale ("10 parts per million", "500 cubic metres
// per second", "30 miles per gallon", "2 litres per capita"): a concentration or a ratio, never a count of its first
// unit. Longer periods ("20 miles a day", "100,000 barrels a day") are output or habit, and are left to the labels of
// amounts.

const SET = (s: string): ReadonlySet<string> => new Set(s.split(" "));
const DISTANCE = SET("miles mile kilometres kilometers kilometre kilometer km metres meters metre meter m feet foot ft yards yard inches inch centimetres centimeters cm millimetres millimeters mm");
const VOLUME = SET("litres liters litre liter gallons gallon barrels barrel pints pint millilitres milliliters ml cubic");
// The singular is said after "one" and a decimal below two: "one terabit per second", "1 gigabit per second".
const DATA = SET("bits kilobits megabits gigabits terabits bytes kilobytes megabytes gigabytes terabytes bit kilobit megabit gigabit terabit byte kilobyte megabyte gigabyte terabyte");
const MASS = SET("tonnes tons tonne ton kilograms kilos kg grams pounds lbs lb milligrams micrograms");
/** A share of a whole said as so many parts of it: only "per" a scale ("parts per million") makes it a unit. */
const PARTS = SET("parts");
/** A body's beats or breaths per minute: a heart or breathing rate ("a racing heartbeat of 200 beats per minute"). */
const PULSES = SET("beats breaths");
const PERIODS: ReadonlyMap<string, string> = new Map([["second", "second"], ["sec", "second"], ["minute", "minute"], ["min", "minute"], ["hour", "hour"], ["hr", "hour"]]);
/** What a unit may be "per", besides a short period: another unit, a scale, a head count ("per capita"). */
const PER_WHAT = SET("million billion thousand trillion hundred capita gallon litre liter kilometre kilometer km mile metre meter kilogram kg tonne ton inch square cubic");
/** Words that make a one-word unit two ("cubic metres", "square kilometres"). */
const UNIT_MODIFIERS = SET("cubic square");

/** What a rate in this unit is, when the sentence does not say what has it. */
function rateKind(unit: string): string | undefined {
  if (DISTANCE.has(unit)) return "speed";
  if (DATA.has(unit)) return "data rate";
  if (VOLUME.has(unit)) return "flow";
  if (MASS.has(unit)) return "rate";
  if (PARTS.has(unit)) return "concentration";
  if (PULSES.has(unit)) return "rate";
  return undefined;
}

/**
 * Whether a unit a rate is said in stands at k, then "per"/"a"/"an" and a second, minute or hour: "one terabit per
 * second", "one mile a minute". read-rejected.ts asks it before taking "one" for an article.
 */
export function rateUnitAt(toks: readonly Tok[], k: number): boolean {
  const per = toks[k + 1];
  return isWord(per) && (per.l === "per" || per.l === "a" || per.l === "an") && PERIODS.has(toks[k + 2]?.l ?? "") && rateKind(toks[k]?.l ?? "") !== undefined;
}

/** Person words whose rate is theirs to say, not what the rate is: "a man drove at 80 miles per hour". */
const PRONOUNS = SET("he she it they we i you who that which");

/**
 * A count whose noun is a unit followed by "per"/"a"/"an" and a second, minute or hour, or by "per" and another unit
 * or a scale, is labelled as a rate: true when it was. The label is the noun the rate is "of" ("winds of 120 km per
 * hour"), else the subject of a link verb ("our data rates are running at about 1.2 gigabits per second"), else what
 * the unit's rate is ("speed", "concentration").
 */
export function labelRate(toks: readonly Tok[], r: Raw, c: Count): boolean {
  if (perBase(toks, r, c) || hyphenRate(toks, r, c)) return true;
  const per = toks[c.npEnd];
  const over = toks[c.npEnd + 1];
  const period = PERIODS.get(over?.l ?? "");
  const byPeriod = period !== undefined && (isWord(per, "per") || isWord(per, "a") || isWord(per, "an"));
  const byUnit = isWord(per, "per") && isWord(over) && PER_WHAT.has(over.l);
  if (!(byPeriod || byUnit) || over === undefined || !(c.np === c.head || UNIT_MODIFIERS.has(c.np.split(" ")[0] ?? "") && c.np.split(" ").length === 2)) return false;
  const modifier = c.np === c.head ? undefined : c.np.split(" ")[0];
  // "cubic metres" are a volume, "square metres" an area: neither flows at a speed.
  const kind = modifier === "cubic" ? "flow" : modifier === "square" ? "rate" : rateKind(c.head);
  if (kind === undefined || r.compound !== undefined || (PARTS.has(c.head) && byPeriod)) return false;
  // "500 cubic metres per second", "30 miles per gallon", "2 litres per square metre": the unit "per" says all of it.
  const perWords = byPeriod ? [period] : UNIT_MODIFIERS.has(over.l) && isWord(toks[c.npEnd + 2]) ? [over.l, toks[c.npEnd + 2]!.l] : [over.l];
  r.kind = "measure";
  r.type = "measure";
  r.unit = `${c.np} per ${perWords.join(" ")}`;
  r.label = whatHasRate(toks, r) || kind;
  // The display says the rate: "up to 192 kilometres per hour".
  r.e = c.npEnd + 1 + perWords.length;
  return true;
}

/**
 * "7.5 connections per 100 people", "3.2 doctors per 1,000 residents": a count per so many of a population is a rate,
 * a measure labelled by both (the base is no figure: type.ts), not a count of connections (card audit 17, sample K).
 */
function perBase(toks: readonly Tok[], r: Raw, c: Count): boolean {
  // "12 doctors for every 100 people" says "per 100 people" in three words.
  const at = forEvery(toks, c.npEnd) ? c.npEnd + 1 : c.npEnd;
  const base = toks[at + 1];
  if (c.np === "" || r.compound !== undefined || !(isWord(toks[at], "per") || at > c.npEnd) || base?.kind !== NUM) return false;
  const end = forwardNP(toks, at + 2);
  if (end === at + 2) return false;
  r.kind = "measure";
  r.type = "measure";
  r.unit = `${c.np} per ${base.s} ${phrase(toks, at + 2, end)}`;
  r.label = r.unit;
  return true;
}

/**
 * "an 80 miles-per-hour ride", "a 100 kilometres-per-hour wind": a unit and its period written as one word before a
 * noun is the same rate as "80 miles per hour", and was read as a count of the compound (card audit 17's sample K:
 * '80 — miles-per-hour ride [count]'). Labelled by the noun it describes ("ride"), else by what the rate is.
 */
function hyphenRate(toks: readonly Tok[], r: Raw, c: Count): boolean {
  const t = toks[c.e];
  const [unit, per, over, ...rest] = isWord(t) ? t.l.split("-") : [];
  const period = PERIODS.get(over ?? "");
  const kind = rateKind(unit ?? "");
  if (per !== "per" || rest.length > 0 || period === undefined || kind === undefined) return false;
  r.kind = "measure";
  r.type = "measure";
  r.unit = `${unit} per ${period}`;
  const end = forwardNP(toks, c.e + 1);
  r.label = end > c.e + 1 ? phrase(toks, c.e + 1, end) : kind;
  r.e = c.e + 1;
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
