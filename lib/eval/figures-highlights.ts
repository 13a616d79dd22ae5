import { stemmer } from "stemmer";
import type { EvalExample } from "#eval/evaluate.ts";
import type { CardFigure } from "#eval/figures-score.ts";
import { naiveNumbers } from "#eval/naive-numbers.ts";

// Highlight recall: the numbers CNN/DailyMail journalists quote in their highlights, and whether a card holds them.

// Ages as highlights write them: "Smith, 26, …", "a boy, 15.", "aged 15", "under the age of 13", "when he was 12",
// "when they were four months old", "10 to 11-year-olds" (a range of ages).
// "aged between 16 and 18", "at the age of just 16", "his 25th birthday" too; "Kelley, now 50,", "McKinnon, then 21,",
// "Munshi and Asmal, both 17,", "Mazzy, who just turned four,", "Jerry, 83 and Marianne, 80" (the age before "and" a name).
const AGE_BEFORE = /(?:\baged?\s+$|\bage\s+of\s+$|,\s*$|\(\s*$|,\s*(?:now|then|both)\s+$|\bturned\s+$)/i;
const AGE_END = /^\s*(?:[,)]|\.?\s*$|and\s+\p{Lu})/u;
/** "aged 78", "aged just 16", "at the age of only 6": an age whatever follows. */
const AGE_WORD = /\b(?:(?:aged?|ages)\s+(?:(?:under|over|about|around|just|only)\s+)?|age\s+of\s+(?:just\s+|only\s+)?)$/i;
const AGED_PAIR = /\b(?:aged?|ages)\s+(?:between\s+$|(?:between\s+)?\d+\s+(?:and|to|-|–)\s*$)/i;
const BIRTHDAY = /^(?:st|nd|rd|th)\s+birthday\b/i;
const AGE_AFTER = /^(?:-?\s?(?:years?|months?|weeks?)[- ]old|\s?(?:to|-|–|and|or)\s?\d+-?\s?years?[- ]olds?)/i;
// "in their 20s", "stars in the 80s and 90s", "the over-50s": a decade or an age group, a year or an age.
const DECADE_AFTER = /^s\b/;
const FRACTION_AFTER = /^[\s-](?:thirds?|quarters?|halves|half|fifths?|tenths?)\b/i;
const WAS_BEFORE = /\b(?:he|she|they|i|we)\s+(?:was|were)\s+(?:just\s+|only\s+)?$/i;
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
// "on June 8", and the second day of "June 8 and 16".
const DATE_BEFORE = new RegExp(`\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|&|to|[-–])\\s*)?$`);
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`);

/** One number a highlight quotes that the article also states (years and ages left out), and whether a card may hold it. */
export interface HighlightNumber {
  value: number;
  /** Index of the highlight it is in, and its offset there. */
  highlight: number;
  at: number;
  /** false for what no card should hold: a date, a clock time, a score, a name ("No 1"). */
  countable: boolean;
}

const CALENDAR = new RegExp(`^(?:${MONTH}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*$`);

/**
 * A number inside a name: glued to letters ("F1", "M6", "CF-18", "U21s", "BRCA1"); digits after a capitalised word that
 * does not open the highlight, ending a phrase ("Interstate 16.", "UFC 186", "Channel 4", "Apollo 11 and"); a capitalised
 * number word inside the highlight ("Formula One", "Bali Nine", "Six Nations"). Not money ("Newcastle £500,000"), not an
 * ordinal ("Alonso 12th"), not before a lowercase word ("Klopp two years ago", "Liverpool eight points"), not after a
 * month or weekday (dates are judged apart) nor a possessive ("Chelsea's 20 goals").
 */
function nameNumber(before: string, display: string, after: string): boolean {
  if (!/^[\dA-Za-z]/.test(display) || /^(?:st|nd|rd|th)\b/i.test(after)) return false;
  // Glued to letters, a hyphen only after a capital ("CF-18", not "approximately-30"); letters after digits are a unit
  // ("6ft3in"), not a name.
  const glued = /([A-Za-z]+)(-?)$/.exec(before);
  if (/^\d/.test(display) && glued !== null && (glued[2] === "" || /[A-Z]$/.test(glued[1] ?? "")) && !/\d$/.test(before.slice(0, glued.index))) return true;
  const prev = /(\S+)\s+$/.exec(before)?.[1] ?? "";
  const rest = before.trimEnd().slice(0, -prev.length || undefined).trim();
  const inside = rest !== "" && !/[.:;!?'"‘“(]$/.test(rest) && !/[.:;!?,]$/.test(prev);
  if (/^\p{Lu}\p{Ll}/u.test(display)) return inside || /^\p{Lu}[\p{L}.]*$/u.test(prev);
  const endsPhrase = !/^\s+\p{Ll}/u.test(after);
  return inside && endsPhrase && /^\p{Lu}[\p{L}.]*$/u.test(prev) && !CALENDAR.test(prev.replace(/\.$/, ""));
}

/** Every number the highlights quote that the article also states, in order, years and ages left out. */
export function highlightOccurrences(example: EvalExample, articleValues: ReadonlySet<number>): HighlightNumber[] {
  const out: HighlightNumber[] = [];
  const sentences = example.highlights.map((text, index) => ({ text, index }));
  for (const n of naiveNumbers(sentences)) {
    const text = sentences[n.sentence]?.text ?? "";
    const before = text.slice(0, n.at);
    const after = text.slice(n.at + n.display.length);
    const age = AGE_AFTER.test(after) || AGE_WORD.test(before) || AGED_PAIR.test(before) || BIRTHDAY.test(after) || (AGE_BEFORE.test(before) && AGE_END.test(after)) || (/^\d+$/.test(n.display) && DECADE_AFTER.test(after)) || (WAS_BEFORE.test(before) && /^\s*(?:[,.;]|$)/.test(after));
    if (age) continue;
    // "No one was hurt" names no number; "one third" is a fraction, not one of anything (the naive reader sees 1).
    if ((/^one$/i.test(n.display) && /\bno\s+$/i.test(before)) || FRACTION_AFTER.test(after)) continue;
    if (!articleValues.has(n.value)) continue;
    // "4-2", and a golfer's "2-over 74", "16-under-par", "18 under par".
    const score = /\d[-–]$/.test(before) || /^[-–]\d/.test(after) || /-(?:over|under)\s+$/i.test(before) || /^(?:-(?:over|under)\b|\s(?:over|under)[- ]par\b)/i.test(after);
    // "2013/14" (a season), "9/11", "May 5/6", odds of "500/1".
    const joined = /\d\/$/.test(before) || /^\/\d/.test(after);
    const date = DATE_BEFORE.test(before) || DATE_AFTER.test(after);
    // "8am", "7:30", and a minute of a match: "the 35th minute", "on seven minutes".
    const time = /^(?::\d|\s?[ap]\.?m\b|(?:st|nd|rd|th)[\s-]minute\b)/i.test(after) || (/\bon\s+$/i.test(before) && /^\s?minutes?\b/i.test(after));
    // "No 1", "the Wasps No 8", "Germany Under 21", "League One", "Boeing 747": names, not amounts.
    const identifier = /\b(?:No\.?|Under|League|Boeing)\s*$/i.test(before) || nameNumber(before, n.display, after);
    out.push({ value: n.value, highlight: n.sentence, at: n.at, countable: !(score || joined || date || time || identifier) });
  }
  return out;
}

/**
 * Numbers a highlight quotes that the article also states, years and ages left out (the measure);
 * `countable` also leaves out what no card should hold: dates, clock times, scores and "No 1".
 */
export function highlightNumbers(example: EvalExample, articleValues: ReadonlySet<number>): { quoted: Set<number>; countable: Set<number> } {
  const occurrences = highlightOccurrences(example, articleValues);
  return { quoted: new Set(occurrences.map((n) => n.value)), countable: new Set(occurrences.filter((n) => n.countable).map((n) => n.value)) };
}

/** Words too common to say what a number is about. */
const COMMON = new Set(
  ("a an the of in on at for to from by with and or as per its their his her he she it they we you i is are was were be been " +
    "has have had will would could can may said says say that this who which after before than more over up out into about just " +
    "also not no but all one two three four five six seven eight nine ten")
    .split(" "),
);

/** Content stems of a text, each word as the scorer compares them. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().split(/[^\p{L}']+/u)) {
    const word = w.replace(/^'+|'+$/g, "").replace(/'s$/, "");
    if (word.length < 3 || COMMON.has(word)) continue;
    out.push(stemmer(word));
  }
  return out;
}

/** How many words either side of a highlight number say what it counts ("Five [men and one woman were arrested]"). */
const FACT_WINDOW = 4;

/** The content stems within FACT_WINDOW words either side of a highlight number: what the highlight says it is. */
export function factStems(highlight: string, at: number): Set<string> {
  const before = highlight.slice(0, at).split(/\s+/).filter((w) => w !== "").slice(-FACT_WINDOW);
  const after = highlight.slice(at).split(/\s+/).filter((w) => w !== "").slice(1, 1 + FACT_WINDOW);
  return new Set(contentStems([...before, ...after].join(" ")));
}

/** What a figure prints, scored (CardFigure: its change a number) or as read and carded (Raw, KeyFigure). */
interface Printed {
  value: number;
  /** Its words as the article writes them, when known. */
  display?: string;
  valueMax?: number;
  previous?: number;
  change?: number | { value: number };
}

/**
 * A card figure holds a highlight number when it prints the value (a range's upper end, the earlier value and the
 * change included: the card prints them too), or when its words hold the number as the highlights are read: the
 * highlight's "One in three women" is the card's "One in three" (0.333), its "6-foot-8" the card's 6.667 ft, its
 * "two million pre-orders" (read 2, as the naive reader reads both) the card's "some two million". One rule for the
 * scorer and the scripts that explain and fit it.
 */
export const holdsValue = (f: Printed, v: number): boolean =>
  f.value === v ||
  f.valueMax === v ||
  f.previous === v ||
  (typeof f.change === "number" ? f.change : f.change?.value) === v ||
  (f.display !== undefined && f.display !== "" && printsNumber(f.display, v));

/** The display's words hold `v` as a highlight's would: "two-thirds" is a fraction, as highlightOccurrences skips it, no 2. */
const printsNumber = (display: string, v: number): boolean =>
  naiveNumbers([{ text: display, index: 0 }]).some((n) => n.value === v && !FRACTION_AFTER.test(display.slice(n.at + n.display.length)));

/**
 * The same fact, not only the same number: the card figure's sentence shares a content word with the highlight's words
 * around the number. Value alone credits a card for any equal number of the article ("one of its 11 channels" is held
 * by "One resident said"; "two boats" by "a two-year shutdown"), and the naive card, which takes every early number,
 * far more often. One rule for both cards.
 */
export function holdsFact(f: CardFigure, o: HighlightNumber, highlight: string): boolean {
  if (!holdsValue(f, o.value)) return false;
  const words = factStems(highlight, o.at);
  return contentStems(f.sentenceText).some((w) => words.has(w));
}
