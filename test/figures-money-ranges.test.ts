// A money range written with thousands commas is a range of money, never a phone number, and a shortened one whose
// single sign stands for both ends ("$10-15,000") is in thousands at both ends (card audit 21's sample O: "$10,000-15,000",
// "$10,000-$15,000" and "£10,000-£15,000" gave no figure at all, "$10-15,000" was $10 to $15,000).
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, one } from "#test/helpers/figures.ts";

const range = (f: { value: number; valueMax?: number; unit?: string; type?: string; label: string }) => ({ value: f.value, valueMax: f.valueMax, unit: f.unit, type: f.type, label: f.label });
const all = (text: string) => everyNumber(articleSentences({ paragraphs: [text] }));

describe("a money range with thousands commas", () => {
  it("'sold it for $10,000-15,000' → $10,000 to $15,000, sale price", () => {
    expect(range(one("He sold it for $10,000-15,000 last year."))).toEqual({ value: 10000, valueMax: 15000, unit: "USD", type: "money", label: "sale price" });
  });

  it("'sold the painting for $10,000-$15,000' → $10,000 to $15,000", () => {
    expect(range(one("He sold the painting for $10,000-$15,000 last year."))).toEqual({ value: 10000, valueMax: 15000, unit: "USD", type: "money", label: "sale price" });
  });

  it("'The repairs cost £10,000-£15,000' → £10,000 to £15,000, repairs", () => {
    expect(range(one("The repairs cost £10,000-£15,000."))).toEqual({ value: 10000, valueMax: 15000, unit: "GBP", type: "money", label: "repairs" });
  });

  it("'made 10,000-15,000 dollars' is read as money, not an identifier", () => {
    const [f] = all("They made 10,000-15,000 dollars from it.");
    expect({ value: f?.value, valueMax: f?.valueMax, unit: f?.unit, type: f?.type }).toEqual({ value: 10000, valueMax: 15000, unit: "USD", type: "money" });
  });

  it("'Some 10,000-15,000 people marched' → a count range", () => {
    expect(range(one("Some 10,000-15,000 people marched."))).toEqual({ value: 10000, valueMax: 15000, unit: undefined, type: "count", label: "people marched" });
  });

  it("'Rooms cost $150-1200 a night' → $150 to $1,200: a price is no phone number", () => {
    const f = one("Rooms cost $150-1200 a night.");
    expect({ value: f.value, valueMax: f.valueMax, unit: f.unit }).toEqual({ value: 150, valueMax: 1200, unit: "USD" });
  });

  it("a phone number is still an identifier: 'Call 555-1234' and 'Call 203-946-6304'", () => {
    expect(all("Call 555-1234 now.").map((f) => f.type)).toEqual(["identifier"]);
    expect(all("Call 203-946-6304 now.").map((f) => f.type)).toEqual(["identifier"]);
  });
});

describe("a shortened money range", () => {
  it("'made around $10-15,000' → around $10,000 to $15,000", () => {
    const f = one("The artist made around $10-15,000 with the band.");
    expect({ value: f.value, valueMax: f.valueMax, qualifier: f.qualifier, unit: f.unit }).toEqual({ value: 10000, valueMax: 15000, qualifier: "around", unit: "USD" });
  });

  it("'$10-$15,000', each end with its sign, stays as said: $10 to $15,000", () => {
    const f = one("Tickets cost $10-$15,000 each.");
    expect({ value: f.value, valueMax: f.valueMax }).toEqual({ value: 10, valueMax: 15000 });
  });

  it("'$20 to 30,000' stays as said: only a hyphen shortens", () => {
    const f = one("Tickets cost $20 to 30,000 each.");
    expect({ value: f.value, valueMax: f.valueMax }).toEqual({ value: 20, valueMax: 30000 });
  });
});

describe("read.ts: after a first end read as metres, a second end's 'm' before a currency word is millions of it", () => {
  it("'worth 300m to 400m euros' is 300 to 400 million euros (not: the CURRENCY_WORDS guard dropped, 400 million alone; and rev12's fix: the first end was 300)", () => {
    const f = at("The deal is worth 300m to 400m euros.", 300000000);
    expect(exact(f)).toEqual({ value: 300000000, qualifier: undefined, unit: "EUR", label: "deal", type: "money" });
    expect(f.valueMax).toBe(400000000);
  });
});
