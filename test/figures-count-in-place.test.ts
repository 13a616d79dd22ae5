// A bare count said "in" a place counts the noun said before it, never the place (count-in-place.ts).
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("a count said in a place", () => {
  it("'more horses this year -- 80 in France and almost 100 in Britain': almost 100 horses", () => {
    const text = "It was feasible to keep travelling back and forth across the Channel but we have more horses this year -- 80 in France and almost 100 in Britain.";
    expect(exact(at(text, 100))).toEqual({ value: 100, qualifier: "almost", unit: undefined, label: "horses", type: "count" });
  });

  it("'26,000 Yanomami living in Brazil and 15,000 in Venezuela': 15,000 Yanomami", () => {
    const text = "There are about 26,000 Yanomami living in Brazil and 15,000 in Venezuela, mostly in federally protected reserves.";
    expect(exact(at(text, 15000))).toEqual({ value: 15000, qualifier: undefined, unit: undefined, label: "Yanomami", type: "count" });
  });

  it("with no noun to count, no place is what it counts", () => {
    expect(figs("There were more than 100 in London.").map((f) => f.label)).not.toContain("London");
  });

  it("near miss: a count with its noun keeps it ('More than 100 horses in Britain')", () => {
    expect(exact(at("More than 100 horses in Britain were sold.", 100))).toEqual({ value: 100, qualifier: "more than", unit: undefined, label: "horses", type: "count" });
  });

  it("near miss: money said in a place is left to the amount before it ('£139,544 in Wales')", () => {
    expect(at("The average house price was £192,713 in England; £139,544 in Wales.", 139544).label).toBe("average house price in Wales");
  });

  it("near miss: a period noun is no thing counted ('Over the past years almost 100 in Britain')", () => {
    const labels = figs("Over the past years almost 100 in Britain have died.").map((f) => f.label);
    expect(labels).not.toContain("years");
    expect(labels).not.toContain("Britain");
  });

  it("near miss: 'in total' is no place, left to the nearest noun phrase", () => {
    expect(at("The club sold tickets to fans, more than 100 in total.", 100).label).toBe("total");
  });

  it("near miss: money or a percent said in a place is left to the readings of amounts", () => {
    expect(at("Sales of cars were strong, with $5m in Britain alone.", 5e6).label).not.toBe("cars");
    expect(at("Shares in banks rose, with 15% in Britain.", 15).label).not.toBe("banks");
  });

  it("near miss: a word after the count before that is no noun is no label ('80 last year and almost 100 in Britain')", () => {
    const labels = figs("We had 80 last year and almost 100 in Britain now.").map((f) => f.label);
    expect(labels).not.toContain("last");
    expect(labels).not.toContain("Britain");
  });
});
