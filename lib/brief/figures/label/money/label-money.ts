import type { Raw } from "#brief/figures/card/figure.ts";
import { pastDescribed } from "#brief/figures/language/change-verb.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { givenTo, valueOf } from "#brief/figures/label/money/money-given.ts";
import { askedFor } from "#brief/figures/label/money/asked-for.ts";
import { costingThing } from "#brief/figures/label/money/costing.ts";
import { priceVerb } from "#brief/figures/label/money/money-verb.ts";
import { forPrice, payerCost } from "#brief/figures/label/money/money-price.ts";
import { pricedWith } from "#brief/figures/label/money/priced-with.ts";
import { stolenMoney } from "#brief/figures/label/money/stolen-money.ts";
import { takings } from "#brief/figures/label/money/takings.ts";
import { foundMoney } from "#brief/figures/label/money/found-money.ts";
import { exchangeRate } from "#brief/figures/label/money/exchange-rate.ts";
import { saleFor } from "#brief/figures/label/money/sale-for.ts";
import { givenFrom } from "#brief/figures/label/money/given-from.ts";
import { ofLabel } from "#brief/figures/label/money/of-label.ts";
import { rateLabel } from "#brief/figures/label/money/rate-label.ts";
import { worthLabel } from "#brief/figures/label/money/worth-label.ts";
import { nounAfter } from "#brief/figures/label/money/noun-after.ts";
import { changeBy } from "#brief/figures/label/money/change-by.ts";
import { changeBeforeLevel } from "#brief/figures/label/money/change-before-level.ts";
import { changeLevel } from "#brief/figures/label/money/change-level.ts";
import { purposeLabel } from "#brief/figures/label/money/purpose-label.ts";
import { quantityPrice } from "#brief/figures/label/money/quantity-price.ts";
import { verbBack } from "#brief/figures/label/money/verb-back.ts";
import { partyMoved } from "#brief/figures/label/money/party-moved.ts";
import { raisedBy } from "#brief/figures/label/money/raised-by.ts";
import { textDonation } from "#brief/figures/label/money/text-donation.ts";
import { flowingTo } from "#brief/figures/label/money/flowing-to.ts";
import { groupPrice } from "#brief/figures/label/money/group-price.ts";
import { gainedBy } from "#brief/figures/label/money/gained-by.ts";
import { putInto } from "#brief/figures/label/money/put-into.ts";
import { takenFrom } from "#brief/figures/label/money/taken-from.ts";
import { relativeSum } from "#brief/figures/label/money/relative-sum.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A money figure's label (what the amount is of, what it pays for, what rose or fell): the rules in the order they are
// tried, the first that names the money ending the step. The longer rules are steps in files of their own (of-label.ts,
// rate-label.ts, worth-label.ts, noun-after.ts, change-level.ts, purpose-label.ts, verb-back.ts) so this order reads in
// one sitting; label.ts calls it for every amount with a currency.

/** Verbs of a price, after the thing priced: "the pass costs £47.25". */
const COST_VERBS = new Set(["costs", "cost"]);

export function labelMoney(toks: readonly Tok[], r: Raw): void {
  r.kind = "money";
  if (r.label) return;
  // "text SWIM20 £2 or £8 to 60060": a donation by text, not the message's keyword (text-donation.ts).
  const texted = textDonation(toks, r.s);
  if (texted !== undefined) {
    r.label = texted;
    return;
  }
  // "3.4 billion rupees was flowing to the wealthiest tenth of households": where it goes, not the recipient alone
  // (flowing-to.ts).
  const goes = flowingTo(toks, r.e);
  if (goes !== undefined) {
    r.label = goes;
    return;
  }
  // "the dollar was at $1.29 to the euro": a currency's price in another is an exchange rate, not money paid to it.
  const rate = exchangeRate(toks, r.s, r.e);
  if (rate !== undefined) {
    r.label = rate;
    return;
  }
  // "stole £15,000 from a currency exchange", "conned a veteran out of £10,000": what a theft took, not its victim.
  // "the film took $18m", "Jugnot made 5.45m Euros": takings or earnings, not the film or the earner.
  // "Police found $12,000, a knife and a phone", "the return of $35,000 seized at the airport": cash found or seized.
  // "Smith took £5,000 from the till": taken out of where it was (taken-from.ts).
  const stolen = stolenMoney(toks, r.s, r.e) ?? takings(toks, r.s, r.e) ?? takenFrom(toks, r.s, r.e) ?? foundMoney(toks, r.s, r.e);
  if (stolen !== undefined) {
    r.label = stolen;
    return;
  }
  const prev = toks[r.s - 1];
  // "a saving of a whopping £1,288": "of" and "worth" stand before the amount's article and the word that judges it, when
  // no noun follows ("of a massive $1.6bn fraud case" is the case's); "a pair of £40 Adidas trousers": the trousers'.
  const described = forwardNP(toks, r.e) > r.e ? r.s : pastDescribed(toks, r.s);
  if (ofLabel(toks, r, described)) return;
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
  // "no mention of the £45 million the council spent on consultants": what the relative clause after it says was done
  // with the money, not the noun governing "of the" (relative-sum.ts).
  const relative = relativeSum(toks, r.s, r.e);
  if (relative !== undefined) {
    r.label = relative;
    return;
  }
  // "£102.80 a week", "$15 an hour", "£5 per head", "£100 every year": a rate, and its period is what tells it from a total.
  if (rateLabel(toks, r)) return;
  // "the deal is said to be worth billions", "a deal valued at $6.75bn", "the hotelier worth £25m" (worth-label.ts).
  if (worthLabel(toks, r, described)) return;
  // "Taxes on pensions went up by £700", "spending has increased by £7bn in real terms": what the change moved, not the
  // thing it was on nor the frame after it (change-by.ts).
  // "Its shares gained 6p to 702p": the change, named as one, beside the level it reached (change-before-level.ts).
  const changed = changeBeforeLevel(toks, r.s, r.e) ?? changeBy(toks, r.s);
  if (changed !== undefined) {
    r.label = changed;
    return;
  }
  // "Prices from £21 adults, £15 concessions", "from £3,829 pp": a price for the group after it, not the group.
  const group = groupPrice(toks, r.e);
  if (group !== undefined) {
    r.label = group;
    return;
  }
  // A difference, a session's price, a bracketed price, a transfer fee, the noun after the amount, what it is counted in.
  if (nounAfter(toks, r)) return;
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
    // "offered a fish wrap with sweet potato fries for just £5": the thing the "with" hangs on, before the verb's noun
    // ('offer' said nothing of what was priced; priced-with.ts).
    const noun = pricedWith(toks, r.s - 1) ?? priceVerb(toks, r.s - 1) ?? forPrice(toks, r.s - 1) ?? askedFor(toks, r.s - 1);
    if (noun !== undefined) {
      r.label = noun;
      return;
    }
  }
  // "share price rose 4p … to 548p", "revenue nearly tripled …, exceeding $86m": what changed (change-level.ts).
  if (changeLevel(toks, r)) return;
  // "The sale of the land fetched £12m for the council": the price of what was sold, not of the payee (sale-for.ts).
  const sale = saleFor(toks, r.s, r.e);
  if (sale !== undefined) {
    r.label = sale;
    return;
  }
  // "Oxfam and Denmark will put an extra £0.4bn into a fund for clean water": what the money goes into, not a giver.
  const into = putInto(toks, r.s, r.e);
  if (into !== undefined) {
    r.label = into;
    return;
  }
  // "A 30-day pass with 60 journeys and 6 guest trips costs £47.25": a cost verb's subject ends in what comes with the
  // thing, and the price is the thing's, as before "for" ('£47.25 — guest trips' read the nearest noun).
  const withCost = isWord(prev) && COST_VERBS.has(prev.l) ? pricedWith(toks, r.s - 1) : undefined;
  if (withCost !== undefined) {
    r.label = withCost;
    return;
  }
  // "with the opening ride raising over £150,000": raised by the ride, not its price (raised-by.ts).
  const raised = raisedBy(toks, r.s);
  if (raised !== undefined) {
    r.label = raised;
    return;
  }
  const costing = costingThing(toks, r.s);
  // "strangers raised £300,000", "the broadsheet lost $30 million": the sum raised or the loss, not the party
  // (party-moved.ts); a purpose after it says more ("raised £1m for the charity" → raised for the charity).
  const moved = costing === undefined ? partyMoved(toks, r.s) : undefined;
  if (moved !== undefined && purposeLabel(toks, r)) return;
  const subject = costing ?? moved ?? subjectBefore(toks, r.s);
  if (subject) {
    // "made councils in England a record £667million": a gain verb's first object gained it (party-money.ts).
    r.label = gainedBy(toks, r.s, subject) ?? subject;
    return;
  }
  // "£12 for 30g": the price of that much of the goods, not the unit the purpose reading keeps (quantity-price.ts).
  const quantity = quantityPrice(toks, r);
  if (quantity !== undefined) {
    r.label = quantity;
    return;
  }
  // "offered to pay $300m to settle charges": the purpose is what the money is for (purpose-label.ts).
  if (purposeLabel(toks, r)) return;
  // "give Newcastle £500,000", "loaned the previous regime running the club £5million": a payment or a loan, not its
  // payee or borrower (the verb's first object, which the reading below would take).
  const given = givenTo(toks, r.s);
  if (given !== undefined) {
    r.label = given;
    return;
  }
  // "would cost taxpayers about £2m": the verb that moves the money, and its object (verb-back.ts).
  verbBack(toks, r, described);
}
