// The first pass over a sentence's figures, in reading order: each is labelled, and one that names nothing of its own
// inherits from the count, amount or duration just before it; so the pass carries those along. Split from
// sentence.ts, whose readSentence runs it between linking amounts and the second pass (mend-pass.ts).
import { bracketRate } from "#brief/figures/label/ellipsis/bracket-rate.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { label } from "#brief/figures/label/money/label.ts";
import { smallInWords } from "#brief/figures/label/counts/count-kind.ts";
import { countedAfter } from "#brief/figures/label/counts/counted-after.ts";
import { oneCountsNews } from "#brief/figures/read/type/one.ts";
import { PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { pastTotalOf } from "#brief/figures/label/money/total-of.ts";
import { possessedTally } from "#brief/figures/label/counts/possessed-tally.ts";
import { tallySubject } from "#brief/figures/label/counts/tally-subject.ts";
import { intensifier } from "#brief/figures/read/type/intensifier.ts";
import { hyperbole } from "#brief/figures/read/type/hyperbole.ts";
import { competitionRound } from "#brief/figures/read/type/competition-round.ts";
import { changeOfBefore } from "#brief/figures/label/ellipsis/change-of.ts";
import { parallelDuration } from "#brief/figures/label/ellipsis/parallel-duration.ts";
import { elidedDeed } from "#brief/figures/label/ellipsis/elided-deed.ts";
import { carryCount } from "#brief/figures/card/sentence/carry-count.ts";
import { frontedSubset } from "#brief/figures/label/counts/fronted-subset.ts";
import { fallbackLabel } from "#brief/figures/card/sentence/fallback-label.ts";
import { themAntecedent, themPriced } from "#brief/figures/label/counts/them-antecedent.ts";
import { rivalCount } from "#brief/figures/label/counts/rival-count.ts";
import { roleOwner } from "#brief/figures/label/counts/role-owner.ts";
import { limitChanged } from "#brief/figures/label/change/limit-changed.ts";
import { multipleRestated } from "#brief/figures/label/ellipsis/multiple-restated.ts";
import { pairedFirst } from "#brief/figures/label/ellipsis/paired-scope.ts";
import { scaledFirst } from "#brief/figures/label/ellipsis/scaled-first.ts";
import { oneAfterCount } from "#brief/figures/card/sentence/coordinated.ts";
import { measureConversion } from "#brief/figures/card/sentence/measure-conversion.ts";
import { comparedWithBefore } from "#brief/figures/card/sentence/compared-before.ts";
import { elidedComparison } from "#brief/figures/label/ellipsis/elided-comparison.ts";

/** Labels each figure of `raws` in turn, dropping those that are no figure (an intensifier, "one" as a pronoun …). */
export function labelInOrder(toks: Tok[], raws: readonly Raw[], text: string): void {
  let lastCount: Raw | undefined;
  let lastAmount: Raw | undefined;
  let previous: Raw | undefined;
  let lastDuration: Raw | undefined;
  for (const r of raws) {
    // "I'm not 100 per cent sure": an intensifier, no share (intensifier.ts).
    // "Not in a million years": a figure of speech, no amount (hyperbole.ts).
    // "reached the last eight in the Europa League": a knockout's round, no count (competition-round.ts).
    if (r.drop || intensifier(toks, r) || hyperbole(toks, r) || competitionRound(toks, r)) continue;
    label(toks, r, text);
    // "27 boat fires last year -- nearly four times the 2011 figure": a multiple labelling found nothing to name is the
    // count's before it, of another time (multiple-restated.ts).
    if (r.drop && r.label === "" && r.type === undefined) multipleRestated(toks, r, lastCount);
    // "Of the ten ties …, four ended level": a count labelled by its verb alone counts the noun before it (elided-deed.ts).
    const deed = elidedDeed(toks, lastCount, r);
    if (deed !== "") r.label = deed;
    // "for ten days and a third for 15 days": the second of two parallel times shows the first's label (the ranking
    // reads its unit, as it does a duration's position: a card keeps both terms rather than one as a repeat).
    const parallel = parallelDuration(toks, lastDuration, r);
    if (parallel !== "") r.placed = parallel;
    if (r.type === "duration") lastDuration = r;
    // "fined a total of 900,000 rubles", "The total paid out was £203,066": a sum named by what it is, not "total".
    pastTotalOf(toks, r, () => label(toks, r, text));
    // "The number of people waiting for more than four hours was 7,434": what the tally is of (tally-subject.ts).
    tallySubject(toks, r);
    // "their total is 47": the owner's tally, not the count before (possessed-tally.ts).
    possessedTally(toks, r);
    if (r.one && !oneCountsNews(r.label)) {
      oneAfterCount(toks, lastCount, r);
      // "one" that counts no toll or arrest, even with the verb of a count before it, is an article or a pronoun: no
      // number, as if never read.
      if (!oneCountsNews(r.label)) {
        r.drop = true;
        continue;
      }
    }
    if (measureConversion(toks, previous, r) || r.drop) continue;
    comparedWithBefore(toks, previous, r);
    // "217 penalty notices were issued … -- an increase of 61 per cent": a change in what was just counted (change-of.ts).
    const changed = changeOfBefore(toks, r, previous);
    if (changed !== "") r.label = changed;
    const prior = previous;
    previous = r;
    const amountOf = lastAmount !== undefined && lastAmount.currency === r.currency && lastAmount.percent === r.percent ? lastAmount : undefined;
    // "30 per cent more rain than average but 12 per cent less than usual": less rain (elided-comparison.ts).
    const compared = amountOf === undefined ? "" : elidedComparison(toks, r, amountOf);
    if (compared !== "") r.label = compared;
    // "fetched £4m (or £400,000 a year)": a bracketed rate is the total per period, labelled as it (bracket-rate.ts).
    const perPeriod = r.currency === undefined ? undefined : bracketRate(toks, r, amountOf);
    if (perPeriod !== undefined) r.label = perPeriod;
    // Nothing after it but punctuation or a verb: "and 21% more than the average" has words of its own. After "a
    // further" or "another", an auxiliary starts the verb too ("a further £947m has been designated as unrecoverable");
    // after "and" it may start a clause of its own ("and 11 per cent did not know").
    const another = toks[r.s - 1]?.l === "further" || toks[r.s - 1]?.l === "another";
    const bare = toks[r.e] === undefined || toks[r.e]?.kind === PUNCT || toks[r.e]?.pos === "VERB" || (another && toks[r.e]?.pos === "AUX");
    if (r.label === "" && amountOf !== undefined && bare && (r.currency !== undefined || r.percent) && ELIDED_AMOUNT.has(toks[r.s - 1]?.l ?? "")) {
      // "its $17m profit … dwarfed by the $204m announced by Google": an amount with no words of its own is another of
      // the amount just named.
      r.label = amountOf.label;
    }
    if (r.label === "" && r.currency === undefined && !r.percent) {
      r.label = countedAfter(toks, r.e);
      // "five wins and three draws", "three defeats": a plural the tagger took for a verb is still the count's noun, so
      // the count weighs as one its labeller read ('three — draws' had outranked 'five — wins' beside it).
      if (r.label !== "") smallInWords(r);
      // "Of the 90 people on board, 57 were Greeks.": that kind among the fronted whole (fronted-subset.ts), before
      // the count in the whole lends the bare count its noun ('57 — people').
      if (r.label === "") r.label = frontedSubset(toks, r);
    }
    lastCount = carryCount(toks, r, lastCount);
    pairedFirst(toks, prior, r); // "About 60 and 30 were hurt in Paris and Lyon": 60 hurt in Paris (paired-scope.ts).
    scaledFirst(prior, r); // "drew 3 and 4 million viewers": 3 million viewers (scaled-first.ts).
    // "the minimum age of 35 for a bus driver would be lowered to 30": the limit changed, before a small bare number
    // with no label is dropped (limit-changed.ts).
    limitChanged(toks, r);
    // "Tickets went on sale and four of them have sold out": "them" stands for the plural noun before it, which a
    // part with no count before it counts (them-antecedent.ts), before a small bare number is dropped.
    themAntecedent(toks, r);
    // "signed five cheques to Pike, one of them for £4,150": one of the cheques (them-antecedent.ts).
    r.label = themPriced(toks, r) ?? r.label;
    fallbackLabel(toks, r, amountOf);
    // "ahead of Westbridge Rail with 24 stations and Coastlink on 19": the rivals' counts, named (rival-count.ts).
    rivalCount(toks, r);
    // "Co-accused Mark Dillon was sentenced to 35 years in prison": a co-defendant's term, named (role-owner.ts).
    roleOwner(toks, r);
    // The last amount with a label, whose label a bare amount of its kind after it may take (amountOf above).
    if ((r.currency !== undefined || r.percent) && r.label !== "") lastAmount = r;
  }
}

/** Words before an amount that say it is another of the amount named before it. */
const ELIDED_AMOUNT = new Set(["the", "and", "or", "another", "further"]);
