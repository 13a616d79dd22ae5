import { CARDINAL_WORDS } from "#news/numbers.ts";
import { saidInBrackets } from "#brief/figures/read/amount/bracketed-unit.ts";
import { entryWords } from "#brief/figures/label/counts/entry-words.ts";
import { deedAfter } from "#brief/figures/label/counts/deed-after.ts";
import { diedLabel } from "#brief/figures/label/counts/died-subject.ts";
import { pastDeedAt } from "#brief/figures/label/counts/times-done.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { pairedNoun, pairStart } from "#brief/figures/label/counts/paired-noun.ts";
import { countNoun, type Count, sharedUnit } from "#brief/figures/label/counts/label-count-noun.ts";
import { labelDuration } from "#brief/figures/label/durations/label-duration.ts";
import { foldAfter, foldAfterCount, foldBefore } from "#brief/figures/label/counts/fold.ts";
import { pastTotalWhole } from "#brief/figures/label/counts/total-whole.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";
import { teamLine } from "#brief/figures/read/type/team-line.ts";
import { notOut } from "#brief/figures/label/counts/not-out.ts";
import { inningsRuns } from "#brief/figures/label/counts/innings-runs.ts";
import { coordinatedOf } from "#brief/figures/label/ellipsis/coordinated-of.ts";
import { timesDone } from "#brief/figures/label/counts/times-done.ts";
import { oneName } from "#brief/figures/label/counts/one-name.ts";
import { pastModelNumber } from "#brief/figures/language/model-number.ts";
import { timesMultiple } from "#brief/figures/label/counts/times-multiple.ts";
import { partnerYears } from "#brief/figures/label/durations/partner-years.ts";
import { pastCoordinatedNationality } from "#brief/figures/label/counts/coordinated-nationality.ts";
import { settledCount } from "#brief/figures/label/counts/settled-count.ts";
import { apposedNoun } from "#brief/figures/label/counts/apposed-noun.ts";
import { distance, measuredThing, motionNoun } from "#brief/figures/label/measures/measured-thing.ts";
import { raceTime } from "#brief/figures/label/measures/race-time.ts";
import { distanceIn } from "#brief/figures/label/measures/distance-in-time.ts";
import { weightChange } from "#brief/figures/label/measures/weight-change.ts";
import { specUnit } from "#brief/figures/label/measures/spec-unit.ts";
import { PERPETRATORS, CASUALTY_NOUNS, CASUALTY_WORDS, COLLECTIVE, CONJUNCTIONS, DETERMINERS, DURATIONS, ED_ADJECTIVES, FOLD_PEOPLE, FOLD_VERBS, GENERIC_PEOPLE, MEASURE_NOUNS, PEOPLE, RAISING, SENTENCING, SPEC_NOUNS, SPORTS, WHOLE_WINDOWS } from "#brief/figures/language/lexicon.ts";
import { isPlural, phrase, plural } from "#brief/figures/language/phrase.ts";
import { modelAfterAdjective } from "#brief/figures/label/counts/model-after-adjective.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { pastOwnerOf } from "#brief/figures/label/counts/owned-whole.ts";
import { putThing } from "#brief/figures/label/ranks/rank-put.ts";
import { spanWords } from "#brief/figures/label/ranks/rank-place.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { scoredTally } from "#brief/figures/label/counts/scored.ts";
import { groupSize } from "#brief/figures/label/counts/group-size.ts";
import { boxHeading } from "#brief/figures/label/counts/box-heading.ts";
import { pastNameModifier } from "#brief/figures/label/counts/name-modifier.ts";
import { pastNamedList } from "#brief/figures/label/counts/named-list.ts";
import { pastNounList } from "#brief/figures/label/counts/noun-list.ts";
import { pastNounPair } from "#brief/figures/label/counts/noun-pair.ts";
import { pastNumberOne } from "#brief/figures/label/counts/number-one.ts";
import { numberVerb } from "#brief/figures/label/counts/number-verb.ts";
import { countOf } from "#brief/figures/label/counts/count-of.ts";
import { countedAfter } from "#brief/figures/label/counts/counted-after.ts";
import { sentenceTerm } from "#brief/figures/label/durations/prison-term.ts";
import { givenTerm } from "#brief/figures/label/durations/given-term.ts";
import { labelRate } from "#brief/figures/read/amount/rate.ts";
import { durationBeforeName, endAtName } from "#brief/figures/label/durations/duration-name.ts";
import { foldPastAside, peopleLabel } from "#brief/figures/label/counts/people-verb.ts";
import { definitePronoun } from "#brief/figures/label/counts/pronoun-count.ts";
import { runTo } from "#brief/figures/label/counts/run-to.ts";
import { namedPair } from "#brief/figures/label/counts/named-pair.ts";
import { nameTally } from "#brief/figures/label/counts/name-tally.ts";
import { pairTogether } from "#brief/figures/label/counts/pair-together.ts";
import { changeMade } from "#brief/figures/label/change/change-made.ts";
import { countLevel } from "#brief/figures/label/change/count-level.ts";
import { countChange } from "#brief/figures/label/change/count-change.ts";
import { atSentenceStart, isCapitalised, isNamePossessive, isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

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
  if (settledCount(toks, r, c)) return;
  if (raceTime(toks, r, c, sentenceText)) return;
  durationBeforeName(toks, c);
  r.label = c.np;
  if (c.np === "") return;
  countKind(toks, r, c, sentenceText);
  measuredThing(toks, r, c);
  labelDuration(toks, r, c);
}

/** Words before a bare number whose noun is left out because it was just said: "a further 40,000", "another 300". */
const ELIDING = new Set(["further", "another", "additional", "extra"]);

/** Verbs that put an estimate on a thing at a number: "a crowd which police put at 40". */
const ESTIMATING = new Set(["put", "placed"]);

/** Words that open another clause after a count's plural: "on her way to 84 runs when rain stopped play". */
const CLAUSE_OPENERS = new Set(["when", "while", "as", "before", "after", "until", "because", "although", "though", "whereas"]);

/**
 * Whether the clause ends at t: the sentence's end, a stop, or a word opening another clause. A module-level function,
 * not a closure in countVerb: the bundle names every closure (esbuild keepNames) by redefining its `name`, which
 * cost ~0.8% of a brief made once for each count figure.
 */
function closesClause(t: Tok | undefined): boolean {
  return t === undefined || t.kind === PUNCT || CLAUSE_OPENERS.has(t.l);
}

/** The verb that says what the counted did or suffered: "killed", "arrested", "attended", else the subject. */
function countVerb(toks: readonly Tok[], r: Raw, c: Count): void {
  // A glued unit ("5,000m", "35mm") is already in the display: the label is what follows ("35mm — print",
  // "60m — hurdles"), or, failing that, a subject found below; a bare "m" is never a label.
  if (r.glued) {
    r.kind = "measure";
    r.unit ??= r.glued;
  }

  // "lined up in groups of 50", "a family of four": how many each group holds, not a count of groups; a fold verb
  // after it is the family's ("a family of four plunged into the water": family members plunged …).
  const group = c.np === "" && !r.ordinal ? groupSize(toks, r) : undefined;
  if (group !== undefined) {
    c.np = group.label;
    c.head = group.head;
  }
  // "killed 30 and 40 people": the second of a pair takes the verb before the first (paired-noun.ts).
  c.fold = foldBefore(toks, pairStart(toks, r.s), c);
  if (c.fold === undefined && c.np !== "") c.fold = foldAfterCount(toks, c, r.s);
  if (c.fold === undefined && GENERIC_PEOPLE.has(c.head)) c.fold = foldPastAside(toks, r.s, c.npEnd);
  if (c.np !== "") r.noun = c.np;
  if (c.np === "" && !r.ordinal) {
    // "the 350 wounded", "20 dead", "127 arrested": the participle is the noun.
    const nx = toks[c.e];
    if (isWord(nx)) {
      const cas = CASUALTY_WORDS.get(nx.l);
      if (cas !== undefined && (nx.l.endsWith("ed") || nx.l === "dead" || nx.l === "missing" || nx.l === "hurt" || nx.l === "slain" || nx.l === "died")) {
        // "at least 1,800 died crossing the desert": "died" is no noun as "wounded" is; its subject is people, unless
        // the sentence has counted other things (died-subject.ts).
        c.np = nx.l === "died" ? diedLabel(toks, r.s) : cas;
        c.head = cas;
        c.fold = undefined;
        r.fold = cas;
      } else if (FOLD_VERBS.has(nx.l) && nx.l.endsWith("ed")) {
        c.np = FOLD_VERBS.get(nx.l) ?? nx.l;
        c.head = c.np;
        c.fold = undefined;
        r.fold = c.np;
      }
    }
  }
  // "injuring 40", "23 were injured": no noun, but its own verb; the noun comes from the count before it.
  if (c.np === "" && !r.ordinal) {
    const own = c.fold ?? foldAfter(toks, c.e);
    if (own !== undefined) r.fold = own;
  }
  // "shed about 70 times the mass of the sun", "is 70 times the mass of Jupiter": a multiple is of what it multiplies,
  // not a count of times its verb was done (times-multiple.ts).
  const multiple = c.head === "times" ? timesMultiple(toks, r, c.fold !== undefined) : "";
  if (multiple !== "") {
    c.np = multiple;
    c.fold = undefined;
  }
  // "three times lost in the final": how often, before its verb, names the verb and its complement (deed-after.ts).
  const deed = c.head === "times" && c.np === "times" && c.fold !== undefined && pastDeedAt(toks, c.npEnd);
  if (c.np !== "" && c.fold !== undefined && !CASUALTY_NOUNS.has(c.head)) {
    c.np = deed ? `${c.np} ${deedAfter(toks, c.npEnd)}` : `${c.np} ${c.fold}`;
    r.fold = c.fold;
  } else if (c.np !== "" && c.fold !== undefined) {
    r.fold = c.fold;
  }
  const clauseStart = r.s === 0 || toks[r.s - 1]?.kind === PUNCT || CONJUNCTIONS.has(toks[r.s - 1]?.l ?? "") || atSentenceStart(toks, r.s);
  // "300 people attended", "183 people have been expelled": the verb says what the people are (people-verb.ts).
  if (c.np !== "" && c.fold === undefined && GENERIC_PEOPLE.has(c.head)) c.np = peopleLabel(toks, r.s, c.np, c.npEnd, clauseStart);
  if (c.np === "" && !r.ordinal) {
    // "19 participated in the attack": no noun, so the verb phrase says what the number did. "the official toll now at
    // around 1,500 expected to keep growing": what it is expected to do is no more than a forecast of the subject's
    // number, which subjectBefore (below) names; with no subject ("more than 2.5 million expected to be sold") the
    // verb phrase is all that says what it counts.
    const v = toks[c.e];
    const raised = isWord(v) && RAISING.has(v.l) && isWord(toks[c.e + 1], "to") && !r.words && subjectBefore(toks, r.s) !== "";
    // "the two agreed to …": a pronoun for people already named, no count (pronoun-count.ts).
    if (definitePronoun(toks, r.s, c.e)) r.drop = true;
    // "an attendance of over 60,000 seemed …": the noun the count is "of" did the past, not the count (count-of.ts).
    else if (countOf(toks, c, r.s)) r.noun = c.np;
    else if (isWord(v) && v.l.endsWith("ed") && !ED_ADJECTIVES.has(v.l) && !SPORTS.has(v.l) && !raised) {
      let end = c.e + 1;
      while (end < toks.length && end - c.e < 4 && isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]?.l ?? "")) end++;
      c.np = phrase(toks, c.e, end);
      c.head = v.l;
      r.deed = [c.e, end];
    }
  }
  // "has scored an astonishing 286 from a potential 300", in a sentence of points: the tally scored and the tally possible.
  const tally = c.np === "" && !r.ordinal ? scoredTally(toks, r) : undefined;
  if (tally !== undefined) {
    c.np = tally.label;
    c.head = tally.head;
  }
  // "reduce its workforce by 8,000": the count is the size of a change made to the verb's object.
  if (c.np === "" && !r.ordinal) {
    const change = changeMade(toks, r.s);
    if (change !== undefined) {
      c.np = `${change.object} ${change.change}`;
      c.head = change.head;
    }
  }
  // "Goals: 16 .", "International caps (Japan): 11 .": a fact box's heading is what its number counts.
  if (c.np === "" && !r.ordinal) {
    const heading = boxHeading(toks, r);
    if (heading !== "") {
      c.np = heading;
      c.head = heading.slice(heading.lastIndexOf(" ") + 1).toLowerCase();
    }
  }
  // "the status of a further 40,000": the noun is elided, so the count before it names it (carry-count.ts), not "status".
  // ("equivalent to 40 a day": a rate with no noun is the count before it, carry-count.ts, not its subject.)
  // "on her way to 84 runs.": a plural the tagger took for a verb, closing the clause right after the number, is what
  // it counts (counted-after.ts, which the label pass asks when this leaves the label empty), not a subject before the
  // "to"; one with more after it may be the verb it looks like ("The UK total of 5.3 million translates into …").
  // ("on her way to 84 runs when rain stopped play": a conjunction after the plural opens another clause, as a stop does.)
  // Not "and" ("extend his winning streak to 17 matches and the advantage …"), which may join another object.
  // "stretched their run without a win to seven": the run's games, its noun left out (run-to.ts); a plural the tagger
  // took for a verb is the noun said ("losing streak to five matches", counted-after.ts).
  const run = c.np === "" && !r.ordinal && countedAfter(toks, r.e) === "" ? runTo(toks, r.s) : "";
  if (run !== "") [c.np, c.head] = [run, run.slice(run.lastIndexOf(" ") + 1)];
  const pluralEnds = countedAfter(toks, r.e) !== "" && closesClause(toks[r.e + 1]);
  if (c.np === "" && !r.ordinal && !r.words && !ELIDING.has(toks[r.s - 1]?.l ?? "") && periodAfter(toks, r.e) === "" && !pluralEnds) {
    // "a crowd which police put at 40": an estimate counts the thing put at it, not who put it (rank-put.ts).
    // Only a put or placed number: one "ranked at 92" or "rated at 9" is a rank or a rating, no count of the thing.
    const put = isWord(toks[r.s - 1], "at") && ESTIMATING.has(toks[r.s - 2]?.l ?? "") ? putThing(toks, r.s - 2) : undefined;
    const subject = put === undefined ? subjectBefore(toks, r.s) : spanWords(toks, put);
    // "Passenger numbers at Heathrow rose 5% to 3 million": past the change's own amount (count-level.ts).
    const named = subject || countLevel(toks, r.s);
    // "The claimant count fell by 11,000 to 1.2 million": the count is the fall (count-change.ts).
    const change = subject === "" ? undefined : countChange(toks, r.s, r.e);
    if (named) {
      c.np = change === undefined ? named : `${change === "up" ? "rise" : "fall"} in ${named}`;
      c.head = named.slice(named.lastIndexOf(" ") + 1).toLowerCase();
    }
  }
  if (c.head === "times" && c.fold === undefined && multiple === "") c.np = timesDone(toks, r, c.np);
}

/** "three automatic pistols": small counts in words are detail more often than news, and weigh less. */
export function smallInWords(r: Raw): void {
  if (r.words && r.value < 10) r.factor *= 0.75;
}

/** The kind of a labelled count (casualties, people, measure, rank, count) and how much it weighs within it. */
function countKind(toks: readonly Tok[], r: Raw, c: Count, sentenceText: string): void {
  const np = c.np;
  // "21 Grams actress Naomi Watts", "Three Degrees star": a capitalised unit is a title or a name, not a unit.
  let head = isCapitalised(toks[c.npEnd - 1] ?? toks[0] as Tok) && MEASURE_NOUNS.has(c.head) ? "" : c.head;
  const first = toks[c.e];
  const firstWord = first !== undefined && isCapitalised(first) ? "" : np.slice(0, np.indexOf(" ") < 0 ? np.length : np.indexOf(" ")).toLowerCase();
  // ("At night temperatures drop to 20C": a glued unit says what its number measures, whatever the subject's words.)
  if (r.compound === undefined && r.glued === undefined && !DURATIONS.has(head) && DURATIONS.has(firstWord)) head = firstWord;
  // "656 feet high", "10 centimeters long", "2,800 feet beneath": the unit first is what the number measures; not past
  // a determiner, where it only describes the noun ("Hundreds of the barrel jellyfish").
  else if (r.compound === undefined && !MEASURE_NOUNS.has(head) && MEASURE_NOUNS.has(firstWord) && firstWord.length > 2 && !DETERMINERS.has(toks[c.e - 1]?.l ?? "")) head = firstWord;

  // Durations are background ("the three months to December") unless the story is about a sentence or a ban,
  // so they rank low, but a duration that is the news ("six days in hospital") can still reach the card.
  if (r.compound === undefined && DURATIONS.has(head)) {
    r.kind = "measure";
    r.type = "duration";
    r.unit = head;
    // "six days in hospital", "two years behind bars": where the time was spent says what it measures.
    // "15 years at the club", "two years in the army", "269 days in a coma": where, over its determiner; a name says
    // where or when and is often cut short ("in the U.S.", "in the Capital One Cup"), "at a time" is a rate.
    const pp = toks[c.npEnd];
    const k = pastDeterminers(toks, c.npEnd + 1);
    // "a friend of more than 44 years in the legal documents": a duration "of" a noun is that noun's (measuredThing).
    const own = isWord(toks[r.s - 1], "of") && k > c.npEnd + 1;
    if (isWord(pp) && SPENT.has(pp.l) && isWord(toks[k]) && !isCapitalised(toks[k] as Tok) && toks[k]?.l !== "time" && !own) {
      const end = endAtName(toks, k, forwardNP(toks, k));
      // "in his side's Champions League quarter-final": an owner's phrase runs on past where the noun phrase is cut.
      if (end > k && !toks.slice(k, end).some((t) => t.l.endsWith("'s"))) r.label = `${np} ${pp.l} ${phrase(toks, k, end)}`;
    }
    // "her husband of four years … from his prison cell": how long they were married (years married), not a prison term.
    const married = partnerYears(toks, r, head);
    // "Jamie Paulin-Ramirez got eight years.": a term a person got is one with no word of sentencing (given-term.ts).
    if (married || (!SENTENCING.test(sentenceText) && !givenTerm(toks, r.s, head, c.npEnd))) {
      r.period = true;
      return;
    }
    // A prison term or a ban as the duration's own clause says it, not a sentencing word of another clause; only for a
    // unit alone ("years") or the place of a hearing ("jailed for 15 months at the same court"): "months in county
    // jail", "days in juvenile hall", "years behind bars", "months pregnant" say more already.
    const term = DURATIONS.has(np) && (r.label === np || r.label.startsWith(`${np} at `)) ? sentenceTerm(toks, r, c.npEnd) : "";
    if (term !== "") r.label = term === "ban" ? `${np} ban` : `${np} in prison`;
    return;
  }
  // "a 12 megapixel camera": a measure of the camera in megapixels (spec-unit.ts), weighed as the number before a
  // singular noun it was read as.
  if (specUnit(toks, r, np)) {
    r.factor *= DESCRIBING_FACTOR;
    return;
  }
  if (r.ordinal) r.kind = "rank";
  // The toll leads with the victims: attackers or militants who died are counted people, not the casualty figure.
  else if (r.fold !== undefined && CASUALTY_WORDS.has(r.fold) && PERPETRATORS.has(c.head)) r.kind = "people";
  else if (r.fold !== undefined && CASUALTY_WORDS.has(r.fold)) r.kind = "casualties";
  else if (CASUALTY_NOUNS.has(head)) r.kind = "casualties";
  else if (r.kind === "measure") r.kind = "measure";
  else if ((r.fold !== undefined && FOLD_PEOPLE.has(r.fold)) || PEOPLE.has(head)) r.kind = "people";
  // "four points clear", "six points adrift": whole points are a count (of a league table, a match); an index's
  // points come with decimals ("43.305 points") and measure a level.
  else if (MEASURE_NOUNS.has(head) && !(head === "points" && Number.isInteger(r.value))) r.kind = "measure";
  // The unit of a measure: glued to it ("12ft", "5km") or the noun it quantifies ("2077 miles").
  if (r.kind === "measure" && r.unit === undefined) {
    // "2.7 square mile patch", "25 square meters": an area's unit is both words.
    const words = np.toLowerCase().split(" ");
    const area = (words[0] === "square" || words[0] === "cubic") && MEASURE_NOUNS.has(plural(words[1] ?? "")) ? `${words[0]} ${plural(words[1] ?? "")}` : undefined;
    const unit = r.glued ?? area ?? (MEASURE_NOUNS.has(head) ? head : undefined);
    if (unit !== undefined) r.unit = unit;
    // "the two million square foot Harbourside Mall": the unit's words join the display, the label the size of the thing
    // measured ('square foot Harbourside Mall' read the unit as a word of its name). Card audit 52's made-up shape 7.
    if (area !== undefined && words.length > 2 && r.label === np && isWord(toks[c.e], words[0])) {
      r.label = `size of ${np.split(" ").slice(2).join(" ")}`;
      r.e = c.e + 2;
    }
  }
  smallInWords(r);
  // "2048 * 1080 pixels", "100 gigabytes": specifications, true but rarely the story; "five tube lines" are lines run.
  if (SPEC_NOUNS.has(head) && !(head === "lines" && np !== head)) {
    r.kind = "measure";
    r.factor *= 0.3;
  }
  // "the 1 CROWN bar": a venue's name, no count of one (one-name.ts).
  if (r.kind === "count" && oneName(toks, r, head)) {
    r.drop = true;
    r.type = "identifier";
  }
  // "the 777 plane", "a typical episode of 24": a number before a singular noun names or describes it.
  if (r.kind === "count" && r.compound === undefined && r.value > 1 && head !== "" && !isPlural(head) && !COLLECTIVE.has(head) && !PEOPLE.has(head)) {
    // Right after bare digits ("777 plane", "787 Dreamliner") it is a model or a name: no count at all.
    const nx = toks[r.e];
    // A scale said ("2.4 million bpd") makes it an amount, never a model's number.
    const scaled = toks[r.e - 1]?.kind !== NUM;
    if (!r.words && !scaled && r.qualifier === undefined && nx !== undefined && (c.npEnd === r.e + 1 || isCapitalised(nx))) {
      r.drop = true;
      r.type = "identifier";
    }
    else r.factor *= DESCRIBING_FACTOR;
  }
}

/** How much a number before a singular noun weighs: it describes the noun more often than it is the story's count. */
const DESCRIBING_FACTOR = 0.4;

/** Prepositions after a duration that say where it was spent. */
const SPENT = new Set(["in", "behind", "at"]);
