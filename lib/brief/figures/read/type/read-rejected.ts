import { CARDINAL_WORDS } from "#news/numbers.ts";
import { afterQuotedStop } from "#brief/figures/read/type/quote-stop.ts";
import { afterAbbreviationStop } from "#brief/figures/read/type/abbreviation-stop.ts";
import { afterColon } from "#brief/figures/read/type/colon-opening.ts";
import { afterInnerStop } from "#brief/figures/read/type/inner-stop.ts";
import { shoutedNumber } from "#brief/figures/read/type/shouted-number.ts";
import { DURATIONS, PERIOD_NOUNS, STAGE_WORDS } from "#brief/figures/language/lexicon.ts";
import { onePointGap, oneTerm, personAfterOne } from "#brief/figures/read/type/one.ts";
import { rateUnitAt } from "#brief/figures/read/amount/rate.ts";
import { oneUnitTerm } from "#brief/figures/read/type/one-unit-term.ts";
import { readOutOf } from "#brief/figures/read/type/out-of.ts";
import { NONE, type Reading, type Rejection } from "#brief/figures/read/amount/reading.ts";
import { adjacent, atSentenceStart, isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { ageSaid, excludedDigits } from "#brief/figures/read/type/type.ts";
import { agoPoint } from "#brief/figures/read/type/ago-point.ts";
import { misspeltYearsOld } from "#brief/figures/read/type/misspelt-years.ts";
import { starRating } from "#brief/figures/read/type/star-rating.ts";
import { bottomSection, superlativeBracket } from "#brief/figures/read/type/table-section.ts";
import { streetOrdinal } from "#brief/figures/read/type/street-name.ts";
import { anyNumber } from "#brief/figures/read/type/any-number.ts";
import { gradeAverage } from "#brief/figures/read/type/grade-average.ts";
import { temperatureDecade } from "#brief/figures/read/type/temperature-decade.ts";
import { dayRange } from "#brief/figures/read/type/day-range.ts";

// The last step of reading a number phrase (read.ts): once its unit, range and compound are read, whether the whole
// is no figure after all: a date, an age, a ratio's denominator, a rating, a word of a title or a name, "one" as an
// article, a zero, an ordinal of order, a period or an edition. Apart because each new kind of non-figure is a rule
// of its own here, and they grow.

/** Where to resume when what was read is a date, ratio, name or fraction rather than a figure; else undefined. */
export function rejectedAt(r: Reading): Rejection | undefined {
  const { toks, core, s, j, q } = r;
  const t = toks[r.i] as Tok;
  // "a 2.8 GPA", "a 3.9 grade point average": a student's score, before "GPA" is taken for a code (grade-average.ts).
  const gpa = r.currency === undefined && !r.percent && r.compound === undefined ? gradeAverage(toks, j, r.value) : undefined;
  if (gpa !== undefined) return { next: gpa, type: "score" };
  // "lows dropped into the mid-40s": a temperature by its decade, no year or identifier (temperature-decade.ts).
  if (r.currency === undefined && !r.percent && temperatureDecade(r)) return undefined;
  if (core.digits !== undefined && r.currency === undefined && !r.percent) {
    const type = excludedDigits(toks, r.ci, core, q !== undefined);
    if (type !== undefined) return { next: Math.max(j, core.end), type };
    // "from 11-13 July": days of a month as a range, a date as a day pair is (day-range.ts).
    if (dayRange(r)) return { next: j, type: "date" };
  }
  if (r.currency === undefined && !r.percent && !core.ordinal && core.exponent === 0 && core.vague === undefined && r.compound === undefined && r.glued === undefined && Number.isInteger(r.value * 2) && r.value >= 1 && (r.valueMax ?? r.value) < 120 && ageSaid(toks, s, j)) {
    return { next: j, type: "age" };
  }
  // "20 yeras old", "twenty yaers old": "years" misspelt before "old" still says an age (misspelt-years.ts).
  if (r.currency === undefined && !r.percent && r.compound === undefined && r.glued === undefined && r.value < 130 && misspeltYearsOld(toks, j)) return { next: j + 2, type: "age" };
  // "a far cry from 20 years ago", "the amalgamation of 21 years ago": a time point named as a noun, as a date is (ago-point.ts).
  const ago = r.currency === undefined && !r.percent ? agoPoint(toks, s, j) : undefined;
  if (ago !== undefined) return { next: ago, type: "date" };
  // "10 out of every 100,000 women", "two to every three guests", "a set of twins every 88 births": the base a rate or a
  // frequency is counted over, no count of its own (a time after "every" is an interval: every-interval.ts).
  if (isWord(toks[s - 1], "every") && r.currency === undefined && !r.percent && !(isWord(toks[j]) && DURATIONS.has(toks[j]!.l))) return { next: j, type: "other" };
  // "message any two friends at once": a case picked, no count (any-number.ts).
  if (r.currency === undefined && !r.percent && anyNumber(toks, s)) return { next: j, type: NONE };
  // "one in five boys", "1 in 4 adults": the second number is a ratio's denominator, not a count.
  if (isWord(toks[s - 1], "in") && r.currency === undefined && !r.percent) {
    const p = toks[s - 2];
    if (p !== undefined && (p.kind === NUM || CARDINAL_WORDS.has(p.l))) return { next: j, type: "other" };
  }
  // "a five-star hotel", "rated 4.5 stars": a star rating, as "five out of five stars" is (star-rating.ts).
  if (r.currency === undefined && !r.percent && r.valueMax === undefined && starRating(toks, s, j, r.value, r.compound)) return { next: isWord(toks[j], "star") || isWord(toks[j], "stars") ? j + 1 : j, type: "other" };
  // "five out of five stars": a rating, not a count; "13 out of 13 plays" counts the plays, its whole in the display.
  const out = readOutOf(toks, j);
  if (out !== undefined && !out.counted) return { next: out.next, type: "other" };
  if (out !== undefined) r.j = out.next;
  // "a video shows I Was Only 19 being performed": a hedge capitalised inside the sentence is a word of a title.
  // After punctuation (a quote, a colon, a dash) a capital starts a clause, and a title capitalises every word
  // ("At least 10,000 supporters" after a run-on caption is a sentence's start).
  const titled = q !== undefined && isWord(toks[q.start - 1]) && toks.slice(q.start, r.ci).every((t) => t.kind !== WORD || isCapitalised(t));
  if (titled) return { next: j, type: "identifier" };
  // "Three Lions", "the Big Four": a capitalised number word inside the sentence is part of a name.
  // "… not to.' Thirty-one states": a sentence the splitter left joined after a quote's full stop (quote-stop.ts), or
  // after an abbreviation's ("Sons Co. Twenty-six boats": abbreviation-stop.ts), or a clause after a colon or a dash
  // ("the prizes: 'Three hundred rupees …'": colon-opening.ts), or a full stop inside a quotation ("'… either way.
  // Three hundred rupees …'": inner-stop.ts), or an all-capital number word in running text ("without FIVE regular
  // starters": shouted-number.ts).
  const opens = afterQuotedStop(toks, r.ci, core.end) || afterAbbreviationStop(toks, r.ci, core.end)
    || afterColon(toks, r.ci, core.end) || afterInnerStop(toks, r.ci, core.end) || shoutedNumber(toks, r.ci, core.end);
  if (core.words && isCapitalised(t) && !atSentenceStart(toks, r.ci) && !opens && !(toks[r.ci - 1]?.s === ")" && adjacent(toks[r.ci - 1], t)) && core.vague === undefined) return { next: core.end, type: "identifier" };
  if (core.words && isWord(toks[r.ci - 1]) && (toks[r.ci - 1]?.l === "number" || toks[r.ci - 1]?.l === "top")) return { next: core.end, type: "rank" };
  // "out of the bottom three": a table's section, as "the top three" is (table-section.ts).
  if (!core.ordinal && r.currency === undefined && !r.percent && r.glued === undefined && bottomSection(toks, r.ci, core.end)) return { next: core.end, type: "rank" };
  // "one of the three best centre backs": a best-N bracket, as "the top three" is (table-section.ts).
  if (!core.ordinal && r.currency === undefined && !r.percent && superlativeBracket(toks, r.ci, core.end)) return { next: core.end, type: "rank" };
  // "stage three neuroblastoma", "season two", "Category Four": a number word after a word of stages names which one,
  // as the digits do ("stage 3": type.ts); read as a count, the card said three cancers (card-audit-15, sample I).
  // Not before a unit of time: "for his part two years ago", "breakthrough act two years later".
  if (core.words && !core.ordinal && STAGE_WORDS.test(toks[r.ci - 1]?.l ?? "") && !PERIOD_NOUNS.has(toks[core.end]?.l ?? "")) return { next: core.end, type: "identifier" };
  if (core.words && !core.ordinal && core.vague === undefined && r.currency === undefined && !r.percent) {
    // "one" alone is an article or a pronoun far more often than a count ("one of the attackers"); before a person it
    // may count a toll or an arrest ("one man dead"), which labelling decides (one.ts); a table's gap of one point counts (one-point.ts);
    // so does one unit of a rate ("one terabit per second": rate.ts).
    if (core.value === 1 && r.valueMax === undefined && (q === undefined || q.text === "just" || q.text === "only")) {
      // "a one month deposit", "a one-month deposit": a unit of one made a compound adjective (one-unit-term.ts).
      const term = oneUnitTerm(toks, r.ci, r.compound, j);
      if (!term && (core.compound !== undefined ? !oneTerm(toks, core.compound, core.end) : !personAfterOne(toks, core.end) && !onePointGap(toks, r.ci, core.end) && !rateUnitAt(toks, core.end))) return { next: core.end, type: NONE };
      if (core.compound === undefined && !term && !onePointGap(toks, r.ci, core.end) && !rateUnitAt(toks, core.end)) r.one = true;
    }
    if (core.value === 0) return { next: core.end, type: NONE };
  }
  // "triple 0 calls", "0 goals": a zero in digits is a code or a blank, never a key figure.
  if (!core.words && core.value === 0 && r.currency === undefined && !r.percent) return { next: j, type: "identifier" };
  if (core.ordinal) {
    const nx = toks[j];
    if (core.value <= 2) return { next: core.end, type: NONE };
    // "a third of", "two thirds": fractions; "fourth quarter", "83rd minute": periods, not figures.
    if (isWord(nx, "of") && (isWord(toks[s - 1], "a") || isWord(toks[s - 1], "one"))) return { next: core.end, type: "other" };
    if (isWord(nx) && PERIOD_NOUNS.has(nx.l)) return { next: core.end, type: "ordinal" };
    if (r.compound !== undefined && PERIOD_NOUNS.has(r.compound)) return { next: core.end, type: "ordinal" };
    // "third-party" is not a rank; "third-largest" is.
    if (r.compound !== undefined && !r.compound.endsWith("est")) return { next: core.end, type: "other" };
    // "the 50th Academy of Country Music Awards": an edition of a named event.
    if (nx && nx.kind === WORD && isCapitalised(nx)) return { next: core.end, type: "ordinal" };
    // "on 23rd street": a street's name written small (street-name.ts).
    if (streetOrdinal(toks, j)) return { next: core.end, type: "ordinal" };
  }
  return undefined;
}
