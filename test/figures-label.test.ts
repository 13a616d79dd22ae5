// Labels: what each figure counts, and the figures left out for want of a useful one.
import { describe, expect, it } from "vitest";
import { findFigures } from "#brief/figures/card/card.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, figs, one } from "#test/helpers/figures.ts";

describe("what an editor would find wrong or useless on the card", () => {
  it("never labels a measure with its own unit: the label is what follows, or the figure is left out", () => {
    // "the 60m hurdles" names the race, as "the women's 5,000m" does: no figure (event-distance.ts).
    expect(figs("Greene won the 60m hurdles in Birmingham.")).toEqual([]);
    expect(one("The cinema still shows a 35mm print.")).toMatchObject({ display: "35mm", label: "print" });
    expect(one("They signed 12-month contracts.")).toMatchObject({ display: "12-month", label: "contracts" });
    expect(figs("Dibaba won the women's 5,000m at the Boston Indoor Games.")).toEqual([]);
    expect(figs("The console (12cm by 7.4cm) plays films.")).toEqual([]);
  });

  it("keeps ordinals that count (a streak, 'a seventh' for the last count, 'his 147th cap'), ranked low, and drops those that rank", () => {
    // An ordinal before its noun is how many so far: a candidate of type ordinal, below any count.
    expect(one("Fans pre-ordered the sixth book in the series.")).toMatchObject({ value: 6, type: "ordinal", label: "book" });
    const s = articleSentences({ paragraphs: ["Buffon won his 147th cap as 40 fans watched."] });
    expect(findFigures(s).map((f) => [f.value, f.type])).toEqual([
      [40, "count"],
      [147, "ordinal"],
    ]);
    expect(figs("Small Island, Levy's fourth novel, is set in England.").map((f) => f.type)).toEqual(["ordinal"]);
    expect(figs("Tesco is Britain's third-largest retailer.")).toEqual([]);
    expect(figs("He finished sixth.")).toEqual([]);
    expect(one("It is the bank's fifth consecutive annual loss.")).toMatchObject({ value: 5, kind: "rank" });
    expect(figs("Police arrested six men in Paris and a seventh in Brussels.").map((f) => [f.value, f.label])).toEqual([
      [6, "men arrested"],
      [7, "men arrested"],
    ]);
  });

  it("drops counts of one and ratios' denominators", () => {
    expect(figs("He faces more than one rival for the crown.")).toEqual([]);
    expect(one("At least one person was killed in the crash.")).toMatchObject({ value: 1, kind: "casualties" });
    // "one in five boys" is a share of the boys (0.2), not five of anything.
    expect(figs("By two, one in five boys was overweight.")).toEqual([expect.objectContaining({ value: 0.2, type: "other", label: "boys overweight" })]);
    expect(figs("By two years-old, the children were taller.")).toEqual([]);
    expect(figs("Two-thirds of the shares and three-quarters of the bonds were sold.").map((f) => [f.value, f.label])).toEqual([
      [0.667, "shares"],
      [0.75, "bonds sold"],
    ]);
  });

  it("labels race times by their event, from the sentence or the ones before, minutes included", () => {
    expect(one("Blume crossed the line in 6.67 secs in the 60m.")).toMatchObject({ display: "6.67 secs", label: "60m time", value: 6.67, kind: "measure" });
    expect(one("She was third in 7.27 seconds in the women's 60m.")).toMatchObject({ label: "60m time" });
    const s = articleSentences({ paragraphs: ["Dibaba set a 5,000m world record in Boston.", "She won in 14 minutes 32.93 seconds."] });
    expect(findFigures(s, { limit: 10 }).find((f) => f.sentence === 1)).toMatchObject({ display: "14 minutes 32.93 seconds", value: 872.93, label: "5,000m time" });
    // Whole seconds are a duration, not a result.
    expect(one("The alarm sounded for 30 secs.")).toMatchObject({ value: 30, type: "duration", unit: "seconds" });
  });

  it("ranks technical specifications below what the story counts, and does not read '2k' as 2,000", () => {
    const s = articleSentences({ paragraphs: ["The screens show films at 1080 pixels.", "The network will reach 250 screens."] });
    expect(findFigures(s, { salience: [1, 0] }).map((f) => f.label)).toEqual(["screens", "pixels"]);
    expect(figs("The network will employ 2k projectors.")).toEqual([]);
    expect(one("The firm will hire 30k workers.")).toMatchObject({ value: 30000, label: "workers" });
  });

  it("leaves out model numbers, addresses and names that look like counts", () => {
    expect(figs("Boeing unveiled the new 777 plane.")).toEqual([]);
    expect(figs("It will replace the 787 Dreamliner in service.")).toEqual([]);
    expect(figs("He walked through the door of 10 Downing Street.")).toEqual([]);
    expect(figs("The conductor died in Germany at 50.")).toEqual([]);
    expect(figs("It had almost three times as many people leaving as joining.")).toEqual([]);
  });

  it("gives money a noun for a label, never a lone verb", () => {
    expect(one("A dress worn in the film has fetched $137,000 at auction.")).toMatchObject({ value: 137000, label: "sale price" });
    expect(figs("Profit was $186m, compared with $1.13bn a year earlier.").map((f) => f.value)).toEqual([186000000]);
    // "get" receives the rate (received.ts): the sum received a week, not the period alone as before.
    expect(one("Mothers then get £102.80 a week until the baby is six months old.")).toMatchObject({ label: "sum received a week" });
    expect(one("Students were forecast to bring in at least £110m in profit.")).toMatchObject({ label: "profit", qualifier: "at least" });
    expect(one("It can cost up to £1,500 to make a copy of a print.")).toMatchObject({ label: "cost to make a copy" });
  });

  it("does not fill the card with the same label: a repeat counts for less", () => {
    const s = articleSentences({
      paragraphs: ["Kosenkow won in 21.07 secs in the 200m, with Balkom second in 21.58 secs and Blume third in 21.70 secs.", "The meeting sold 400 tickets."],
    });
    // Measures weigh less than counts, yet without the penalty the three times would all come before the arrests. Under a
    // headline naming neither (without one, the first sentence stands in, and its times would count what it is about).
    expect(findFigures(s, { limit: 2, salience: [1, 0], headline: "News in brief" }).map((f) => f.label)).toEqual(["200m time", "tickets sold"]);
  });

  it("folds casualty verbs into the label", () => {
    expect(one("The quake killed 2,000 people.")).toMatchObject({ label: "people killed", kind: "casualties" });
    expect(one("Fourteen miners were injured in the blast.")).toMatchObject({ value: 14, label: "miners injured", kind: "casualties" });
    expect(one("The crash left 40 dead.")).toMatchObject({ label: "dead", kind: "casualties" });
    expect(one("Rescuers said 12 climbers are still missing.")).toMatchObject({ label: "climbers missing" });
  });
});

describe("labels", () => {
  it("a rate says what it is a rate of, not only its period", () => {
    expect(at("The company makes nearly $5 billion a year in profits.", 5e9)).toMatchObject({ label: "profits a year", qualifier: "nearly" });
    expect(at("In Bangladesh the minimum wage is just $68 a month, far too low.", 68)).toMatchObject({ label: "minimum wage a month" });
    expect(at("He wants more than his current £120,000 a week salary at City.", 120000)).toMatchObject({ label: "salary a week" });
    expect(at("Prices range from $5,000 per square meter upwards.", 5000)).toMatchObject({ label: "price per square meter" });
    expect(at("Sterling, currently on £35,000 a week at Liverpool, wants more.", 35000)).toMatchObject({ label: "earnings a week" });
    expect(at("The plan would pay everybody £72 a week.", 72)).toMatchObject({ label: "payment a week" });
    // A name is where, not what: "$13 million a year in NSW alone" keeps its period.
    expect(at("Repairs cost nearly $13 million a year in NSW alone.", 13e6)).toMatchObject({ label: "cost a year" });
  });

  it("'the £32million Chile forward', 'a £15.8m signing': money before a player's position is the transfer fee paid for them", () => {
    expect(at("Wenger spoke of the £32million Chile forward, who has netted 19 goals.", 32e6)).toMatchObject({ unit: "GBP", type: "money", label: "transfer fee for Chile forward" });
    expect(at("Drogba, Chelsea's £24m striker, has missed three weeks.", 24e6)).toMatchObject({ unit: "GBP", label: "transfer fee for striker" });
    expect(one("Mutu, a £15.8m signing from Parma, may face a ban.")).toMatchObject({ value: 15.8e6, unit: "GBP", label: "transfer fee" });
    // A signing bonus is no fee; a name alone before the amount's noun is not a position.
    expect(one("He got a $10million signing bonus.")).toMatchObject({ value: 10e6, label: "signing bonus" });
    expect(one("United's £60million record summer signing was joined by his wife.")).toMatchObject({ value: 60e6, label: "transfer fee" });
    expect(one("He bought the £2m Chile ranch.").label).not.toMatch(/fee/);
    expect(one("They moved the £5m deal forward.").label).not.toMatch(/fee/);
  });

  it("'a 30% shareholder in Mitsubishi Motors': the percentage is a stake in the firm, not shareholders", () => {
    expect(one("DaimlerChrysler, a 30% shareholder in Mitsubishi Motors, decided not to pump in more money.")).toMatchObject({ value: 30, unit: "%", type: "percent", label: "stake in Mitsubishi Motors" });
    expect(at("He became a 50% owner of the club.", 50)).toMatchObject({ unit: "%", label: "stake in club" });
    // Plural holders are who the percentage counts: "40% shareholders voted" is a share of them.
    expect(at("Some 40% shareholders voted against.", 40)).toMatchObject({ qualifier: "some", label: "shareholders" });
    // A holder that is only the first word of the noun names something else: a group, not a stake.
    expect(at("A 40% shareholder group in the firm objected.", 40)).toMatchObject({ label: "shareholder group in firm" });
  });

  it("a rate's money verb may stand over its object and hedge ('costs taxpayers more than £300,000 a year'), within its clause", () => {
    expect(at("It costs taxpayers more than £300,000 a year to detain him.", 300000)).toMatchObject({ qualifier: "more than", unit: "GBP", type: "money", label: "cost a year" });
    expect(at("He estimates that this would save the country £119m a year.", 119e6)).toMatchObject({ unit: "GBP", type: "money", label: "savings a year" });
    expect(at("It would cost the NHS approximately £11 per patient.", 11)).toMatchObject({ qualifier: "approximately", unit: "GBP", label: "cost per patient" });
    // Renting, charging and making money: rent, a charge and earnings.
    expect(at("Delilah can sleep four and can be rented for £650 per week.", 650)).toMatchObject({ unit: "GBP", label: "rent per week" });
    expect(at("The school charges as much as $6,983 per year for tuition.", 6983)).toMatchObject({ qualifier: "as much as", unit: "USD", label: "charge per year" });
    expect(at("The men believed they would make between $3,000 and $5,000 a month.", 3000)).toMatchObject({ valueMax: 5000, unit: "USD", label: "earnings a month" });
    // A verb of another clause ("paid the loan and …", "Paid, she …") says nothing of this rate: it is the sum "gets"
    // receives (received.ts), not a payment.
    expect(at("He paid the loan and gets £500 a week.", 500)).toMatchObject({ label: "sum received a week" });
    expect(at("Paid, she gets £500 a week.", 500)).toMatchObject({ label: "sum received a week" });
  });

  it("money paid for or to something says what it is first: 'fine for …', 'payment to …', 'spending on …'", () => {
    expect(at("She was fined £8,000 for dishonest reception of a television signal.", 8000)).toMatchObject({ label: "fine for dishonest reception" });
    expect(at("A school district has been ordered to pay $225,000 to three girls.", 225000)).toMatchObject({ label: "payment to three girls" });
    expect(at("He had spent £40,000 on champagne in one day.", 40000)).toMatchObject({ label: "spending on champagne" });
    // A phrase that stops at its determiner names nothing: "for the two mornings" is no "for the".
    expect(at("Keefe pocketed $10 for the two mornings of modeling work.", 10).label).not.toMatch(/ the$/);
  });

  it("'no less than 17' keeps its negation", () => {
    expect(at("The album contained no less than 17 pictures of the singer.", 17)).toMatchObject({ qualifier: "no less than", label: "pictures" });
  });

  it("a pronoun with a contracted verb is no label: 'he's 100 per cent', 'it's only $88'", () => {
    expect(figs("He must only return if he's 100 per cent.")).toEqual([]);
    expect(at("It's only $88 at the shop.", 88).label).not.toMatch(/'/);
  });
});
