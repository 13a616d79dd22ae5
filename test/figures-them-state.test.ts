// A part "K of them" with a copula: the carried noun in the state the copula gives it, or the predicate noun
// (them-state.ts; card-audit-49's made-up shape 2).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => ({ value, qualifier: undefined, unit: undefined, label, type: "count" });

describe("'N NOUNs …, K of them have been ADJ': the part in its state", () => {
  it("'The firm's last five invoices have been in excess of 2,000, and two of them have been unpaid.'", () => {
    expect(exact(at("The firm's last five invoices have been in excess of 2,000, and two of them have been unpaid.", 2))).toEqual(count(2, "invoices unpaid"));
  });
  it("'Police checked 40 lorries and nine of them were not roadworthy.': 'not', a state the parse calls a noun", () => {
    expect(exact(at("Police checked 40 lorries and nine of them were not roadworthy.", 9))).toEqual(count(9, "lorries not roadworthy"));
  });
  it("'Inspectors visited 25 care homes; 11 of them were rated inadequate.': a participle and its adjective", () => {
    expect(exact(at("Inspectors visited 25 care homes; 11 of them were rated inadequate.", 11))).toEqual(count(11, "care homes rated inadequate"));
  });
  it("'The charity sent 200 parcels, and 30 of them have been lost.': an irregular participle", () => {
    expect(exact(at("The charity sent 200 parcels, and 30 of them have been lost.", 30))).toEqual(count(30, "parcels lost"));
  });
  it("'The club's last seven crowds have been above 38,000, five of them have been sell-outs.': a predicate noun", () => {
    expect(exact(at("The club's last seven crowds have been above 38,000, five of them have been sell-outs.", 5))).toEqual(count(5, "sell-outs"));
  });
  it("'The council owns 14 parks and two of them are playgrounds.'", () => {
    expect(exact(at("The council owns 14 parks and two of them are playgrounds.", 2))).toEqual(count(2, "playgrounds"));
  });
});

describe("near misses", () => {
  it("'The army lost 12 soldiers and three of them died in the blast.': no copula; the fold verb's reading as before", () => {
    expect(exact(at("The army lost 12 soldiers and three of them died in the blast.", 3))).toEqual(count(3, "soldiers lost"));
  });
  it("'Of the 200 patients, 50 of them were children.': a plural noun of people is the predicate noun, no state", () => {
    expect(exact(at("Of the 200 patients, 50 of them were children.", 50))).toEqual(count(50, "children"));
  });
  it("'Firefighters rescued 30 people, six of them were taken to hospital.': a participle with 'to', as before", () => {
    expect(exact(at("Firefighters rescued 30 people, six of them were taken to hospital.", 6))).toEqual(count(6, "people rescued"));
  });
  it("'Police arrested 20 people, and 12 of them have been charged.': the carried verb gives way to the state", () => {
    expect(exact(at("Police arrested 20 people, and 12 of them have been charged.", 12))).toEqual(count(12, "people charged"));
  });
});

describe("'K of them have VERBed': the part that did it (haveDone)", () => {
  it("'The club put 40 tickets on sale and four of them have sold out.' → tickets sold out (was 'tickets')", () => {
    const s = "The club put 40 tickets on sale and four of them have sold out.";
    expect(exact(at(s, 4))).toEqual(count(4, "tickets sold out"));
  });
  it("'Police arrested 20 people, and 12 of them have confessed.': the carried verb gives way", () => {
    expect(exact(at("Police arrested 20 people, and 12 of them have confessed.", 12))).toEqual(count(12, "people confessed"));
  });
  it("near miss: an object after the participle keeps the carried label ('12 of them have admitted theft')", () => {
    expect(exact(at("Police arrested 20 people, and 12 of them have admitted theft.", 12))).toEqual(count(12, "people arrested"));
    expect(exact(at("The club put 40 tickets on sale and four of them have sold out quickly.", 4))?.label).toBe("tickets");
  });
  it("a plural that ends as a participle does is the noun, kept ('40 school children … 12 of them recovered')", () => {
    const s = "The bus carried 40 school children, and 12 of them have recovered.";
    expect(exact(at(s, 12))).toEqual(count(12, "school children recovered"));
    expect(exact(at("The clinic treated 30 pregnant women and nine of them have recovered.", 9))?.label)
      .toBe("pregnant women recovered");
  });
});
