// A label is what the number measures (from card audits 18 and 19, samples L and M), not a word borrowed from another
// entity of the sentence, a group, a comparative, a record or a verb, an age gap cut to its unit and a range in two
// units split in two. Each sentence is mine, of the audited shape; each expectation fails with its fix reverted.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly } from "#test/helpers/figures.ts";

describe("a label is what the number measures, not another entity of the sentence", () => {
  it("a participle aside is stepped over to the subject: 'Acme Power, headed by Raj, jumped 9%' → rise in Acme Power, not Raj", () => {
    expect(exactOnly("Shares were mixed, while Acme Power, headed by Raj, jumped 9%.")).toEqual({ value: 9, qualifier: undefined, unit: "%", label: "rise in Acme Power", type: "percent" });
  });

  it("a bracketed part of the amount before: 'the £40m fee City paid Fulham (£20m up front)' → fee up front, not Fulham", () => {
    expect(exact(at("Look beyond the £40m fee City paid Fulham (£20m up front) and the wages.", 20_000_000))).toEqual({ value: 20_000_000, qualifier: undefined, unit: "GBP", label: "fee up front", type: "money" });
  });

  it("the thing priced ends before the payer's name: 'the £40m fee City paid Fulham' → fee, not 'fee City'", () => {
    expect(exactOnly("Look beyond the £40m fee City paid Fulham.")).toEqual({ value: 40_000_000, qualifier: undefined, unit: "GBP", label: "fee", type: "money" });
  });

  it("a share of a superlative group: 'about 4% of the most well off paying more' → share of the most well off, not the subject", () => {
    expect(exactOnly("The new plan will also see about 4% of the most well off paying more.")).toEqual({ value: 4, qualifier: "about", unit: "%", label: "share of the most well off", type: "percent" });
  });
});

describe("a percent for a group of people is the statistic before it", () => {
  it("'8 per cent pay rises, falling to 2.5 per cent for people aged 40 to 49' → pay rises, not people", () => {
    expect(exact(at("Young staff received 8 per cent pay rises, falling to 2.5 per cent for people aged 40 to 49.", 2.5))).toEqual({ value: 2.5, qualifier: undefined, unit: "%", label: "pay rises", type: "percent" });
  });
});

describe("a percent's label names what, not how it is said", () => {
  it("a record reached: 'our market share reaching a new record of 18.2 per cent' → record market share", () => {
    expect(exactOnly("Sales were strong, with our market share reaching a new record of 18.2 per cent.")).toEqual({ value: 18.2, qualifier: undefined, unit: "%", label: "record market share", type: "percent" });
  });

  it("a comparative alone takes its subject: 'Gas prices are roughly 30% higher than a year ago' → higher gas prices", () => {
    expect(exactOnly("Gas prices are roughly 30% higher than a year ago.")).toEqual({ value: 30, qualifier: "roughly", unit: "%", label: "higher gas prices", type: "percent" });
  });

  it("a comparative after its own noun: 'a pension income 9 per cent higher than a colleague's' → higher pension income", () => {
    expect(exactOnly("Savers can expect a pension income 9 per cent higher than a colleague's.")).toEqual({ value: 9, qualifier: undefined, unit: "%", label: "higher pension income", type: "percent" });
  });

  it("a share price quoted: 'Shares of Tata slipped early, but recovered to trade almost 4% higher' → rise in shares of Tata", () => {
    expect(exactOnly("Shares of Tata slipped early, but recovered to trade almost 4% higher.")).toEqual({ value: 4, qualifier: "almost", unit: "%", label: "rise in shares of Tata", type: "percent" });
  });

  it("money received is a sum received, not the verb: 'He has received £250 from the council' → sum received", () => {
    expect(exactOnly("He has received £250 from the council.")).toEqual({ value: 250, qualifier: undefined, unit: "GBP", label: "sum received", type: "money" });
  });
});

describe("durations", () => {
  it("an age gap against a name: 'Smith, four years Jones's senior, has struggled' → years older, not years", () => {
    expect(exactOnly("Smith, four years Jones's senior, has struggled this season.")).toEqual({ value: 4, qualifier: undefined, unit: "years", label: "years older", type: "duration" });
  });

  it("a range in two units is one range: 'a ban of between three months and two years' → 3–24 months", () => {
    const f = exactOnly("He faces a ban of between three months and two years.");
    expect(f).toEqual({ value: 3, qualifier: undefined, unit: "months", label: "months ban", type: "duration" });
    expect(at("He faces a ban of between three months and two years.", 3)).toMatchObject({ valueMax: 24, display: "three months and two years" });
  });
});

describe("a year said of the subject before its copula does not cut the subject off", () => {
  it("'requirements for 2005 to be 387,500 tonnes' measures the requirements; 'from 77 per cent in 2009 to 72 per cent' names no subject", () => {
    expect(at("The report calculated emergency food requirements for 2005 to be 387,500 tonnes.", 387500)).toMatchObject({ display: "387,500 tonnes", unit: "tonnes", type: "measure", label: "emergency food requirements" });
    expect(at("Pre-tax profits in 2004 were £5m.", 5e6)).toMatchObject({ unit: "GBP", label: "pre-tax profits" });
    expect(at("Hackings doubled, from almost 5 percent of incidents in 2010 to almost 9 percent in 2013.", 9)).toMatchObject({ label: "incidents" });
  });
});
