import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { labelCount } from "#brief/figures/label/counts/label-count.ts";
import { labelPercent } from "#brief/figures/label/change/label-percent.ts";
import { eventIn } from "#brief/figures/label/measures/race-time.ts";
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, ED_ADJECTIVES, KIND_NOUNS, MONEY_NOUNS, MONEY_VERBS, PREPOSITIONS, PRONOUNS, RATE_PERIODS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, nounStopForObject, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore, verbSubject } from "#brief/figures/language/subject.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { worthOwner } from "#brief/figures/language/worth.ts";
import { magnitude } from "#brief/figures/read/amount/magnitude.ts";
import { GIVE, givenNoun, givenTo, valueOf } from "#brief/figures/label/money/money-given.ts";
import { rankPlace } from "#brief/figures/label/ranks/rank-place.ts";
import { askedFor } from "#brief/figures/label/money/asked-for.ts";
import { costingThing } from "#brief/figures/label/money/costing.ts";
import { bracketHead } from "#brief/figures/label/money/bracket-head.ts";
import { rateOf, ratePrice } from "#brief/figures/label/money/money-rate.ts";
import { moneyVerbBefore, priceVerb, rateVerb } from "#brief/figures/label/money/money-verb.ts";
import { bracketPrice, difference, forPrice, labelIngModified, payerCost, sessionPrice } from "#brief/figures/label/money/money-price.ts";
import { rateNounBefore } from "#brief/figures/label/ellipsis/rate-anaphor.ts";
import { transferFee } from "#brief/figures/label/money/transfer-fee.ts";
import { pluralOwned } from "#brief/figures/label/money/plural-owner.ts";
import { endAtName } from "#brief/figures/label/durations/duration-name.ts";
import { measureDimension } from "#brief/figures/label/measures/unit-dimension.ts";
import { chartTop } from "#brief/figures/label/counts/chart-top.ts";
import { forecastLabel } from "#brief/figures/label/change/forecast.ts";
import { parallelMoney } from "#brief/figures/label/ellipsis/parallel-money.ts";
import { passiveMoney } from "#brief/figures/label/money/passive-money.ts";
import { stolenMoney } from "#brief/figures/label/money/stolen-money.ts";
import { takings } from "#brief/figures/label/money/takings.ts";
import { personWorth } from "#brief/figures/label/money/person-worth.ts";
import { verbLabel } from "#brief/figures/label/money/verb-label.ts";
import { purposeClause } from "#brief/figures/label/money/purpose.ts";
import { exchangeRate } from "#brief/figures/label/money/exchange-rate.ts";
import { windowMoney } from "#brief/figures/label/money/window-money.ts";
import { saleFor } from "#brief/figures/label/money/sale-for.ts";
import { givenFrom } from "#brief/figures/label/money/given-from.ts";
import { pastDangling } from "#brief/figures/language/dangling.ts";
import { isCapitalised, isWord, NUM, type Tok, upDown, WORD } from "#brief/figures/language/tokens.ts";

// Labels for money (what the amount is of, what it pays for, what rose or fell), and the step that sends each figure
// to its labeller: money here, percentages to label-percent.ts, counts and measures to label-count.ts.

export function label(toks: readonly Tok[], r: Raw, sentenceText: string): void {
  // A share ("a third of voters"), a multiple ("a doubling in profit") or an ordinal of news was labelled as it was read.
  if (r.type !== undefined && r.label !== "") return;
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
    r.e = e;
    // Whatever path found it, a lone verb ("£1.4bn — reported", "$11bn — overseeing") is no label: its noun if
    // it moves money ("sold" → "sale price"), else nothing, and the amount is left out.
    const l = r.label.toLowerCase();
    // "£100 worth of fencing": what an amount is the worth of is a thing, whatever its ending.
    const worthOf = isWord(toks[r.e], "worth") && isWord(toks[r.e + 1], "of");
    if (!l.includes(" ") && (l.endsWith("ed") || l.endsWith("ing")) && !ED_ADJECTIVES.has(l) && !worthOf) r.label = MONEY_NOUNS.get(l) ?? "";
    // "$5 million — pay", "$2.6 million — pay wife": an irregular verb, or a verb with its object, by its noun.
    verbLabel(toks, r);
    return;
  }
  if (r.percent) return labelPercent(toks, r);
  if (magnitude(toks, r)) return;
  labelCount(toks, r, sentenceText);
  chartTop(toks, r);
  rankPlace(toks, r);
  measureDimension(toks, r);
  forecastLabel(toks, r);
}

function labelMoney(toks: readonly Tok[], r: Raw): void {
  r.kind = "money";
  if (r.label) return;
  // "the dollar was at $1.29 to the euro": a currency's price in another is an exchange rate, not money paid to it.
  const rate = exchangeRate(toks, r.s, r.e);
  if (rate !== undefined) {
    r.label = rate;
    return;
  }
  // "stole £15,000 from a currency exchange", "conned a veteran out of £10,000": what a theft took, not its victim.
  // "the film took $18m", "Jugnot made 5.45m Euros": takings or earnings, not the film or the earner.
  const stolen = stolenMoney(toks, r.s, r.e) ?? takings(toks, r.s, r.e);
  if (stolen !== undefined) {
    r.label = stolen;
    return;
  }
  const prev = toks[r.s - 1];
  // "a saving of a whopping £1,288": "of" and "worth" stand before the amount's article and the word that judges it, when
  // no noun follows ("of a massive $1.6bn fraud case" is the case's); "a pair of £40 Adidas trousers": the trousers'.
  const described = forwardNP(toks, r.e) > r.e ? r.s : pastDescribed(toks, r.s);
  if (isWord(toks[described - 1], "of")) {
    const np = backNP(toks, described - 1, false);
    if (np && !(np[1] - np[0] === 1 && KIND_NOUNS.has(toks[np[0]]?.l ?? "") && described === r.s && forwardNP(toks, r.e) > r.e)) {
      r.label = phrase(toks, np[0], np[1]);
      // "the bill came to a total of $5m": a total of what is named before it.
      if (/^(?:total|sum|amount|figure|tally)$/i.test(r.label)) {
        let k = np[0];
        while (k > 0 && DETERMINERS.has(toks[k - 1]?.l ?? "")) k--;
        const before = backNP(toks, k - (isWord(toks[k - 1], "to") ? 1 : 0) - (/^(?:came|comes|come|amounted|amounts)$/.test(toks[k - 2]?.l ?? "") ? 1 : 0));
        if (before) r.label = phrase(toks, before[0], before[1]);
      }
      return;
    }
  }
  // "£16.9bn worth of goods", "£33million worth of the meat" (over its determiner)
  if (isWord(toks[r.e], "worth") && isWord(toks[r.e + 1], "of")) {
    const k = pastDeterminers(toks, r.e + 2);
    // "£100 worth of fencing", "of clothing": a worth is of a thing, so a lone "-ing" word after it is a noun.
    const end = Math.max(forwardNP(toks, k), isWord(toks[k]) && toks[k]!.l.endsWith("ing") ? k + 1 : k);
    if (end > k) {
      r.label = phrase(toks, k, end);
      return;
    }
  }
  // "crossing the Atlantic with £200million of drugs": the drugs, not the journey the clause's verb names.
  const thing = valueOf(toks, r.e);
  if (thing !== "") {
    r.label = thing;
    return;
  }
  // "The £8m allocated from the Home Office": what the money is (an allocation), and who gave it (given-from.ts).
  const giver = givenFrom(toks, r.e);
  if (giver !== undefined) {
    r.label = giver;
    return;
  }
  // "£102.80 a week", "$15 an hour", "£5 per head", "£100 every year": a rate, and its period is what tells it from a total.
  const per = toks[r.e];
  // "compared with $1.13bn a year earlier" is a time, not a rate.
  const when = toks[r.e + 2]?.l ?? "";
  const perWhat = isWord(per, "per") && isWord(toks[r.e + 1]) && !DETERMINERS.has(toks[r.e + 1]?.l ?? "");
  if (perWhat || (isWord(per) && (per.l === "a" || per.l === "an" || per.l === "every") && RATE_PERIODS.has(toks[r.e + 1]?.l ?? "") && toks[r.e + 1]?.kind === WORD && when !== "earlier" && when !== "ago" && when !== "before" && when !== "later")) {
    // "per square meter": the period is the noun phrase after "per".
    const periodEnd = perWhat && !RATE_PERIODS.has(toks[r.e + 1]?.l ?? "") ? Math.max(forwardNP(toks, r.e + 1), r.e + 2) : r.e + 2;
    const period = phrase(toks, r.e, periodEnd);
    // "earns £50,000 a year": the period alone says nothing; the verb that moves the money says what it is.
    const verb = moneyVerbBefore(toks, r.s);
    let what = verb ?? rateOf(toks, r, periodEnd);
    // "costs taxpayers more than £300,000 a year", "would save £6m a year": the money verb further back, over its
    // object and the amount's hedge, says what the rate is when nothing else does.
    if (what === "") what = rateVerb(toks, r.s) ?? payerCost(toks, r.s) ?? "";
    // "starts at £98 per night", "bookable from £83 per night", "live like Bilbo for just under $300 a night": a price.
    if (what === "") what = ratePrice(toks, r.s);
    // "on an £11,000-a-week salary and is looking to increase that to £43,000 a week": the pay (or price) said before it.
    if (what === "") what = rateNounBefore(toks, r.s);
    // "turns over millions of pounds every year": "every" makes a rate only of an amount the sentence names; alone, the
    // amount is read as any other.
    if (what !== "" || per.l !== "every") {
      r.label = what === "" ? period : `${what} ${period}`;
      return;
    }
  }
  // "the deal is said to be worth billions of dollars", "the find could be worth billions of pounds": the thing.
  // "in a deal valued at $6.75bn", "the damage is estimated at £5m": what is valued is named as what is worth it, not
  // the buyer said before it.
  const valued = isWord(prev, "at") && VALUED.has(toks[r.s - 2]?.l ?? "");
  // "Durst, who … is worth up to $100 million", "the hotelier worth £25m": what a person is worth is their fortune.
  const worth = isWord(toks[described - 1], "worth");
  if (worth && personWorth(toks, described - 1)) {
    r.label = "fortune";
    return;
  }
  const owner = worth ? worthOwner(toks, described - 1) : valued ? worthOwner(toks, r.s - 2) : "";
  if (owner !== "") {
    r.label = owner;
    return;
  }
  // "ended the day down at $8.08": where a market's session left the price, not the day.
  // "£1,000 cheaper than last year's list": a difference, not the comparative after it nor what it is compared with.
  // "(Scribe Books, £12.99)": a book's price after its publisher; "a five-year (£20m) deal": the head after the bracket.
  const diff = difference(toks, r.e) ?? sessionPrice(toks, r.s) ?? bracketPrice(toks, r.s, r.e) ?? bracketHead(toks, r.s, r.e);
  if (diff !== undefined) {
    r.label = diff;
    return;
  }
  const np = forwardNP(toks, r.e);
  const fee = transferFee(toks, r.e, np);
  if (fee !== undefined) {
    r.label = fee;
    return;
  }
  if (np > r.e) {
    // "the £28m fee United paid Southampton": a name that ends the thing priced, before a verb that moves money, is
    // who paid, no kind of fee ("domestic TV deal" goes on past its name; "£60m man Di Maria came on" is the player).
    const name = MONEY_VERBS.has(toks[np]?.l ?? "") ? endAtName(toks, r.e, np) : np;
    // "a $1.7bn donors' aid package": the package, not its owners.
    const owned = pluralOwned(toks, np);
    r.label = owned === undefined ? phrase(toks, r.e, toks.slice(name, np).every((t) => isCapitalised(t)) ? name : np) : phrase(toks, np + 1, owned);
    return;
  }
  // "at least £110m in profit", "$2bn in damages": what the money is counted in.
  if (isWord(per, "in") && isWord(toks[r.e + 1]) && !isCapitalised(toks[r.e + 1] as Tok)) {
    const end = forwardNP(toks, r.e + 1);
    if (end > r.e + 1) {
      r.label = phrase(toks, r.e + 1, end);
      return;
    }
  }
  // "set the gadget lover back £7,455", "cost each working family £3,000": the cost, not who pays it ("cost it $1bn
  // in one-off charges" is the charges, above).
  const cost = payerCost(toks, r.s);
  if (cost !== undefined) {
    r.label = cost;
    return;
  }
  // "negotiated a deal to buy it for $20", "sold the house for £1m", "signed in January from Swansea for £28m": the
  // price of the clause's deal, named by its verb, not by the place or club said between ("Swansea").
  if (isWord(prev, "for")) {
    // "download the song in minutes for 70p", "on the market for $1.2m": a price, or an asking price, not the noun before.
    const noun = priceVerb(toks, r.s - 1) ?? forPrice(toks, r.s - 1) ?? askedFor(toks, r.s - 1);
    if (noun !== undefined) {
      r.label = noun;
      return;
    }
  }
  // "share price rose 4p … in morning trading to 548p": the level reached by what rose.
  if (isWord(prev, "to")) {
    for (let v = r.s - 2; v >= 0 && r.s - v < 14; v--) {
      const t = toks[v];
      // "fell by £900million or 3.7 per cent … to £23.2 billion": "or" between two sizes of one change ends no clause.
      const alternative = isWord(t, "or") && toks[v + 1]?.kind === NUM;
      if (t === undefined || t.s === "," || t.s === ";" || (t.kind === WORD && CONJUNCTIONS.has(t.l) && !alternative)) break;
      if (upDown(t) && t.pos === "NOUN" && (isWord(toks[v + 1], "in") || isWord(toks[v + 1], "of"))) {
        const end = forwardNP(toks, v + 2);
        if (end > v + 2) {
          r.label = phrase(toks, v + 2, end);
          return;
        }
      }
      if (upDown(t)) {
        // "has reduced the debt it took on … to just 1.8bn euros": a change verb with an object moved the object.
        if (isWord(toks[v + 1]) && DETERMINERS.has(toks[v + 1]?.l ?? "")) {
          const end = forwardNP(toks, v + 2);
          if (end > v + 2) {
            r.label = phrase(toks, v + 2, end);
            return;
          }
        }
        const subject = verbSubject(toks, v);
        if (subject) {
          r.label = phrase(toks, subject[0], subject[1]);
          return;
        }
        break;
      }
    }
  }
  // "revenue nearly tripled in the fourth quarter, exceeding $86m": a participle after a comma runs on from the
  // main clause, whose subject is what the amount is.
  if (isWord(prev) && RUN_ON.has(prev.l) && toks[r.s - 2]?.s === ",") {
    const v = toks.findIndex((t, k) => k < r.s - 2 && t.pos === "VERB");
    const subject = v > 0 ? verbSubject(toks, v) : undefined;
    if (subject) {
      r.label = phrase(toks, subject[0], subject[1]);
      return;
    }
  }
  // "The sale of the land fetched £12m for the council": the price of what was sold, not of the payee (sale-for.ts).
  const sale = saleFor(toks, r.s, r.e);
  if (sale !== undefined) {
    r.label = sale;
    return;
  }
  const subject = costingThing(toks, r.s) ?? subjectBefore(toks, r.s);
  if (subject) {
    r.label = subject;
    return;
  }
  // "offered to pay $300m to settle charges": the purpose is what the money is for.
  const nx = toks[r.e];
  if (isWord(nx) && (nx.l === "to" || nx.l === "for" || nx.l === "on") && isWord(toks[r.e + 1])) {
    const start = nx.l === "to" ? r.e + 2 : r.e + 1 + (DETERMINERS.has(toks[r.e + 1]?.l ?? "") ? 1 : 0);
    // "for the current two years": a phrase cut before its number says no thing (dangling.ts).
    const read = forwardNP(toks, start);
    const end = pastDangling(toks, start, read);
    const from = r.e;
    // "fined £8,000 for dishonest reception", "pay $225,000 to three girls": what the money is, then what for; "gave
    // more than £700,000 to Labour", "owing $23bn to the IMF", "lent Russia $6bn to help": a giving verb, before the
    // amount or over its recipient, names money given "to" someone or for a purpose (money-given.ts).
    const verb = moneyVerbBefore(toks, r.s) ?? (nx.l === "to" ? (moneyVerbBefore(toks, r.s, GIVE) ?? givenNoun(toks, r.s)) : undefined);
    // "paid $20 to perform a sexual act", "paid $4,655 to be buried": a purpose clause, read to its object's head.
    const purpose = nx.l === "to" ? purposeClause(toks, r.e, MAX_LABEL_WORDS - (verb?.split(" ").length ?? 0)) : undefined;
    if (purpose !== undefined) r.label = purpose;
    // "pocketed $10 for the two mornings": a phrase that stops at its determiner names nothing.
    else if (end > start && end - from <= 5) r.label = phrase(toks, from, end);
    else if (nx.l === "to" && isWord(toks[r.e + 1])) {
      // "to make a copy": the verb alone ("to make") does not say what the money buys; take its object too.
      const object = r.e + 2 + (DETERMINERS.has(toks[r.e + 2]?.l ?? "") ? 1 : 0);
      const objectEnd = forwardNP(toks, object);
      r.label = phrase(toks, from, objectEnd > object ? Math.min(objectEnd, from + 4) : r.e + 2);
    }
    if (r.label && verb !== undefined) r.label = `${verb} ${r.label}`;
    // "paying $5m for the current two years": with the dangling words gone, the verb's noun alone ("payment").
    else if (end < read && verb !== undefined) r.label = verb;
    if (r.label) return;
  }
  // "give Newcastle £500,000", "loaned the previous regime running the club £5million": a payment or a loan, not its
  // payee or borrower (the verb's first object, which the reading below would take).
  const given = givenTo(toks, r.s);
  if (given !== undefined) {
    r.label = given;
    return;
  }
  // "would cost taxpayers about £2m", "joined Rangers … for £1.2m": the verb that moves the money, and its object,
  // before the amount's article and the word that judges it ("grossed an astounding $2.3bn", "cost a paltry £3m").
  for (let v = described - 1; v >= 0 && r.s - v <= 6; v--) {
    const t = toks[v];
    if (t === undefined || t.kind !== WORD || CONJUNCTIONS.has(t.l) || PRONOUNS.has(t.l) || AUXILIARIES.has(t.l) || t.l === "said") break;
    if (isCapitalised(t)) continue;
    if (MONEY_VERBS.has(t.l) || (t.l.endsWith("ed") && t.l.length > 4 && !ED_ADJECTIVES.has(t.l)) || (t.l.endsWith("ing") && t.l.length > 5)) {
      if (!MONEY_VERBS.has(t.l) && labelIngModified(toks, v, r)) return;
      // "delivery fees beginning at $5": a participle after a noun describes that noun.
      if (t.l.endsWith("ing") && !MONEY_VERBS.has(t.l)) {
        const owner = backNP(toks, v, false);
        if (owner) {
          r.label = phrase(toks, owner[0], owner[1]);
          return;
        }
      }
      let end = v + 1;
      while (end < described && end - v < 3 && isWord(toks[end]) && !PREPOSITIONS.has(toks[end]?.l ?? "") && !nounStopForObject(toks, end)) end++;
      r.label = phrase(toks, v, end).split(" ").filter((w) => !DETERMINERS.has(w)).join(" ");
      // A verb alone ("sold", "fetched") reads better as its noun ("sale price"); a verb that does not move
      // money ("compared with $1.13bn", "followed by") labels nothing, and the amount is left out.
      if (end === v + 1) r.label = MONEY_NOUNS.get(t.l) ?? "";
      return;
    }
  }
}

/** Participles that put a value on a thing: "valued at", "priced at", "estimated at", "costed at". */
const VALUED = new Set(["valued", "priced", "estimated", "costed"]);

/** Participles that carry a main clause's amount on to a figure: ", exceeding $86m", ", reaching £2bn". */
const RUN_ON = new Set(["exceeding", "reaching", "totalling", "totaling", "topping", "hitting", "surpassing", "passing", "amounting"]);
