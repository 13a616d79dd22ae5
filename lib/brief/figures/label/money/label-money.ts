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

// A money figure's label (what the amount is of, what it pays for, what rose or fell): MONEY_RULES in the order they
// are tried, the first that names the money labelling it. The longer rules are steps in files of their own (of-label.ts,
// rate-label.ts, worth-label.ts, noun-after.ts, change-level.ts, purpose-label.ts, verb-back.ts) so this order reads in
// one sitting; label.ts calls it for every amount with a currency.

/** Verbs of a price, after the thing priced: "the pass costs £47.25". */
const COST_VERBS = new Set(["costs", "cost"]);

/** Where the amount stands, as every rule reads it. */
interface MoneySpot {
  readonly toks: readonly Tok[];
  readonly r: Raw;
  readonly prev: Tok | undefined;
  /** Where the words that describe the amount begin ("of a whopping £1,288"; of-label.ts, worth-label.ts, verb-back.ts). */
  readonly described: number;
}

/**
 * One way of naming the money: its label, or undefined when the rule does not apply. A rule that writes the figure
 * itself (of-label.ts, rate-label.ts …) answers with the label it wrote.
 */
interface MoneyRule {
  /** What the rule reads, for the reader of the list. */
  readonly name: string;
  readonly label: (m: MoneySpot) => string | undefined;
}

/** The label a rule that writes the figure itself (and says whether it did) wrote. */
const wrote = (r: Raw, done: boolean): string | undefined => (done ? r.label : undefined);

// The order matters where two rules both answer: the earlier is the one that reads the clause more closely. Where two
// answered differently on the dev cards (3,737 money figures: cnndm-dev, dev and dev-bbc less the blind ids, counted
// once by a throwaway run of every rule) the comment beside the earlier says "Before …" with a case.
const MONEY_RULES: readonly MoneyRule[] = [
  // "text SWIM20 £2 or £8 to 60060": a donation by text, not the message's keyword (text-donation.ts).
  { name: "text donation", label: ({ toks, r }) => textDonation(toks, r.s) },
  // "3.4 billion rupees was flowing to the wealthiest tenth of households": where it goes, not the recipient alone
  // (flowing-to.ts).
  { name: "flowing to", label: ({ toks, r }) => flowingTo(toks, r.e) },
  // "the dollar was at $1.29 to the euro": a currency's price in another is an exchange rate, not money paid to it.
  // Before purpose, which reads "to the euro" as what the money is for.
  { name: "exchange rate", label: ({ toks, r }) => exchangeRate(toks, r.s, r.e) },
  // "stole £15,000 from a currency exchange", "conned a veteran out of £10,000": what a theft took, not its victim.
  // "the film took $18m", "Jugnot made 5.45m Euros": takings or earnings, not the film or the earner.
  // "Smith took £5,000 from the till": taken out of where it was (taken-from.ts).
  // "Police found $12,000, a knife and a phone", "the return of $35,000 seized at the airport": cash found or seized.
  // Before subject: "conning a D-Day veteran out of nearly £10,000" is stolen, not the veteran's.
  {
    name: "stolen, taken or found",
    label: ({ toks, r }) => stolenMoney(toks, r.s, r.e) ?? takings(toks, r.s, r.e) ?? takenFrom(toks, r.s, r.e) ?? foundMoney(toks, r.s, r.e),
  },
  // "a saving of a whopping £1,288": "of" and "worth" stand before the amount's article and the word that judges it, when
  // no noun follows ("of a massive $1.6bn fraud case" is the case's); "a pair of £40 Adidas trousers": the trousers'.
  // Before noun after, rate, purpose and subject: "£100 worth of fencing" is fencing (not 'worth'), "a fine of $666,666
  // for the vessel's release" the fine, "the Illinois average of $12,000 per student" the average.
  { name: "of", label: ({ toks, r, described }) => wrote(r, ofLabel(toks, r, described)) },
  // "crossing the Atlantic with £200million of drugs": the drugs, not the journey the clause's verb names.
  { name: "value of", label: ({ toks, r }) => valueOf(toks, r.e) || undefined },
  // "The £8m allocated from the Home Office": what the money is (an allocation), and who gave it (given-from.ts).
  { name: "given from", label: ({ toks, r }) => givenFrom(toks, r.e) },
  // "no mention of the £45 million the council spent on consultants": what the relative clause after it says was done
  // with the money, not the noun governing "of the" (relative-sum.ts).
  { name: "relative clause", label: ({ toks, r }) => relativeSum(toks, r.s, r.e) },
  // "£102.80 a week", "$15 an hour", "£5 per head", "£100 every year": a rate, and its period is what tells it from a total.
  // Before worth, change by, payer's cost, for a price and subject, which drop the period: "a deal worth £200,000 a
  // week", "cost the NHS £11 per patient", "reduce costs by $5bn a year".
  { name: "rate", label: ({ toks, r }) => wrote(r, rateLabel(toks, r)) },
  // "the deal is said to be worth billions", "a deal valued at $6.75bn", "the hotelier worth £25m" (worth-label.ts).
  // Before noun after, purpose and subject: "A chocolate bunny worth $64,000 made headlines" is the bunny's.
  { name: "worth", label: ({ toks, r, described }) => wrote(r, worthLabel(toks, r, described)) },
  // "Its shares gained 6p to 702p": the change, named as one, beside the level it reached (change-before-level.ts).
  // "Taxes on pensions went up by £700", "spending has increased by £7bn in real terms": what the change moved, not the
  // thing it was on nor the frame after it (change-by.ts).
  { name: "change by", label: ({ toks, r }) => changeBeforeLevel(toks, r.s, r.e) ?? changeBy(toks, r.s) },
  // "Prices from £21 adults, £15 concessions", "from £3,829 pp": a price for the group after it, not the group.
  // Before noun after, which names the group alone.
  { name: "group price", label: ({ toks, r }) => groupPrice(toks, r.e) },
  // A difference, a session's price, a bracketed price, a transfer fee, the noun after the amount, what it is counted in.
  // Before payer's cost, for a price, given to and subject: "still has £129 million in interest-free loans" is the
  // loans (not the owner), "will cost it $1bn in one-off charges" the charges.
  { name: "noun after", label: ({ toks, r }) => wrote(r, nounAfter(toks, r)) },
  // "set the gadget lover back £7,455", "cost each working family £3,000": the cost, not who pays it ("cost it $1bn
  // in one-off charges" is the charges, above). Before subject: "set the couple back £95,000" is a cost to them.
  { name: "payer's cost", label: ({ toks, r }) => payerCost(toks, r.s) },
  // "negotiated a deal to buy it for $20", "sold the house for £1m", "signed in January from Swansea for £28m": the
  // price of the clause's deal, named by its verb, not by the place or club said between ("Swansea").
  // "download the song in minutes for 70p", "on the market for $1.2m": a price, or an asking price, not the noun before.
  // "offered a fish wrap with sweet potato fries for just £5": the thing the "with" hangs on, before the verb's noun
  // ('offer' said nothing of what was priced; priced-with.ts). Before purpose: "sold for $25 million to a Chinese
  // businessman" is a sale price.
  {
    name: "for a price",
    label: ({ toks, r, prev }) =>
      isWord(prev, "for") ? (pricedWith(toks, r.s - 1) ?? priceVerb(toks, r.s - 1) ?? forPrice(toks, r.s - 1) ?? askedFor(toks, r.s - 1)) : undefined,
  },
  // "share price rose 4p … to 548p", "revenue nearly tripled …, exceeding $86m": what changed (change-level.ts).
  { name: "change to a level", label: ({ toks, r }) => wrote(r, changeLevel(toks, r)) },
  // "The sale of the land fetched £12m for the council": the price of what was sold, not of the payee (sale-for.ts).
  { name: "sale for", label: ({ toks, r }) => saleFor(toks, r.s, r.e) },
  // "Oxfam and Denmark will put an extra £0.4bn into a fund for clean water": what the money goes into, not a giver.
  { name: "put into", label: ({ toks, r }) => putInto(toks, r.s, r.e) },
  // "A 30-day pass with 60 journeys and 6 guest trips costs £47.25": a cost verb's subject ends in what comes with the
  // thing, and the price is the thing's, as before "for" ('£47.25 — guest trips' read the nearest noun).
  { name: "cost with", label: ({ toks, r, prev }) => (isWord(prev) && COST_VERBS.has(prev.l) ? pricedWith(toks, r.s - 1) : undefined) },
  // "with the opening ride raising over £150,000": raised by the ride, not its price (raised-by.ts).
  { name: "raised by", label: ({ toks, r }) => raisedBy(toks, r.s) },
  // "strangers raised £300,000", "the broadsheet lost $30 million": the sum raised or the loss, not the party
  // (party-moved.ts); a purpose after it says more ("raised £1m for the charity" → raised for the charity). Before
  // subject, which says 'raised' alone.
  {
    name: "moved for a purpose",
    label: ({ toks, r }) => wrote(r, costingThing(toks, r.s) === undefined && partyMoved(toks, r.s) !== undefined && purposeLabel(toks, r)),
  },
  // "a project costing £2bn": the thing that costs it; "strangers raised £300,000": the sum raised; else the clause's
  // subject. "made councils in England a record £667million": a gain verb's first object gained it (gained-by.ts).
  // Before purpose: "the superyacht costs approximately 40 million euros to build" is the superyacht's.
  { name: "subject", label: ({ toks, r }) => subjectLabel(toks, r.s) },
  // "£12 for 30g": the price of that much of the goods, not the unit the purpose reading keeps (quantity-price.ts).
  { name: "quantity price", label: ({ toks, r }) => quantityPrice(toks, r) },
  // "offered to pay $300m to settle charges": the purpose is what the money is for (purpose-label.ts). Before given to:
  // "offer Robin van Persie £5 million to quit the club" is an offer to quit.
  { name: "purpose", label: ({ toks, r }) => wrote(r, purposeLabel(toks, r)) },
  // "give Newcastle £500,000", "loaned the previous regime running the club £5million": a payment or a loan, not its
  // payee or borrower (the verb's first object, which verb-back.ts would take).
  { name: "given to", label: ({ toks, r }) => givenTo(toks, r.s) },
];

/** What costs the money, the party that moved it, or the clause's subject; undefined when none is named. */
function subjectLabel(toks: readonly Tok[], s: number): string | undefined {
  const subject = costingThing(toks, s) ?? partyMoved(toks, s) ?? subjectBefore(toks, s);
  return subject ? (gainedBy(toks, s, subject) ?? subject) : undefined;
}

export function labelMoney(toks: readonly Tok[], r: Raw): void {
  r.kind = "money";
  if (r.label) return;
  const described = forwardNP(toks, r.e) > r.e ? r.s : pastDescribed(toks, r.s);
  const spot: MoneySpot = { toks, r, prev: toks[r.s - 1], described };
  for (const rule of MONEY_RULES) {
    const label = rule.label(spot);
    if (label !== undefined) {
      r.label = label;
      return;
    }
  }
  // "would cost taxpayers about £2m": the verb that moves the money, and its object (verb-back.ts).
  verbBack(toks, r, described);
}
