// Money a receiving verb takes is the sum received, not the receiver the nearest noun phrase would name ('$20,000 —
// Burt Clements', card audit 33's pattern 2: money by its payee; received.ts), and a rate of it is the sum received a
// period, not the period alone ('£50 — a week'). Near misses: "in" naming what the money came in, a price "got … for".
import { describe, expect, it } from "vitest";
import { exactOnly, one, want } from "#test/helpers/figures.ts";

describe("money a receiving verb takes is the sum received (received.ts)", () => {
  it("'the referees will each receive $15,000' → sum received, not the referees", () => {
    expect(exactOnly("After the bout the referees will each receive $15,000.")).toEqual(want(15000, undefined, "USD", "sum received", "money"));
  });

  it("'believe they can get £90,000 elsewhere' → sum received, not who believes it", () => {
    expect(exactOnly("The winger and his agents believe they can get £90,000 elsewhere.")).toEqual(want(90000, undefined, "GBP", "sum received", "money"));
  });

  it("'shop staff receive between £2,000 and £3,000 less' → over a range's 'between'", () => {
    const f = one("The study argued that part-time shop staff receive between £2,000 and £3,000 less.");
    expect([f.value, f.valueMax, f.unit, f.label]).toEqual([2000, 3000, "GBP", "sum received"]);
  });

  it("'Retired miners will be handed £250' → a passive 'be handed' receives", () => {
    expect(exactOnly("Retired miners will be handed £250 under the scheme.")).toEqual(want(250, undefined, "GBP", "sum received", "money"));
  });

  it("rate: 'some volunteers getting just £40 a week' → sum received a week, not the period alone", () => {
    expect(exactOnly("Rates vary, with some volunteers getting just £40 a week for travel.")).toEqual(want(40, "just", "GBP", "sum received a week", "money"));
  });

  it("rate: 'Trainee pilots receive £9,000 a year' → sum received a year", () => {
    expect(exactOnly("Trainee pilots receive £9,000 a year.")).toEqual(want(9000, undefined, "GBP", "sum received a year", "money"));
  });

  it("near miss: 'Each tenant got £2,000 in Housing Support Grants' → what 'in' names, even a name the noun readers skip", () => {
    expect(exactOnly("Each tenant got £2,000 in Housing Support Grants.")).toEqual(want(2000, undefined, "GBP", "Housing Support Grants", "money"));
  });

  it("near miss: a rate 'receives £7,000 a year in housing benefit' → what it is in, a year", () => {
    expect(exactOnly("The tenant receives £7,000 a year in housing benefit.")).toEqual(want(7000, undefined, "GBP", "housing benefit a year", "money"));
  });

  it("near miss: 'She got the bike for £80' → a price, not a sum received", () => {
    expect(one("She got the bike for £80 in a sale.").label).not.toBe("sum received");
  });
});

describe("near misses of the passive 'be given'", () => {
  it("'The trust has given £45,000.' → a perfect gives, it does not receive", () => {
    expect(one("The trust has given £45,000.").label).not.toBe("sum received");
  });
});

describe("money hoped or asked for, and money off, is not a sum received (received.ts)", () => {
  it("'Councillors had hoped to get £700m' → sum sought: the money was hoped for, not received", () => {
    expect(exactOnly("Councillors had hoped to get £700m from the land deal.")).toEqual(want(700000000, undefined, "GBP", "sum sought", "money"));
  });

  it("'The museum asked to receive £30,000' → sum sought", () => {
    expect(exactOnly("The museum asked to receive £30,000 from the trust.")).toEqual(want(30000, undefined, "GBP", "sum sought", "money"));
  });

  it("'Members get £3 off each ticket' → discount, not a sum received", () => {
    expect(exactOnly("Members get £3 off each ticket.")).toEqual(want(3, undefined, "GBP", "discount", "money"));
  });

  it("near miss: 'The museum went on to receive £30,000' → still a sum received ('went' aims at nothing)", () => {
    expect(exactOnly("The museum went on to receive £30,000 from the trust.")).toEqual(want(30000, undefined, "GBP", "sum received", "money"));
  });

  it("near miss: 'Workers who planned ahead got £50' → sum received: no infinitive 'to' makes it an aim", () => {
    expect(exactOnly("Workers who planned ahead got £50.")).toEqual(want(50, undefined, "GBP", "sum received", "money"));
  });
});
