// A count with no words of its own inherits the noun of the count before it ("six after …", "killing 3 people and
// injuring 40"), and a count that names something becomes the one later counts inherit from: split from
// sentence.ts's first pass so the inheritance reads in one place.
import { bracketGloss } from "#brief/figures/label/ellipsis/bracket-gloss.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { CASUALTY_WORDS } from "#brief/figures/language/lexicon.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";
import { withoutPeriod } from "#brief/figures/label/counts/yearly-count.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { subsetScope } from "#brief/figures/label/ellipsis/subset-scope.ts";
import { asideWindow } from "#brief/figures/label/ellipsis/aside-window.ts";
import { pairedScope } from "#brief/figures/label/ellipsis/paired-scope.ts";
import { leadScope } from "#brief/figures/label/ellipsis/lead-scope.ts";
import { elidedSpan } from "#brief/figures/label/ellipsis/elided-span.ts";
import { NOT_OUT } from "#brief/figures/label/counts/not-out.ts";
import { bareFold } from "#brief/figures/label/counts/bare-fold.ts";
import { elidedGameDeed, resultRun } from "#brief/figures/label/counts/result-run.ts";
import { forecastVerb } from "#brief/figures/label/change/forecast-object.ts";
import { roundOrdinal } from "#brief/figures/label/ranks/round-ordinal.ts";
import { inheritedLabel } from "#brief/figures/label/counts/role-owner.ts";
import { groupCompared } from "#brief/figures/label/ellipsis/group-compared.ts";
import { runningTotal } from "#brief/figures/label/ellipsis/running-total.ts";

/** Labels `r` from the last count when it names nothing itself; returns the count a later number inherits from. */
export function carryCount(toks: readonly Tok[], r: Raw, lastCount: Raw | undefined): Raw | undefined {
  if (r.label === "" && r.currency === undefined && !r.percent) {
    // "lost four and won two of their last six": a result verb of its own and a window of games name the count
    // (games won), not the count before ('two — lost'); no later count elides it (result-run.ts).
    const run = r.fold === undefined && !r.ordinal ? resultRun(toks, r) : undefined;
    if (run !== undefined) {
      r.label = run;
      return lastCount;
    }
    // "Seven attackers died — six after …, a seventh from …": the elided noun is the last one counted.
    // Only "a seventh"/"the third" ellipses inherit among ordinals; "ranked fourth in the world" does not.
    // A bracket after a noun gives that noun's value, not another of the count before ("shoe size (10.5)").
    // "three body shots in the eighth": a round, no elided count (round-ordinal.ts).
    const elided = (!r.ordinal || isWord(toks[r.s - 1], "a") || isWord(toks[r.s - 1], "the")) && !bracketGloss(toks, r) && !roundOrdinal(toks, r);
    if (r.fold !== undefined && !r.ordinal) {
      // "killing 3 people and injuring 40": its own verb, with the noun of the count before ("people injured").
      // A span's unit is no noun a verb's count takes: "10 weeks before … all 130,000 had been sold" (not "weeks sold").
      r.label = lastCount?.noun !== undefined && r.kind !== "measure" && lastCount.type !== "duration" ? `${lastCount.noun} ${r.fold}` : r.fold;
      // "shed more than 10kg": a measure its verb governs stays a measure.
      if (r.kind !== "measure") r.kind = CASUALTY_WORDS.has(r.fold) ? "casualties" : "people";
      // No count before lends a noun: "killing 12" → people killed, "lost six in a row" → games lost (bare-fold.ts).
      const own = r.label === r.fold && r.kind !== "measure" ? bareFold(toks, r) : undefined;
      if (own !== undefined) [r.label, r.kind] = [own.label, own.kind];
      // "Police arrested 12 and 5 in Leeds and Bradford": the first of a pair takes the first scope as the second,
      // elided below, takes the second; the second inherits the verb's label without the first's scope.
      const scope = pairedScope(toks, r, r.label);
      if (scope === "") return r;
      const unscoped = { ...r };
      r.label += scope;
      return unscoped;
    }
    // "added two more, reaching four at the break": a running total of the noun, not another of the verb's (running-total.ts).
    const total = lastCount !== undefined && elided && r.glued === undefined && lastCount.type !== "duration" ? runningTotal(toks, r, lastCount) : undefined;
    if (total !== undefined && lastCount !== undefined) {
      r.label = total;
      r.kind = lastCount.kind;
      return lastCount;
    } else if (lastCount !== undefined && elided && (r.glued === undefined || lastCount.unit === r.glued) && (lastCount.type !== "duration" || elidedSpan(toks, lastCount, r))) {
      // (A glued unit of its own, "5 feet 4 inches tall, weighing 120-130lbs", says it counts something else; so does
      // a bare number far past a span, or with a role or an age's shape of its own: elided-span.ts.)
      // "8,000 applications - equivalent to 40 a day": the elided noun, at the count's own rate.
      // "40 trials, including seven from Canada": a part keeps its scope (trials from Canada: subset-scope.ts).
      // "500 and 400 in London and Paris": each of a pair keeps its own scope (paired-scope.ts).
      const scope = subsetScope(toks, r, lastCount.label) || pairedScope(toks, r, lastCount.label);
      // "Smith was jailed for 12 years and his brother for four": the term, not Smith's (role-owner.ts).
      // "featured in 18 matches but started only five": the games its own verb left so (result-run.ts).
      const inherited = inheritedLabel(lastCount);
      const label = `${(lastCount.kind === "measure" ? undefined : elidedGameDeed(toks, r, lastCount, inherited)) ?? inherited}${scope}`;
      // "About 1,100 jobs will go in the north, while 700 and 400 …": the count before the pair shows its own place.
      leadScope(toks, lastCount, r);
      // A count at a rate of its own keeps its own period, not the carried count's too (yearly-count.ts).
      const period = periodAfter(toks, r.e);
      r.label = period === "" ? label : `${withoutPeriod(label)} ${period}`;
      // "64 outbreaks in 2026 - worryingly 7 in the past fortnight -": a dash aside's part keeps its window (aside-window.ts).
      if (scope === "") r.label = asideWindow(toks, r, r.label) || r.label;
      // "people in their forties join 14 clubs, compared to people in their fifties who join 9": each count of its
      // group (group-compared.ts).
      if (scope === "" && r.label === label) groupCompared(toks, lastCount, r, label);
      r.kind = lastCount.kind;
      // "Diame out for five months and Chester three": the elided noun brings its type and unit.
      if (!r.ordinal && lastCount.type !== undefined) r.type = lastCount.type;
      if (!r.ordinal && lastCount.unit !== undefined) r.unit = lastCount.unit;
      // A breakdown of the number just given ("six after …"), so detail; but a count its own verb governs, hedged
      // ("targeting 10 wins … have mustered just six"), is a second count of the same thing, not a part of the
      // first. Unhedged, a verb says too little: "turned 20" is an age, "called 911" a phone number; but a verb of
      // forecasting says it ("expects 4 million units while Westgate forecasts 15 million": a rival forecast).
      // (the tagger may read "Westgate forecasts" as a noun phrase, so the verb is known by its word).
      const own = (toks[r.s - 1]?.pos === "VERB" && r.qualifier !== undefined) || forecastVerb(toks[r.s - 1]);
      r.factor = own ? lastCount.factor : lastCount.factor * 0.5;
    }
  } else if (r.currency === undefined && !r.percent && r.kind !== "rank" && r.kind !== "percent" && r.whole !== true && r.label !== NOT_OUT) {
    // A share said in words ("half the proceeds to two Down Syndrome foundations") names no noun a later number counts.
    return r;
  }
  return lastCount;
}
