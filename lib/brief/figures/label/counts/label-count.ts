import { CARDINAL_WORDS } from "#news/numbers.ts";
import { saidInBrackets } from "#brief/figures/read/amount/bracketed-unit.ts";
import { entryWords } from "#brief/figures/label/counts/entry-words.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { pairedNoun } from "#brief/figures/label/counts/paired-noun.ts";
import { countNoun, type Count, sharedUnit } from "#brief/figures/label/counts/label-count-noun.ts";
import { labelDuration } from "#brief/figures/label/durations/label-duration.ts";
import { pastTotalWhole } from "#brief/figures/label/counts/total-whole.ts";
import { teamLine } from "#brief/figures/read/type/team-line.ts";
import { notOut } from "#brief/figures/label/counts/not-out.ts";
import { inningsRuns } from "#brief/figures/label/counts/innings-runs.ts";
import { coordinatedOf } from "#brief/figures/label/ellipsis/coordinated-of.ts";
import { pastModelNumber } from "#brief/figures/language/model-number.ts";
import { pastCoordinatedNationality } from "#brief/figures/label/counts/coordinated-nationality.ts";
import { settledCount } from "#brief/figures/label/counts/settled-count.ts";
import { apposedNoun } from "#brief/figures/label/counts/apposed-noun.ts";
import { distance, measuredThing, motionNoun } from "#brief/figures/label/measures/measured-thing.ts";
import { raceTime } from "#brief/figures/label/measures/race-time.ts";
import { distanceIn } from "#brief/figures/label/measures/distance-in-time.ts";
import { weightChange } from "#brief/figures/label/measures/weight-change.ts";
import { DETERMINERS, DURATIONS, MEASURE_NOUNS, WHOLE_WINDOWS } from "#brief/figures/language/lexicon.ts";
import { modelAfterAdjective } from "#brief/figures/label/counts/model-after-adjective.ts";
import { pastOwnerOf } from "#brief/figures/label/counts/owned-whole.ts";
import { pastNameModifier } from "#brief/figures/label/counts/name-modifier.ts";
import { pastNamedList } from "#brief/figures/label/counts/named-list.ts";
import { pastNounList } from "#brief/figures/label/counts/noun-list.ts";
import { pastNounPair } from "#brief/figures/label/counts/noun-pair.ts";
import { pastNumberOne } from "#brief/figures/label/counts/number-one.ts";
import { numberVerb } from "#brief/figures/label/counts/number-verb.ts";
import { labelRate } from "#brief/figures/read/amount/rate.ts";
import { durationBeforeName } from "#brief/figures/label/durations/duration-name.ts";
import { definitePronoun } from "#brief/figures/label/counts/pronoun-count.ts";
import { namedPair } from "#brief/figures/label/counts/named-pair.ts";
import { nameTally } from "#brief/figures/label/counts/name-tally.ts";
import { pairTogether } from "#brief/figures/label/counts/pair-together.ts";
import { isNamePossessive, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";
import { countVerb } from "#brief/figures/label/counts/count-verb.ts";
import { countKind } from "#brief/figures/label/counts/count-kind.ts";
import { countPeriod } from "#brief/figures/label/counts/yearly-count.ts";

// Labels for counts, given the noun counted (label-count-noun.ts): the verb that says what happened to it, the
// counts dropped or settled (ages, ranks, names), the kind it is, and what a measure measures.

/**
 * Labels a count: its noun or compound, the casualty or fold verb around it ("killed", "arrested"), else its
 * verb or subject; drops ages, fractions, ranks that do not count and labels that say nothing; sets its kind.
 */
export function labelCount(toks: readonly Tok[], r: Raw, sentenceText: string): void {
  if (teamLine(toks, r)) return;
  // "62.5-Leeds's pass completion rate": a boxed list entry's figure, labelled by the entry's words (entry-words.ts).
  if (entryWords(toks, r)) return;
  // "lost seven and won none of their last 12 trips": the coordinated count's "of" is this one's too.
  let e = coordinatedOf(toks, r.e);
  // "cut 700 and 400 jobs": the first of a coordinated pair counts the noun after the second (paired-noun.ts).
  // (Not a range's or an ordinal's: "go 15-40 and two set points up", "the 18th and 19th centuries".)
  if (e === r.e && r.valueMax === undefined && !r.ordinal) e = pairedNoun(toks, r.s, e);
  // "three of the attackers", "19 of them"
  // A compound is its own noun's modifier: "a 40-second-video of the attack" is no part of the attack.
  if (isWord(toks[e], "of") && r.compound === undefined && (!r.words || r.ordinal === false)) e++;
  // "could lose dozens of its MPs", "lost thousands of their customers": a vague amount ends in its own "of", so the
  // determiner after it is the counted noun's too (not the fold verb alone: 'dozens of — lost').
  if ((e > r.e || isWord(toks[r.e - 1], "of")) && DETERMINERS.has(toks[e]?.l ?? "")) e++;
  // "52 of Liverpool's 101 goals", "Five of Bradley's seven children": a name's possessive determines the whole as
  // "the" does; without a whole or a noun after it ("seven of Pacquiao's"), the name stays what is counted.
  else if (e > r.e && isNamePossessive(toks[e]) && (toks[e + 1]?.kind === NUM || CARDINAL_WORDS.has(toks[e + 1]?.l ?? ""))) e++;
  // "two of the lightweight division's most exciting fighters": past an owner's possessive to the whole (owned-whole.ts).
  if (e > r.e) e = pastOwnerOf(toks, e);
  // "210 of the 400 seats": what the part counts is what the whole counts.
  // "only two of their last 10 League games", "three of the opening four races": over the window word to the whole,
  // in digits or words.
  const whole = toks[e + 1];
  if (e > r.e + 1 && WHOLE_WINDOWS.has(toks[e]?.l ?? "") && whole !== undefined && (whole.kind === NUM || CARDINAL_WORDS.has(whole.l))) e += 2;
  // "2,000 of its 320-500GT coupes": past a model number to the noun (model-number.ts).
  else if (e > r.e + 1 && pastModelNumber(toks, e) > e) e = pastModelNumber(toks, e);
  else if (e > r.e + 1 && (toks[e]?.kind === NUM || CARDINAL_WORDS.has(toks[e]?.l ?? ""))) e++;
  // "just two of a total of 10 proposed domains": past the total and its whole (total-whole.ts).
  else if (e > r.e + 1) e = pastTotalWhole(toks, e);
  // "20 777-200LR planes": a count right before a model number counts the noun after it, as "of its" does.
  else if (e === r.e && pastModelNumber(toks, e) > e) e = pastModelNumber(toks, e);
  const c: Count = { e, np: "", npEnd: e, head: "", fold: undefined };
  if (sharedUnit(toks, r)) return;
  // "Root's 180 put England in control": the name's tally, not the verb phrase after it (name-tally.ts).
  if (e === r.e && nameTally(toks, r)) return;
  if (!countNoun(toks, r, c)) return;
  // "the hugely popular 4410.": bare digits ending a phrase after a describing word name a model
  // (model-after-adjective.ts).
  if (c.np === "" && !r.ordinal && r.currency === undefined && !r.percent && modelAfterAdjective(toks, r)) {
    r.drop = true;
    r.type = "identifier";
    return;
  }
  // "The two saw a gap": an irregular past the tagger took for the noun counted is the pronoun's verb (pronoun-count.ts).
  // "the two men had gone to a tailor together": the pair just named, no count (pair-together.ts).
  // "based on Red Kite and Blue Heron, the two most popular books": the names just listed, no count (named-pair.ts).
  if ((c.np === toks[c.e]?.l && !r.ordinal && definitePronoun(toks, r.s, c.e)) || pairTogether(toks, r.s, c.e) || namedPair(toks, r.s)) {
    r.drop = true;
    return;
  }
  // "Joe Root's 182 not out": runs, not the batsman; "Cook got 76 in a century stand": runs (innings-runs.ts).
  const unbeaten = c.np === "" && !r.ordinal ? notOut(toks, r.s, c.e) || inningsRuns(toks, r) : "";
  if (unbeaten !== "") [c.np, c.head] = [unbeaten, "runs"];
  if (labelRate(toks, r, c)) return;
  if (r.kind !== "measure") pastNameModifier(toks, c, sentenceText);
  pastNamedList(toks, c, sentenceText);
  // "four number ones": a chart hit, not a count of numbers (number-one.ts).
  pastNumberOne(toks, c);
  // "the staff, who number at least 100": the verb's subject is counted (number-verb.ts).
  numberVerb(toks, c, r.s);
  // "Hundreds of men, women and children": the count's noun is the whole list of bare plurals (noun-list.ts).
  pastNounList(toks, c, r.s, sentenceText);
  // "killing 9 men and women": a pair of bare plurals after "and" is one group (noun-pair.ts).
  pastNounPair(toks, c, sentenceText);
  // "cost 140 French and 320 Spanish lives": the first nationality counts the noun said after the second
  // (coordinated-nationality.ts).
  pastCoordinatedNationality(toks, c);
  countVerb(toks, r, c);
  // "fell 30ft", "fell between 10 to 12ft": a measure with no noun is named by the motion that covered it; a body's
  // weight the motion took off by its change ("had just dropped approximately 30lbs" → weight lost, not 'drop':
  // weight-change.ts).
  const motion = c.np === "" && r.kind === "measure" ? motionNoun(toks, r.s, r.glued ?? "") : "";
  // "can cycle 52 km in an hour": a distance covered in one unit of time keeps the time (distance-in-time.ts).
  if (motion !== "") c.np = weightChange(toks, r, r.glued ?? "") || distanceIn(toks, r.s - 1, c.npEnd, motion);
  else if (c.np === "" && r.kind === "measure") c.np = distance(toks, r, c.npEnd);
  // "recording 51.115km, a mark which stood": a glued measure with no noun is named by its apposition
  // (apposed-noun.ts).
  if (c.np === "" && r.kind === "measure") c.np = apposedNoun(toks, r);
  // "hitting it 225 (yards)": a bracketed unit nothing else names is said as the unit is said bare ("225 yards"), so
  // it takes the dimension that unit alone gives (unit-dimension.ts), as it did when the bracket hid it (bracketed-unit.ts).
  if (c.np === "" && r.kind === "measure" && r.glued !== undefined && saidInBrackets(toks, r.e, r.glued)) c.np = r.glued;
  // "stuck 15 to life": a life term's minimum, its years unsaid (life-term.ts), is those years, as "15 years to life" is.
  if (c.np === "" && r.glued !== undefined && DURATIONS.has(r.glued)) [c.np, c.head] = [r.glued, r.glued];
  if (settledCount(toks, r, c)) return;
  if (raceTime(toks, r, c, sentenceText)) return;
  durationBeforeName(toks, c);
  r.label = c.np;
  if (c.np === "") return;
  // "900 cases of measles every year": a rate, its period kept (yearly-count.ts); not a measure's ("793,000 barrels a
  // day" is read as a rate of oil by its own rules) or a span's; nor "22,000 times a day", whose rule says how often
  // (times-done.ts).
  if (r.kind !== "measure" && c.npEnd > c.e && !DURATIONS.has(c.head) && !MEASURE_NOUNS.has(c.head) && c.head !== "times") {
    const period = countPeriod(toks, c.npEnd, c.np);
    if (period !== "") r.label = `${c.np} ${period}`;
  }
  countKind(toks, r, c, sentenceText);
  measuredThing(toks, r, c);
  labelDuration(toks, r, c);
}
