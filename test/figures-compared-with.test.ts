// A difference said with "than" is labelled as the sentence says the gap, not 'difference' alone (compared-with.ts).
import { describe, expect, it } from "vitest";
import { exact, at } from "#test/helpers/figures.ts";

const money = (value: number, unit: string, label: string, qualifier?: string) => ({ value, qualifier, unit, label, type: "money" });

describe("a difference and what it is against", () => {
  it("'The striker, who cost just £10m less than Aguero, has failed.': less than Aguero", () => {
    expect(exact(at("The striker, who cost just £10m less than Aguero, has failed.", 1e7))).toEqual(money(1e7, "GBP", "less than Aguero", "just"));
  });
  it("'A gold watch was listed for $20,000, $3,000 more than its official price.': past the determiner", () => {
    expect(exact(at("A gold watch was listed for $20,000, $3,000 more than its official price.", 3000))).toEqual(money(3000, "USD", "more than official price"));
  });
  it("'That is just £220,000 less than Cara Delevingne, one of the top models.': a name whole", () => {
    expect(exact(at("That is just £220,000 less than Cara Delevingne, one of the top models.", 220000))).toEqual(money(220000, "GBP", "less than Cara Delevingne", "just"));
  });
  it("'That leads to £33.5bn less spending than that anticipated by Labour.': the noun between, what the gap is in", () => {
    expect(exact(at("That leads to £33.5bn less spending than that anticipated by Labour.", 33.5e9))).toEqual(money(33.5e9, "GBP", "less spending"));
  });
  it("'He earned £5m more than his brother's salary.': an owner's noun and what it owns", () => {
    expect(at("He earned £5m more than his brother's salary.", 5e6).label).toBe("more than brother's salary");
  });
});

describe("near misses", () => {
  it("'It cost £5 more than he thought.': a clause after 'than' names nothing, 'difference' stays", () => {
    expect(exact(at("It cost £5 more than he thought.", 5))).toEqual(money(5, "GBP", "difference"));
  });
  it("'That is £1,000 cheaper than last year's list.': a price's own comparative stays 'price difference'", () => {
    expect(at("That is £1,000 cheaper than last year's list.", 1000).label).toBe("price difference");
  });
});
