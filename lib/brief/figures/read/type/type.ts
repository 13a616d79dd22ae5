import { pastModelNumber } from "#brief/figures/language/model-number.ts";
import { primedHeight } from "#brief/figures/read/amount/read-height.ts";
import { CARDINAL_WORDS, MINOR_CURRENCY } from "#news/numbers.ts";
import { AGE_BEFORE, AUXILIARIES, DAYPARTS, DURATIONS, gluedUnit, IDENTIFIER_WORDS, MEASURE_NOUNS, MONTHS, PEOPLE, PERSON_NOUNS, TIME_WORDS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import type { NumberType } from "#brief/figures/card/figure.ts";
import type { Core } from "#brief/figures/read/amount/read-core.ts";
import { ageBound } from "#brief/figures/read/type/age-bound.ts";
import { PERSON } from "#brief/figures/read/type/one.ts";
import { asideAge } from "#brief/figures/read/type/aside-age.ts";
import { bettingOdds } from "#brief/figures/read/type/odds.ts";
import { titleBeforeRole } from "#brief/figures/read/type/title-role.ts";
import { calledTitle } from "#brief/figures/read/type/called-title.ts";
import { workTitle } from "#brief/figures/read/type/work-title.ts";
import { ageWithDays } from "#brief/figures/read/type/age-days.ts";
import { ageLimit } from "#brief/figures/read/type/age-limit.ts";
import { verbOpensClause } from "#brief/figures/read/type/age-clause-end.ts";
import { forEvery } from "#brief/figures/language/for-every.ts";
import { hedgedAge } from "#brief/figures/read/type/hedged-age.ts";
import { ageRange } from "#brief/figures/read/type/age-range-end.ts";
import { splitMeridiem } from "#brief/figures/read/type/split-meridiem.ts";
import { bracketCutYear } from "#brief/figures/read/type/bracket-year.ts";
import { stageSpan } from "#brief/figures/read/type/stage-ago.ts";
import { matchMinute } from "#brief/figures/read/type/match-minute.ts";
import { roundScore } from "#brief/figures/read/type/round-score.ts";
import { adjacent, atSentenceStart, CUR, isCapitalised, isWord, NUM, PUNCT, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// Typing a digit amount: dates, clock times, years, ages, phone numbers and identifiers are not figures.

/** Hedges that may stand between "aged" and an age ("aged under 30"). */
const AGE_HEDGES = new Set(["under", "over", "about", "around", "between", "from", "roughly", "nearly", "almost"]);

/**
 * Verbs that set a level an amount is "at" ("closed at 43"), not an age; an estimate "put at" or "estimated at" a
 * number ("a crowd which police put at 40,") is a count of the thing estimated.
 */
const LEVEL_VERBS = /^(?:closed|opened|ended|finished|traded|stood|stands|remained|remains|peaked|capped|priced|valued|set|fixed|held|kept|was|is|were|are|be|been|rate|rates|level|high|low|put|puts|estimated|estimates|placed|pegged|reckoned)$/;

/** Emergency and police lines: "called 911", "rang 999.", "a 911 dispatcher", "contact police on 101". */
const EMERGENCY = new Set(["911", "999", "112", "101"]);
const CALL_WORDS = new Set(["call", "called", "calling", "calls", "dial", "dialled", "dialed", "dialling", "dialing", "ring", "rang", "ringing", "phone", "phoned", "phoning", "on"]);
const LINE_WORDS = new Set(["call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators", "number", "line", "emergency", "service", "services", "system", "tape", "tapes", "recording", "recordings", "centre", "center"]);

/**
 * An emergency number said as one: after a call verb, before a word of the line ("911 dispatcher", "999 calls"), or,
 * for 911, 999 and 112, with no noun right after it ("her call to 911 has been released", "ignorant of 999.");
 * "the vaults' 999 boxes" and "101 successes" still count, and "a break of 101" is no call.
 */
function emergencyNumber(digits: string, prev: Tok | undefined, next: Tok | undefined): boolean {
  if (!EMERGENCY.has(digits)) return false;
  if (isWord(prev) && CALL_WORDS.has(prev.l)) return true;
  if (isWord(next) && LINE_WORDS.has(next.l)) return true;
  // 101 is a count as often as a line; 911, 999 and 112 count only the noun right after them.
  if (digits === "101") return false;
  return !(isWord(next) && (next.pos === "NOUN" || (next.pos === undefined && next.l.endsWith("s"))));
}

/** Verbs that say how old someone is: "he was 19", "when she turned 18". */
const COPULAS = new Set(["is", "was", "are", "were", "be", "been", "being", "turned", "turns", "turning", "turn"]);
/** Contracted subject and copula: "he's 19", "I'm 16" ("we're now three" is a family of three, not an age). */
const CONTRACTED = /^(?:he|she|i)'(?:s|m)$/;
/** Pronouns that stand for a person. */
const PERSONAL = new Set(["he", "she", "i", "we", "they", "you", "who"]);
/** Verbs of a speaker's aside between a subject and its copula: "who I'd say was", "who we think was". */
const ASIDE_VERBS = new Set(["say", "think", "believe", "guess", "reckon", "suppose", "imagine"]);
/** Words that may stand between a subject and its copula ("would have been", "couldn't be", "is now", "to be"). */
const BETWEEN = new Set(["to", "still", "now", "then", "already", "only", "just", "barely", "probably"]);
/** What may follow a bare age: the end of its clause, or "at the time", "when he…", "in July". */
const AFTER_AGE = new Set(["when", "at", "and", "but", "yet", "while", "as", "before", "until", "so", "in", "on"]);

/**
 * "Tsarnaev was 19 at the time", "when he was just 14", "the girl, who is almost 22,", "users are over 18", "aged just
 * six", "at the age of just 16": a bare number said of a person with a copula, or after "aged" over a hedge, is an age.
 * `s` is the first token of the display (its hedge included), `end` the token after the number (and its range).
 * A plural name before "are"/"were" is a team or a party ("Democrats were 46"), not an age.
 */
export function ageSaid(toks: readonly Tok[], s: number, end: number): boolean {
  // "11 victims as young as 15", "A widow at just 21,": an age behind a hedge (hedged-age.ts).
  if (hedgedAge(toks, s, end)) return true;
  // "children under five and pregnant women", "a boy under 14.": a bound of age said in words, or after one person.
  if (ageBound(toks, s, end)) return true;
  // "daughter Isla, eight.", "Wayne, then 33,", "her sister, 20.": an age closing an aside after a person (aside-age.ts).
  if (asideAge(toks, s, end)) return true;
  // "four children aged from one to 11", "aged between six and 16": an age range opened after "aged" (age-range-end.ts).
  if (ageRange(toks, s)) return true;
  // "jurors must be 19,", "a reduction of the drinking age to 16": an age limit set or changed (age-limit.ts).
  if (ageLimit(toks, s, end)) return true;
  const before = toks[listStart(toks, s)];
  if (!isWord(before)) return false;
  // "aged just 11", "aged seven", "under the age of ten", "aged four, six, eight, 10 and 16": an age, hedged or not.
  if (AGE_BEFORE.has(before.l) || (before.l === "of" && AGE_BEFORE.has(toks[s - 2]?.l ?? ""))) return true;
  const next = toks[end];
  // "a girl of 15 who was missing": "of" after a person gives an age.
  if (before.l === "of" && PERSON_NOUNS.has(toks[s - 2]?.l ?? "") && (next === undefined || next.kind === PUNCT || isWord(next, "who"))) return true;
  if (toks[s - 1] !== before) return false;
  // "is now 53", "is still 16"
  let v = s - 1;
  while (v > s - 3 && isWord(toks[v]) && BETWEEN.has(toks[v]?.l ?? "")) v--;
  const verb = toks[v];
  // Asked before the clause's end, which may read the next word's tag: a number after no copula is no age either way,
  // and its sentence need not be tagged for it (493 of 5,675 taggings a bench pass were for that alone).
  const contracted = isWord(verb) && CONTRACTED.test(verb.l);
  if (!isWord(verb) || (!contracted && !COPULAS.has(verb.l))) return false;
  // "whose sons are over 21 still have": the next clause's verb ends it too (age-clause-end.ts).
  const clauseEnd = next === undefined || (next.kind === PUNCT && next.s !== "%" && next.s !== "-") || (isWord(next) && AFTER_AGE.has(next.l)) || verbOpensClause(toks, end);
  // "Shaw was 19 in July", "who is 35 on April 28", "turns 18 on 3 May": "in" and "on" only before a date ("was 19 in
  // the table", "is 35 on the list" are no ages).
  if (!clauseEnd || ((isWord(next, "in") || isWord(next, "on")) && !dateAhead(toks, end + 1))) return false;
  if (contracted) return true;
  if (verb.l.startsWith("turn")) return true;
  let k = v - 1;
  while (k >= 0 && k > v - 5 && isWord(toks[k]) && (AUXILIARIES.has(toks[k]?.l ?? "") || BETWEEN.has(toks[k]?.l ?? ""))) k--;
  // "another child who I'd say was about seven or eight", "a boy who many think was 12": an aside (its speaker and verb)
  // stands between the subject and its copula.
  if (isWord(toks[k]) && ASIDE_VERBS.has(toks[k]?.l ?? "") && isWord(toks[k - 1])) k -= 2;
  // "when her son Tom, now 30, was just six": an aside set off by commas stands between the subject and its copula.
  k = beforeAside(toks, k);
  const subject = toks[k];
  if (!isWord(subject)) return false;
  if (PERSONAL.has(subject.l) || personNoun(subject.l) || (PEOPLE.has(subject.l) && !NOT_PEOPLE.has(subject.l))) return true;
  const named = subject.pos === "PROPN" || (isCapitalised(subject) && !atSentenceStart(toks, k));
  const plural = verb.l === "are" || verb.l === "were";
  return named && !plural && !MONTHS.has(subject.l) && !WEEKDAYS.has(subject.l);
}

/** Tokens an aside between commas may hold before a copula: ", now 30,", ", then a nurse,". */
const ASIDE_MAX = 4;

/**
 * The token before a short aside that closes with the comma at `k` ("Tom, now 30, was": the "Tom"); `k` itself when
 * no comma closes there, or no opening comma is near enough for an aside.
 */
function beforeAside(toks: readonly Tok[], k: number): number {
  if (toks[k]?.s !== ",") return k;
  for (let j = k - 2; j >= k - 1 - ASIDE_MAX && j > 0; j--) if (toks[j]?.s === ",") return j - 1;
  return k;
}

/**
 * A singular noun of a person a copula and a bare number may give the age of: "the man was 19", and the soldiers, drivers
 * and officers a toll or an arrest names ("the army said the third soldier was 19" read '19 — third soldier', a count).
 */
function personNoun(w: string): boolean {
  // "whose sons are over 21": a person noun's plural, as its singular (sample BD read the 21 as a count of sons).
  const singular = w.endsWith("s") ? w.slice(0, -1) : w;
  return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(singular) || PERSON.has(w) || (PEOPLE.has(`${w}s`) && !NOT_PEOPLE.has(`${w}s`));
}

/** A month or weekday at k, or a day number then a month ("3 May"). */
function dateAhead(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]?.l ?? "";
  if (MONTHS.has(t) || WEEKDAYS.has(t)) return true;
  return toks[k]?.kind === NUM && MONTHS.has(toks[k + 1]?.l ?? "");
}

/**
 * The token before a list of numbers that ends at s ("aged four, six, eight, 10 and 16" → "aged"); the token before s
 * when s starts no list.
 */
function listStart(toks: readonly Tok[], s: number): number {
  let k = s - 1;
  while (k >= 1 && (toks[k]?.s === "," || isWord(toks[k], "and") || isWord(toks[k], "or")) && isNumber(toks[k - 1])) k -= 2;
  return k;
}

const isNumber = (t: Tok | undefined): boolean => t !== undefined && (t.kind === NUM || CARDINAL_WORDS.has(t.l));

/** Words before an earlier year: "in 1222", "until 1348", "since 1580". */
const YEAR_BEFORE = new Set(["in", "until", "till", "since", "circa", "around", "from", "by"]);
/** Words that may follow a year in its sentence: "in 1348 that", "in 1683 as", "in 1222 the council". */
const CONJ_AFTER_YEAR = new Set(["that", "and", "when", "as", "the", "a", "before", "after"]);

/** Words of the PEOPLE list that are not persons with an age. */
const NOT_PEOPLE = new Set(["votes", "ballots", "jobs", "arrests", "staff", "crew", "members", "police"]);

/**
 * "his own three-way success", "a two-way street", "a five-way tie", "the seven-way leaders' debate": an "N-way"
 * compound says how many sides its noun has, and "ways" is nothing anyone counts, so it is no figure (card audit 14's
 * 'three-way — ways'); every such compound in cnndm-dev and dev-bbc (13) describes its noun so.
 */
export function describesSides(compound: string | undefined): boolean {
  return compound === "way" || compound === "ways";
}

/**
 * "formed 172,000 to 130,000 years ago": time counted back runs from the larger number to the smaller, so a falling
 * "to" before "years ago" ("million years ago") at k is one span of time (130,000–172,000 years ago), not a count of
 * 172,000 and a duration.
 */
export function agoAfter(toks: readonly Tok[], k: number): boolean {
  const unit = isWord(toks[k], "million") || isWord(toks[k], "billion") ? k + 1 : k;
  return isWord(toks[unit]) && DURATIONS.has(toks[unit]?.l ?? "") && isWord(toks[unit + 1], "ago");
}

/** Words after "at 10.30" that place it in a day: it is a clock time, not an amount. */
const CLOCK_AFTER = /^(?:that|this|on|in|last|tonight|today|yesterday|tomorrow|and|when|local)$/;

/** Units of time a count after a name is measured in: a duration, not a model number ("season" and "second" name both). */
const TIME_SPANS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies))$/;

/**
 * Whether a part of the day stands one to three tokens before toks[ci] with only "about", "around" or "at" between:
 * "in the morning about 7". Loops, not a slice and two closures: asked of every digit amount from 1 to 12.
 */
function daypartBefore(toks: readonly Tok[], ci: number): boolean {
  for (let d = 1; d <= 3; d++) {
    if (!DAYPARTS.has(toks[ci - d]?.l ?? "")) continue;
    let between = true;
    for (let k = ci - d + 1; k < ci && between; k++) between = toks[k]!.l === "about" || toks[k]!.l === "around" || toks[k]!.l === "at";
    if (between) return true;
  }
  return false;
}

/** What a digit amount is when it is no key figure (a date, time, year, age or identifier), else undefined. */
export function excludedDigits(toks: readonly Tok[], ci: number, core: Core, hasQualifier: boolean): NumberType | undefined {
  const t = toks[ci];
  if (t === undefined || core.digits === undefined) return "other";
  const prev = toks[ci - 1];
  const next = toks[core.end];
  const digits = core.digits;
  // "the 6/4 favourite", "a 100/1 shot": betting odds, a ratio, not the date "6/4" would be (odds.ts).
  if (bettingOdds(toks, ci, core.end)) return "other";
  // Glued to letters or symbols: "G20", "#7", "+44", "Covid-19", "mid-2015", the 11 of "17/11", the 50 of "20:50".
  // ".247", ".45-caliber": a decimal without its leading zero (leading-point.ts) is no date; with no percent or
  // currency it measures something the words round it rarely name (a blood-alcohol level, a calibre, an average).
  if (digits.startsWith("0.") && prev?.s === ".") return "other";
  if (prev && adjacent(prev, t) && prev.kind !== CUR && prev.s !== "(" && !/^["'“‘]$/.test(prev.s)) {
    if (prev.s !== "-" && prev.s !== "–") return prev.s === "/" || prev.s === "." ? "date" : prev.s === ":" ? "time" : "identifier";
    const pp = toks[ci - 2];
    // ("a magnitude-7.8 quake" is a measure on a scale: magnitude.ts labels it.)
    if (pp && adjacent(pp, prev) && (pp.kind === WORD || pp.kind === NUM) && pp.l !== "magnitude") return pp.kind === NUM ? "date" : "identifier";
  }
  // Dates, times, ratios, versions: "17/11", "20:50", "17.11.2015".
  if (next && adjacent(toks[core.end - 1], next) && (next.s === "/" || next.s === ":" || next.s === ".") && toks[core.end + 1]?.kind === NUM && adjacent(next, toks[core.end + 1])) {
    return next.s === ":" ? "time" : next.s === "." && digits.includes(".") ? "identifier" : "date";
  }
  // "post-9 / 11", "9 / 11": a date written with spaces round its slash is the date "9/11" is, both of its numbers.
  if ((prev?.s === "/" && toks[ci - 2]?.kind === NUM) || (next?.s === "/" && toks[core.end + 1]?.kind === NUM)) return "date";
  // "at 1400 hrs" is the clock; "took 3 hrs", "a 24 hrs wait" are durations (lexicon.ts' DURATIONS, unit-spelling.ts).
  if (next && next.kind === WORD && TIME_WORDS.has(next.l) && (next.l !== "hrs" || /^\d{4}$/.test(digits))) return "time";
  // "around 1p. m. Tuesday", "11 a. m.": the meridiem cut by a space (split-meridiem.ts).
  if (core.value >= 1 && core.value <= 12 && splitMeridiem(toks, core.end)) return "time";
  // "at 10.30 that night", "by 9.45 on Friday": an hour and its minutes after a word of when, before none of amount
  // ("closed at 10.30 on Friday" is a level).
  if (/^(?:[01]?\d|2[0-3])\.[0-5]\d$/.test(digits) && /^(?:at|by|until|till|from|after|before|around)$/.test(prev?.l ?? "") && !LEVEL_VERBS.test(toks[ci - 2]?.l ?? "") && (next === undefined || next.kind !== WORD || CLOCK_AFTER.test(next.l))) return "time";
  // "took the lead on 35 minutes": when in a match it happened, not how long ("10 minutes of footage" lasts).
  if (isWord(prev, "on") && isWord(next) && /^min(?:ute)?s$/.test(next.l) && !isWord(toks[core.end + 1], "of") && !digits.includes(".") && core.value <= 130) return "time";
  // "put the visitors in front in 12 minutes": a goal's or a lead's match minute too (match-minute.ts).
  if (!digits.includes(".") && matchMinute(toks, ci, core.end, core.value)) return "time";
  // "in the morning about 7 or 8", "at 6 in the evening": an hour said without "am" or "pm".
  if (!digits.includes(".") && core.value >= 1 && core.value <= 12 && core.exponent === 0) {
    const after = isWord(next, "in") && isWord(toks[core.end + 1], "the") && DAYPARTS.has(toks[core.end + 2]?.l ?? "");
    const before = daypartBefore(toks, ci);
    // "Thursday afternoon about 8 inches below": a unit after it makes it a measure.
    const bare = next === undefined || next.kind !== WORD || /^(?:or|and|to|in|on)$/.test(next.l);
    if (after || (before && bare)) return "time";
  }
  if (next && next.kind === WORD && adjacent(toks[core.end - 1], next) && !core.ordinal && core.exponent === 0) {
    // "1990s", "4G", "3D"; a glued unit ("5km") is read by the caller, and so is a unit of time written out ("after
    // 16minutes", "90mins"): a duration with its space left out, as the cleaner leaves a non-breaking space.
    // A capital "G" is a network's generation ("4G"), no gram (lexicon.ts' GLUED_UNITS). A measure's whole word glued
    // the same way ("more than 150miles away") is its unit, as the noun it would be spaced.
    if ((gluedUnit(next.l) === undefined || next.s === "G") && !MINOR_CURRENCY.has(next.l) && !DURATIONS.has(next.l) && !MEASURE_NOUNS.has(next.l)) return next.l === "s" && /^\d+0$/.test(digits) ? "year" : "identifier";
  }
  // "May 2 and 3", "2 and 3 May": the second day of a pair.
  if (prev && prev.kind === WORD && (prev.l === "and" || prev.l === "or" || prev.l === "to") && toks[ci - 2]?.kind === NUM) {
    const m = toks[ci - 3];
    if (m && m.kind === WORD && MONTHS.has(m.l) && isCapitalised(m)) return "date";
  }
  // "the weekend of 9 and 10 July": the first day of a pair whose month comes after the second (it took the noun
  // before it, '9 — weekend'; "on 9 and 10 July" was already a date by its "on").
  if (isWord(next) && (next.l === "and" || next.l === "or" || next.l === "to") && toks[core.end + 1]?.kind === NUM && core.value >= 1 && core.value <= 31) {
    const m = toks[core.end + 2];
    if (isWord(m) && MONTHS.has(m.l) && isCapitalised(m)) return "date";
  }
  // "on May 3, 198 [7],": a year an editor's bracket cut after its month and day (bracket-year.ts).
  if (bracketCutYear(toks, ci, core.end)) return "year";
  // Days of month: "November 17", "Nov. 17", "17 November", "the 17th of November", "Friday 13".
  const before = prev?.s === "." ? toks[ci - 2] : prev;
  if (before && before.kind === WORD && (MONTHS.has(before.l) || WEEKDAYS.has(before.l)) && isCapitalised(before)) return "date";
  if (next && next.kind === WORD && MONTHS.has(next.l) && isCapitalised(next)) return "date";
  if (isWord(next, "of") && toks[core.end + 1] && MONTHS.has(toks[core.end + 1]?.l ?? "")) return "date";
  // Years: a bare four-digit integer between 1800 and 2099.
  if (core.exponent === 0 && /^(?:18|19|20)\d\d$/.test(t.s) && !(isWord(next) && MEASURE_NOUNS.has(next.l))) return "year";
  // "besieged in 1683", "not until 1348 that", "the late 1600's", "In 1797 pupils took staff prisoner": an earlier year,
  // without a thousands comma, ending its phrase or after a word of time ("1713 Brits and 1124 Americans" count).
  if (core.exponent === 0 && /^1[0-7]\d\d$/.test(t.s)) {
    const ends = next === undefined || next.kind === PUNCT || (isWord(next) && (next.pos === "ADP" || next.pos === "SCONJ" || CONJ_AFTER_YEAR.has(next.l)));
    if (ends || (isWord(prev) && YEAR_BEFORE.has(prev.l))) return "year";
  }
  // Leading zero: phone numbers, codes, "007".
  if (digits.length > 1 && digits[0] === "0" && digits[1] !== ".") return "identifier";
  // "call Crime Stoppers at (800) 577-TIPS", "(212) 555-1234": an area code in brackets before a phone's next group.
  const group = toks[core.end + 1];
  if (prev?.s === "(" && next?.s === ")" && /^\d{3}$/.test(t.s) && group?.kind === NUM && /^\d{3}$/.test(group.s)) return "identifier";
  // "text GIVE to 70070", "a password of 123456", "call 952762600": five or more digits with no thousands commas and
  // no scale after them are a code, a phone or a reference number; news writes a count of them "70,070".
  if (/^\d{5,}$/.test(t.s) && core.exponent === 0 && !(isWord(next) && (MEASURE_NOUNS.has(next.l) || DURATIONS.has(next.l) || PEOPLE.has(next.l)))) return "identifier";
  // "aged 23 and 212 days": an age said to the day, both parts (age-days.ts).
  if (!hasQualifier && !digits.includes(".") && ageWithDays(toks, ci, core.end)) return "age";
  const value = core.value;
  if (value < 130 && !digits.includes(".")) {
    if (prev && prev.kind === WORD && AGE_BEFORE.has(prev.l)) return "age";
    // "people aged under 30", "those aged over 65": a hedge between "aged" and the number leaves it an age.
    if (isWord(prev) && AGE_HEDGES.has(prev.l) && AGE_BEFORE.has(toks[ci - 2]?.l ?? "")) return "age";
    // "girls under 15 could be at risk", "the Blues' under 19 captain": an age group's bound (age-bound.ts).
    if (ageBound(toks, ci, core.end)) return "age";
    // "diagnosed with diabetes at 17", "died at 50": a bare "at N" ending a clause is an age, unless a level
    // verb sets it ("closed at 43", "stood at 12").
    // "At 6-foot-5 and 289lb": a hyphen glued to the number starts a compound (a height), which ends no clause.
    // So does a foot mark with its inches ("Standing at 6' 2\", he…": read-height.ts).
    const compound = (next?.s === "-" && adjacent(toks[core.end - 1], next)) || primedHeight(toks, core.end, value) !== undefined;
    const clauseEnd = next === undefined || (next.kind !== WORD && next.kind !== NUM && next.s !== "%" && next.kind !== CUR && !compound);
    if (isWord(prev, "at") && clauseEnd && !digits.includes(".") && !LEVEL_VERBS.test(toks[ci - 2]?.l ?? "")) return "age";
    // "between the ages of 18 and 21", "under the age of 13"
    if (isWord(prev, "of") && AGE_BEFORE.has(toks[ci - 2]?.l ?? "")) return "age";
    // "Smith, 25, said" and "Smith (25)": ages after a name.
    const name = toks[ci - 2];
    // A name first in the sentence ("Williams, 33, won") is one too; a sentence-initial adverb is not capitalised mid-clause.
    if (prev && name && isCapitalised(name) && (!atSentenceStart(toks, ci - 2) || !/ly$/.test(name.l))) {
      if (prev.s === "," && next && (next.s === "," || next.s === ")" || next.s === ".")) return "age";
      if (prev.s === "(" && next?.s === ")") return "age";
    }
    if (isWord(next, "years") && isWord(toks[core.end + 1], "old")) return "age";
    // "the girl, now 15, and others", "sex with pupil, 15, in her car": an age in commas after a noun.
    // (The commas are tested before the tag is read: a tag read asks for the sentence to be tagged, pos.ts.)
    if (prev?.s === "," && next?.s === "," && name !== undefined && (name.pos === "NOUN" || name.pos === "PROPN" || name.l === "now")) return "age";
    if (isWord(prev, "now") && toks[ci - 2]?.s === "," && (next?.s === "," || next?.s === ")")) return "age";
  }
  // "7.5 connections per 100 people", "12 murders per 100,000 residents": the base of a rate, which counts no one.
  // So is the base after "for every" or "in every" ("12 doctors for every 100 people", rate.ts).
  if (prev?.kind === WORD && (prev.l === "per" || forEvery(toks, ci - 2))) return "other";
  if (!hasQualifier && prev && prev.kind === WORD) {
    // "at that stage 12 months ago": a time point a comparison is set at, no stage's number (stage-ago.ts).
    if (stageSpan(toks, ci, core.end)) return "date";
    if (IDENTIFIER_WORDS.has(prev.l) && !(prev.l === "no" && !isCapitalised(prev) && prev.s !== "no")) {
      // "world No 1", "the UK's number 1 brand", "the top 100": a place in a ranking (still no card figure).
      return prev.l === "no" || prev.l === "number" || prev.l === "top" ? "rank" : "identifier";
    }
    // "Boeing 737", "Article 5", "Apollo 11": a proper name inside the sentence, not a possessive.
    // "left Ceahlaul 16th in the standings": an ordinal after a name is its place, read as an ordinal.
    // "married in Gambia 13 years ago", "joined Chelsea 3 months later": a unit of time after it makes it a duration
    // (no model or chapter is counted in years).
    if (isCapitalised(prev) && !core.ordinal && !atSentenceStart(toks, ci - 1) && !prev.l.endsWith("'s") && !prev.l.endsWith("s'") && !(isWord(next) && TIME_SPANS.test(next.l))) {
      if (!MONTHS.has(prev.l) && !WEEKDAYS.has(prev.l)) return "identifier";
    }
  }
  if (prev?.s === "#" || prev?.s === "№") return "identifier";
  // "21 Grams actress Naomi Watts": a title before the role its work names (title-role.ts).
  if (!hasQualifier && isWord(next) && titleBeforeRole(toks, core.end, core.value)) return "identifier";
  // "a series called 500 Spoons, 30 Teapots and a Stuffed Owl": a title given unquoted (called-title.ts).
  if (!hasQualifier && calledTitle(toks, ci, core.end)) return "identifier";
  // "the 1971 film 40 Horses Can't Be Wrong": a title right after its work's noun (work-title.ts).
  if (!hasQualifier && workTitle(toks, ci, core.end)) return "identifier";
  // "closed on 373 for six", "a score of 303 for nine": a cricket innings, runs for wickets.
  const wickets = toks[core.end + 1];
  const wicketsValue = wickets?.kind === NUM ? Number(wickets.s) : CARDINAL_WORDS.get(wickets?.l ?? "");
  const afterWickets = toks[core.end + 2];
  if (isWord(next, "for") && wicketsValue !== undefined && wicketsValue <= 10 && (afterWickets === undefined || afterWickets.kind === PUNCT || /^(?:wickets?|declared|dec)$/.test(afterWickets.l))) return "score";
  // "his No. 1 aspiration", "No. 213": "No." before digits is a place or an issue number, as "No 1" is.
  if (prev?.s === "." && isWord(toks[ci - 2], "no") && isCapitalised(toks[ci - 2] as Tok)) return "rank";
  // "rounds of 73, 69, 68 and 73", "posting rounds of 66 and 67": a golfer's scores ("72 rounds of ammunition" counts).
  const lead = listStart(toks, ci);
  if (isWord(toks[lead], "of") && /^rounds?$/.test(toks[lead - 1]?.l ?? "") && core.value >= 55 && core.value <= 95 && !digits.includes(".")) return "score";
  // "shot a 68 to tie", "a closing 66", "muster a 75": one round's score or result, no count (round-score.ts).
  if (!digits.includes(".") && roundScore(toks, ci, core.end, core.value)) return "score";
  // "breaks of 67, 143 and 80", "a break of 101": points a snooker player scored in one visit (at most 155), not a count
  // of breaks; a unit or a noun after it makes a pause or a count ("a break of 10 minutes", "a break of 40 jobs").
  // (Its tag is read last: a tag read asks for the sentence to be tagged, pos.ts.) Written in place, not as a closure
  // made at every call: tsx's esbuild keepNames names each closure as it is made (an Object.defineProperty call).
  if (isWord(toks[lead], "of") && /^breaks?$/.test(toks[lead - 1]?.l ?? "") && core.value <= 155 && !digits.includes(".") && !(isWord(next) && (MEASURE_NOUNS.has(next.l) || DURATIONS.has(next.l) || next.pos === "NOUN"))) return "score";
  // "the 999th number one": an ordinal is a place in a series, never a number dialled.
  if (!hasQualifier && !core.ordinal && emergencyNumber(digits, prev, next)) return "identifier";
  // "0800 555 0123": digit groups in a row are a phone number or a code, not amounts. Not a count before a model
  // number written digits first and its noun ("20 777-200LR planes": a count of planes, model-number.ts).
  const model = next?.kind === NUM && pastModelNumber(toks, core.end) > core.end;
  const grouped = next?.kind === NUM && !adjacent(toks[core.end - 1], next) && !model;
  if ((prev?.kind === NUM && !adjacent(prev, t)) || grouped) return "identifier";
  return undefined;
}
