// made-object.ts, change-made.ts, compared-than.ts: a change made to an object "by" a fraction or percent names the
// whole object, over an aside, a gerund or a determiner after "of", and over "cut" tagged a noun; a difference with a
// pronoun subject names what it is measured against (the fortieth round's worse dev rows, 'two thirds — nuclear
// fuel' and 'a third — shorter', and AO's shape 16 in other wordings).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const part = (value: number, label: string) => want(value, undefined, undefined, label, "other");
const pct = (value: number, label: string) => want(value, undefined, "%", label, "percent");

describe("the object of a change made 'by' an amount", () => {
  it("over an aside: 'reduce the number of its turbines, the machines used to …, by two thirds' → reduction in number", () => {
    const text = "The plant must reduce the number of its turbines, the machines used to turn steam into power, by two thirds.";
    expect(exact(at(text, 0.667))).toEqual(part(0.667, "reduction in number of its turbines"));
  });

  it("over an aside with a percent: 'cut the price of a ticket, the highest in Europe, by 20%' → cut in price of a ticket", () => {
    const text = "The operator will cut the price of a ticket, the highest in Europe, by 20% next year.";
    expect(exact(at(text, 20))).toEqual(pct(20, "cut in price of a ticket"));
  });

  it("over a gerund after 'of': 'cut the risk of suffering headaches by a third' → cut in risk of suffering headaches", () => {
    const text = "Eating breakfast also cut the risk of suffering headaches by a third, the study found.";
    expect(exact(at(text, 0.333))).toEqual(part(0.333, "cut in risk of suffering headaches"));
  });

  it("over a determiner after 'of': 'cut the number of its stores by 40%' → cut in number of its stores", () => {
    expect(exact(at("The chain will cut the number of its stores by 40%.", 40))).toEqual(pct(40, "cut in number of its stores"));
  });

  it("a count keeps the tallied thing: 'cut the number of its stores by 40' → stores", () => {
    expect(exact(at("The chain will cut the number of its stores by 40.", 40))?.label).toBe("stores");
  });

  it("'cut' tagged a noun after an adverb: 'Walking daily cut the chance of a stroke by half' → cut in chance of a stroke", () => {
    expect(exact(at("Walking daily cut the chance of a stroke by half.", 0.5))).toEqual(part(0.5, "cut in chance of a stroke"));
  });
});

describe("a difference whose subject is a pronoun names what it is measured against", () => {
  it("'it is a third shorter than the old steel masts' → shorter than old steel masts", () => {
    const text = "Called the T-bar (artist's illustration shown) it is a third shorter than the old steel masts.";
    expect(exact(at(text, 0.333))).toEqual(part(0.333, "shorter than old steel masts"));
  });

  it("'They are 20% cheaper than the old models' → cheaper than old models", () => {
    expect(exact(at("They are 20% cheaper than the old models.", 20))).toEqual(pct(20, "cheaper than old models"));
  });

  it("near miss: a clause after 'than', 'lower than analysts had expected', keeps the comparative → lower", () => {
    expect(exact(at("Profits are set to be 15% lower than analysts had expected.", 15))).toEqual(pct(15, "lower"));
  });
});
