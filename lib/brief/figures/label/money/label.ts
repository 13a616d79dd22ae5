import type { Raw } from "#brief/figures/card/figure.ts";
import { labelCount } from "#brief/figures/label/counts/label-count.ts";
import { labelPercent } from "#brief/figures/label/change/label-percent.ts";
import { placeRate } from "#brief/figures/label/change/place-rate.ts";
import { eventIn } from "#brief/figures/label/measures/race-time.ts";
import { multiBuy } from "#brief/figures/label/money/multi-buy.ts";
import { homeMoney } from "#brief/figures/label/money/home-money.ts";
import { averagesVerb } from "#brief/figures/label/money/averages-verb.ts";
import { twoTakers } from "#brief/figures/label/money/two-takers.ts";
import { ED_ADJECTIVES, MONEY_NOUNS } from "#brief/figures/language/lexicon.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { magnitude } from "#brief/figures/read/amount/magnitude.ts";
import { rankPlace } from "#brief/figures/label/ranks/rank-place.ts";
import { labelMoney } from "#brief/figures/label/money/label-money.ts";
import { rivalOwned } from "#brief/figures/label/money/rival-owner.ts";
import { chartTop } from "#brief/figures/label/counts/chart-top.ts";
import { forecastLabel } from "#brief/figures/label/change/forecast.ts";
import { gaugeLevel } from "#brief/figures/label/change/gauge-level.ts";
import { measureDimension } from "#brief/figures/label/measures/unit-dimension.ts";
import { weighedMeasure } from "#brief/figures/label/measures/weighed-measure.ts";
import { parallelMoney } from "#brief/figures/label/ellipsis/parallel-money.ts";
import { passiveMoney } from "#brief/figures/label/money/passive-money.ts";
import { verbLabel } from "#brief/figures/label/money/verb-label.ts";
import { windowMoney } from "#brief/figures/label/money/window-money.ts";
import { receivedMoney } from "#brief/figures/label/money/received.ts";
import { listedCash } from "#brief/figures/label/money/listed-cash.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { phrasalNoun } from "#brief/figures/language/phrasal-noun.ts";
import { labelCenturyPart } from "#brief/figures/read/amount/century-part.ts";

// The label step: the step that sends each figure to its labeller: a race time to its event, money to label-money.ts
// (what the amount is of, what it pays for, what rose or fell) and then the checks every money label passes here,
// percentages to label-percent.ts, counts and measures to label-count.ts. Kept short so the order of labellers reads at once.

export function label(toks: readonly Tok[], r: Raw, sentenceText: string): void {
  // A share ("a third of voters"), a multiple ("a doubling in profit") or an ordinal of news was labelled as it was read.
  if (r.type !== undefined && r.label !== "") {
    // "A quarter of a century earlier": read whole as 25 years, labelled as those years would be (century-part.ts).
    labelCenturyPart(toks, r);
    return;
  }
  // "a £250-a-month hand out", "a $4.5bn bail-out": a phrasal noun after the amount is what it is (phrasal-noun.ts).
  const phrasal = r.currency !== undefined || r.percent ? phrasalNoun(toks, r.s, r.e) : undefined;
  if (phrasal !== undefined) {
    r.label = phrasal[0];
    r.kind = r.percent ? "percent" : "money";
    return;
  }
  if (r.clock) {
    const event = eventIn(sentenceText, r.from);
    r.label = event === undefined ? "time" : `${event} time`;
    return;
  }
  if (r.currency !== undefined) {
    // Labelled by what follows its conversion, if any; the display keeps its own end.
    const e = r.e;
    r.e = afterConversion(toks, e);
    labelMoney(toks, r);
    parallelMoney(toks, r);
    if (r.label === "") r.label = passiveMoney(toks, r.e);
    // "lost $646m in the three months to September": what the verb moved, not the window's unit (window-money.ts).
    if (r.label === "") r.label = windowMoney(toks, r.s, r.e) ?? "";
    // "will each receive $20,000": the sum received, not the receiver the nearest noun phrase would name (received.ts).
    if (r.label === "") r.label = receivedMoney(toks, r.s, r.e) ?? "";
    // "a parcel containing clothes and $85,000": cash, listed with what the parcel held (listed-cash.ts).
    if (r.label === "") r.label = listedCash(toks, r.s) ?? "";
    // "brought the 30 dollars home": the money carried home, not the adverb (home-money.ts).
    r.label = homeMoney(toks, r) ?? r.label;
    // "four for £9 on sliced bread": a multi-buy offer's price (multi-buy.ts).
    r.label = multiBuy(toks, r) ?? r.label;
    // "The loan of a graduating nurse averages £31,600": the average of the whole subject (averages-verb.ts).
    r.label = averagesVerb(toks, r) ?? r.label;
    // "X has taken $58m so far, while Y has taken $33m": each taker named (two-takers.ts).
    r.label = twoTakers(toks, r) ?? r.label;
    r.e = e;
    // Whatever path found it, a lone verb ("£1.4bn — reported", "$11bn — overseeing") is no label: its noun if
    // it moves money ("sold" → "sale price"), else nothing, and the amount is left out.
    const l = r.label.toLowerCase();
    // "£100 worth of fencing": what an amount is the worth of is a thing, whatever its ending.
    const worthOf = isWord(toks[r.e], "worth") && isWord(toks[r.e + 1], "of");
    if (!l.includes(" ") && (l.endsWith("ed") || l.endsWith("ing")) && !ED_ADJECTIVES.has(l) && !worthOf) r.label = MONEY_NOUNS.get(l) ?? "";
    // "$5 million — pay", "$2.6 million — pay wife": an irregular verb, or a verb with its object, by its noun.
    verbLabel(toks, r);
    // "rival Nordvik posted an annual profit of $5.3bn": the rival's, named (rival-owner.ts).
    rivalOwned(toks, r);
    return;
  }
  if (r.percent) {
    labelPercent(toks, r);
    // "Peru especially is a worry, with piracy put at 81%": the rate in the place (place-rate.ts).
    placeRate(toks, r);
    return;
  }
  if (magnitude(toks, r)) return;
  labelCount(toks, r, sentenceText);
  chartTop(toks, r);
  rankPlace(toks, r);
  measureDimension(toks, r);
  // "weighs a mere half pound": a weight with no noun (weighed-measure.ts).
  weighedMeasure(toks, r);
  forecastLabel(toks, r);
  // "the bureau's gauge of household borrowing fell to 51.7": the gauge's reading (gauge-level.ts).
  gaugeLevel(toks, r);
}
