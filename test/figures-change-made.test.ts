// A percent change made to a verb's object and said with "by" is a change in that whole object, not its head alone:
// "lowered the risk of a stroke by nine per cent" → reduction in risk of a stroke, not 'risk' (change-made.ts).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const pct = (value: number, label: string, qualifier?: string) => ({ value, qualifier, unit: "%", label, type: "percent" });

describe("a percent 'by' which a verb changed its object is a change in the object", () => {
  it("'Daily walks lowered the risk of a stroke by nine per cent' → reduction in risk of a stroke", () => {
    expect(exactOnly("Daily walks lowered the risk of a stroke by nine per cent, the trial showed.")).toEqual(pct(9, "reduction in risk of a stroke"));
  });

  it("'The council raised the price of a permit by 10%' → increase in price of a permit", () => {
    expect(exactOnly("The council raised the price of a permit by 10%.")).toEqual(pct(10, "increase in price of a permit"));
  });

  it("'The airline slashed the cost of its flights by 30 per cent' → cut, in the article's own word", () => {
    expect(exactOnly("The airline slashed the cost of its flights by 30 per cent.")).toEqual(pct(30, "cut in cost of its flights"));
  });

  it("'cutting the size of its beloved chocolate frogs by 20 per cent': too long for the card, the object's head → cut in size", () => {
    expect(exactOnly("Cadbury is cutting the size of its beloved chocolate frogs by 20 per cent.")).toEqual(pct(20, "cut in size"));
  });

  it("a count keeps its shorter form: 'The firm will reduce its workforce by 8,000' → workforce reduction", () => {
    expect(exactOnly("The firm will reduce its workforce by 8,000.")).toEqual({ value: 8000, qualifier: undefined, unit: undefined, label: "workforce reduction", type: "count" });
  });
});

describe("near misses", () => {
  it("'Profits rose by 10% last year': no object, a rise in the subject", () => {
    expect(exactOnly("Profits rose by 10% last year.")).toEqual(pct(10, "rise in profits"));
  });

  it("'She won the seat by 10 per cent': no verb of change, no change made", () => {
    expect(exactOnly("She won the seat by 10 per cent.")?.label).not.toMatch(/^(?:increase|cut|reduction) in/);
  });
});
