// Hand mutations of lead12's and label12's reading rules (rev12): each test here is a one-sentence repro that fails
// when one guard of a rule is flipped or dropped and no earlier test noticed (or, for read.ts and ordinals.ts, when the
// fix a surviving mutation showed up is reverted). The rule and the mutation it kills are named in each test's title.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("compound-plural.ts: an -s word after 'N noun' is the compound's head before the clause's auxiliary", () => {
  it("'783 data breaches were reported': an auxiliary after the '-s' word makes it the subject's head (not: only a verb after it)", () => {
    expect(exact(at("Last year, 783 data breaches were reported in the US.", 783))).toEqual({ value: 783, qualifier: undefined, unit: undefined, label: "data breaches", type: "count" });
  });
});

describe("unit-dimension.ts AREAS: a unit of area alone is labelled 'area'", () => {
  it("'covers 400 hectares' is an area (not: hectares left out of AREAS, labelled 'hectares')", () => {
    expect(exact(at("The estate covers 400 hectares.", 400))).toEqual({ value: 400, qualifier: undefined, unit: "hectares", label: "area", type: "measure" });
  });
});

describe("read.ts: after a first end read as metres, a second end's 'm' before a currency word is millions of it", () => {
  it("'worth 300m to 400m euros' is 300 to 400 million euros (not: the CURRENCY_WORDS guard dropped, 400 million alone; and rev12's fix: the first end was 300)", () => {
    const f = at("The deal is worth 300m to 400m euros.", 300000000);
    expect(exact(f)).toEqual({ value: 300000000, qualifier: undefined, unit: "EUR", label: "deal", type: "money" });
    expect(f.valueMax).toBe(400000000);
  });
});

describe("candidates.ts shortLabel: the DANGLING strip keeps at least one word", () => {
  // The one word left is a poor label ("along"); an empty one is worse, and a label must say something.
  it("'dragged face first for 3ft along a pavement' keeps a label (not: `end > 0`, stripping it to nothing)", () => {
    const f = at("He was dragged face first for 3ft along a pavement.", 3);
    expect({ value: f.value, unit: f.unit, type: f.type }).toEqual({ value: 3, unit: "ft", type: "measure" });
    expect(f.label).not.toBe("");
  });
});

describe("money-price.ts labelIngModified: only an '-ing' word tagged a noun modifies the noun after it", () => {
  it("'a cost-cutting drive, aimed at saving millions of dollars': 'saving' is a verb, so the drive is priced (not: any '-ing' before a noun, 'saving millions')", () => {
    const text = "The insurer said the cuts were part of a cost-cutting drive, aimed at saving millions of dollars.";
    expect(exact(at(text, 1000000))).toEqual({ value: 1000000, qualifier: "millions of", unit: "USD", label: "cost-cutting drive", type: "money" });
  });
});

describe("label-duration.ts complement: a role drops its article only when the label would not fit", () => {
  it("'had been an ambition of his for almost 20 years' keeps 'an' (not: the length guard dropped, 'as ambition')", () => {
    const text = "Mr Thoday said the idea of turning the film into a musical had been an ambition of his for almost 20 years.";
    expect(exact(at(text, 20))).toEqual({ value: 20, qualifier: "almost", unit: "years", label: "years as an ambition", type: "duration" });
  });
});

describe("ordinals.ts timesLabel: the object after the verb labels 'for the Nth time' though a place follows it", () => {
  it("'after taking charge at the Primera Liga club for the second time' → taking charge (rev12: was 'taking', the object dropped when words came between it and 'for')", () => {
    const text = "Claudio Ranieri has been sacked as Valencia coach just eight months after taking charge at the Primera Liga club for the second time in his career.";
    expect(exact(at(text, 2))).toEqual({ value: 2, qualifier: undefined, unit: undefined, label: "taking charge", type: "ordinal" });
  });
});
