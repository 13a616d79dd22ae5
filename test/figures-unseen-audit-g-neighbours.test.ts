// Label faults left open from card audits 12 and 13 (samples F and G, docs/audits/card-audit-1{2,3}.md): a figure
// labelled by a neighbouring word rather than by what the number counts. Each is the general construction as a
// one-sentence repro with the exact figure; chosen on F and G, so their after-figures are fitted.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("a share of what an owner has runs over the whole's number to the noun", () => {
  it("'33 per cent of the carrier's 1,526 scheduled flights': a share of the carrier's scheduled flights", () => {
    expect(exact(at("More than 450 flights were cancelled, which equalled 33 per cent of the carrier's 1,526 scheduled flights.", 33))).toEqual({ value: 33, qualifier: undefined, unit: "%", label: "share of carrier's scheduled flights", type: "percent" });
  });

  it("an owner with a number and no noun after it stays the owner ('40 per cent of the party's 300')", () => {
    expect(at("He won 40 per cent of the party's 300.", 40).label).toBe("share of party's");
  });
});

describe("a price after 'for' whose place is a coordination of shops is a price", () => {
  it("'available at John Lewis and Amazon for £79.99': the price, not the last shop", () => {
    expect(exact(at("It has gone on sale in the UK and is available at John Lewis and Amazon for £79.99.", 79.99))).toEqual({ value: 79.99, qualifier: undefined, unit: "GBP", label: "price", type: "money" });
  });

  it("a coordination with no preposition before it keeps its noun ('a cheque and a letter for £1.5m')", () => {
    expect(at("Hearn produced a cheque and a letter for £1.5m live on television.", 1.5e6).label).not.toBe("price");
  });

  it("'or' coordinates shops as 'and' does ('on sale at Tesco or Asda for £25')", () => {
    expect(exact(at("Tickets are on sale at Tesco or Asda for £25.", 25))).toEqual({ value: 25, qualifier: undefined, unit: "GBP", label: "price", type: "money" });
  });

  it("the price's verb stands before a coordination of what was bought ('bought bread and milk for £3')", () => {
    expect(exact(at("He bought bread, milk and eggs for £3.", 3))).toEqual({ value: 3, qualifier: undefined, unit: "GBP", label: "purchase price", type: "money" });
  });

  it("an 'and' with a verb after it joins clauses, not what was bought ('bought the car and his son drove it … for £50')", () => {
    expect(at("He bought the car and his son drove it to Spain for £50.", 50).label).not.toBe("purchase price");
  });
});

describe("a subject renamed by an appositive between commas is the subject, not the appositive's last noun", () => {
  it("'Shares in Solidere, the Lebanese company founded by … Rafik Hariri, fell 15%': a fall in shares", () => {
    expect(exact(at("Shares in Solidere, the Lebanese company founded by assassinated former prime minister Rafik Hariri, fell 15% in renewed trading in Beirut.", 15))).toEqual({ value: 15, qualifier: undefined, unit: "%", label: "fall in shares", type: "percent" });
  });

  it("an appositive with 'a' renames its noun as one with 'the' does ('Shares in Solidere, a Lebanese company …, fell 15%')", () => {
    expect(exact(at("Shares in Solidere, a Lebanese company founded by Rafik Hariri, fell 15% in trading.", 15))).toEqual({ value: 15, qualifier: undefined, unit: "%", label: "fall in shares", type: "percent" });
  });

  it("a fronted clause with a verb of its own is no appositive ('Adjusted for seasonal changes, the rate is 11.7%, up 0.3 points')", () => {
    expect(at("Adjusted for seasonal changes, the overall unemployment rate is 4.875 million people or 11.7%, up 0.3 percentage points from the previous month.", 0.3).label).not.toMatch(/seasonal/);
  });
});

describe("a rate whose clause names nothing takes the pay said before it, not its period alone", () => {
  it("'on an £11,000-a-week salary and is looking to increase that to £43,000 a week': salary a week", () => {
    expect(exact(at("Icardi is reportedly on an £11,000-a-week salary and is looking to increase that to £43,000 a week.", 43000))).toEqual({ value: 43000, qualifier: undefined, unit: "GBP", label: "salary a week", type: "money" });
  });

  it("a rate with its own money verb keeps it ('Rooms cost £40 a night')", () => {
    expect(at("Rooms cost £40 a night.", 40).label).toBe("cost a night");
  });
});

describe("a bare count said as a rate counts the noun of the count before it, at its rate", () => {
  it("'8,000 applications - equivalent to 40 a day': applications a day", () => {
    expect(exact(at("Every officer had an annual target of 8,000 applications - equivalent to 40 a day or one every 11 minutes.", 40))).toEqual({ value: 40, qualifier: undefined, unit: undefined, label: "applications a day", type: "count" });
  });

  it("'per' says a rate as 'a' does ('equivalent to 40 per day'): applications per day", () => {
    expect(exact(at("Every officer had a target of 8,000 applications, equivalent to 40 per day.", 40))).toEqual({ value: 40, qualifier: undefined, unit: undefined, label: "applications per day", type: "count" });
  });

  it("'a year earlier' after a count is a time, not a rate ('300 cars, against 250 a year earlier')", () => {
    expect(at("They sold 300 cars, against 250 a year earlier.", 250).label).toBe("cars sold");
  });
});

describe("a team's line named by its size is no figure", () => {
  it("'we've had to reshuffle the back four': no figure for four", () => {
    const found = figs("I'd want to perform for the next six games, because we've had to reshuffle the back four because of it.");
    expect(found.map(exact)).toEqual([{ value: 6, qualifier: undefined, unit: undefined, label: "games", type: "count" }]);
  });

  it("a line followed by its noun still counts ('The back four players were tired')", () => {
    expect(at("The back four players were tired.", 4).label).toBe("players");
  });

  it("'back' with no determiner before it is an adverb, not a line ('he sent back four' still counts bottles)", () => {
    expect(exact(at("Of the ten bottles, he sent back four.", 4))).toEqual({ value: 4, qualifier: undefined, unit: undefined, label: "bottles", type: "count" });
  });
});
