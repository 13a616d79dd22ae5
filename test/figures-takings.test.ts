// Money a film, a show or a person takes or makes is its takings or earnings, not the taker, the period or the place
// (takings.ts; the rate's verb in money-verb.ts). One-sentence repros with the exact figure, and near misses: a take
// that is a price, a theft or money taken from someone, an amount with a noun of its own, a total, a sale.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("money taken or made is takings or earnings (takings.ts)", () => {
  it("'the film took more than the expected $18m': takings, not the film", () => {
    const text = "Despite lukewarm reviews from critics, the film took more than the expected $18m (£9.5m).";
    expect(exact(at(text, 18e6))).toEqual(want(18e6, undefined, "USD", "takings", "money"));
  });

  it("'shot to the number one spot after taking $22m at the box office': box office takings, not the spot", () => {
    const text = "The thriller shot straight to the number one spot after taking $22m (£11.7m) at the box office.";
    expect(exact(at(text, 22e6))).toEqual(want(22e6, undefined, "USD", "box office takings", "money"));
  });

  it("'a box-office hit, making $5 million': what a film makes is its box office", () => {
    const text = "Thanks to its popularity on American TV, the movie was a box-office hit, making $5 million.";
    expect(exactOnly(text)).toEqual(want(5e6, undefined, "USD", "box office takings", "money"));
  });

  it("'Jugnot made 5.45m Euros (£3.77m) last year': earnings, not the earner; a time after it is no noun of it", () => {
    const text = "Jugnot made 5.45m Euros (£3.77m) last year, according to a table drawn up by a newspaper.";
    expect(exact(at(text, 5.45e6))).toEqual(want(5.45e6, undefined, "EUR", "earnings", "money"));
  });

  it("'took $19.5m in three days': 'in three days' is when, not what it is counted in", () => {
    const text = "Boogeyman, about a man who returns to confront his traumatic past, took $19.5m (£14.9m) in three days.";
    expect(exact(at(text, 19.5e6))).toEqual(want(19.5e6, undefined, "USD", "takings", "money"));
  });

  it("'has raked in $80m': takings, not the taker", () => {
    expect(exactOnly("Shark Tale has raked in $80m (£42.4m) since its DVD release.")).toEqual(want(80e6, undefined, "USD", "takings", "money"));
  });

  it("'taking $8m in its third week': the takings of the span it names", () => {
    const text = "Coach Carter fell to number four, taking $8m (£4.25m) in its third week.";
    expect(exactOnly(text)).toEqual(want(8e6, undefined, "USD", "third week takings", "money"));
  });

  it("near miss: 'took $5m in the city' is no span", () => {
    expect(labelOf("The film took $5m in the city.", 5e6)).not.toBe("city takings");
  });

  it("'is accused of making £26million from illegal trades': money made from something is earnings", () => {
    const text = "Sarao is accused of making £26million from illegal trades.";
    expect(exactOnly(text)).toEqual(want(26e6, undefined, "GBP", "earnings", "money"));
  });

  it("'took in nearly $1 million a week': a rate named by its verb", () => {
    expect(exactOnly("For years the show took in nearly $1 million a week.")).toEqual(want(1e6, "nearly", "USD", "takings a week", "money"));
  });

  it("'say it could make £25,000 when it goes under the hammer': what a lot makes at a sale is its sale price", () => {
    const text = "Experts say the letter could make £25,000 when it goes under the hammer.";
    expect(exactOnly(text)).toEqual(want(25000, undefined, "GBP", "sale price", "money"));
  });

  it("'a carved tiger-paw, which could make £20,000': a thing that could make money fetches it", () => {
    expect(exactOnly("One of the prize pieces is a carved tiger-paw, which could make £20,000.")).toEqual(want(20000, undefined, "GBP", "sale price", "money"));
  });

  it("near miss: 'He could make $1m from the fight' is earnings, no sale", () => {
    expect(exactOnly("He could make $1m from the fight.")).toEqual(want(1e6, undefined, "USD", "earnings", "money"));
  });

  it("near miss: 'made $17.1m in ticket sales' keeps what it is counted in", () => {
    const text = "National Treasure made $17.1m (£8.8m) in ticket sales from Friday to Sunday.";
    expect(exact(at(text, 17.1e6))).toEqual(want(17.1e6, undefined, "USD", "ticket sales", "money"));
  });

  it("near miss: 'took a 1.5bn euro one-time charge' is the charge's", () => {
    expect(labelOf("Unilever took a 1.5bn euro one-time charge in the fourth quarter.", 1.5e9)).toBe("one-time charge");
  });

  it("near miss: 'It would take £40m to stage a takeover' is a price, not takings", () => {
    expect(labelOf("It would take £40m to stage a takeover.", 40e6)).not.toBe("takings");
  });

  it("near miss: 'was made £5 cheaper' is a difference", () => {
    expect(labelOf("Renewing a passport was made £5 cheaper in 2012.", 5)).toBe("price difference");
  });

  it("near miss: 'took $3,000 from two siblings' was taken from someone, not taken in", () => {
    expect(labelOf("Hakaoro took $3,000 from two siblings who wanted help.", 3000)).not.toBe("takings");
  });

  it("near miss: 'admitted to taking about £65' is a theft a court hears of", () => {
    expect(labelOf("While Adams admitted to taking about £65, the court heard more.", 65)).not.toBe("takings");
  });

  it("an accusation that describes the taker is no theft: 'the film about the convicted killer took $18m at the box office'", () => {
    const text = "The film about the convicted killer took $18m at the box office.";
    expect(exactOnly(text)).toEqual(want(18e6, undefined, "USD", "box office takings", "money"));
  });

  it("near miss: 'was charged with taking £500' is a theft a court hears of", () => {
    expect(labelOf("The clerk was charged with taking £500 last year.", 500)).not.toBe("takings");
  });

  it("near miss: 'making an estimated total of nearly £20million' is a total", () => {
    const text = "Builders said it would need another couple of million for finishing touches, making an estimated total of nearly £20million.";
    expect(labelOf(text, 20e6)).toBe("total");
  });

  it("'Sideways has taken $46.8m in total': 'in total' says nothing of what it is", () => {
    expect(exactOnly("Sideways has taken $46.8m in total.")).toEqual(want(46.8e6, undefined, "USD", "takings", "money"));
  });

  it("near miss: a take is no sale for the price said near it ('took $18m despite the price of tickets')", () => {
    expect(labelOf("The film took $18m despite the price of tickets.", 18e6)).toBe("takings");
  });

  it("near miss: 'took $5m of the investors' money' is a part of what it is of", () => {
    expect(labelOf("The firm took $5m of the investors' money.", 5e6)).not.toBe("takings");
  });

  it("near miss: 'took £5,000 worth of orders' is the orders'", () => {
    expect(labelOf("The shop took £5,000 worth of orders.", 5000)).toBe("orders");
  });

  it("near miss: 'took £20 off the price' is a cut, not takings", () => {
    expect(labelOf("The shop took £20 off the price.", 20)).not.toBe("takings");
  });
});
