// "two 18-year-old men": a count's noun is past the age compound that describes it (age-compound.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs } from "#test/helpers/figures.ts";

const count = (value: number, label: string): ReturnType<typeof exactOnly> => ({ value, qualifier: undefined, unit: undefined, label, type: "count" });

describe("a count past an age compound in digits", () => {
  it("'Mr Besim is one of two 18-year-old men police arrested': men police arrested", () => {
    expect(exactOnly("Mr Besim is one of two 18-year-old men police arrested.")).toEqual(count(2, "men police arrested"));
  });

  it("'Police arrested two 18-year-old men': men arrested", () => {
    expect(exactOnly("Police arrested two 18-year-old men.")).toEqual(count(2, "men arrested"));
  });

  it("'Two 16-year-old boys were charged with murder': boys charged", () => {
    expect(exactOnly("Two 16-year-old boys were charged with murder.")).toEqual(count(2, "boys charged"));
  });

  it("'Police arrested two 17 or 18-year-old men': a range of ages describes the counted as one age does", () => {
    expect(exactOnly("Police arrested two 17 or 18-year-old men.")).toEqual(count(2, "men arrested"));
  });

  it("'Two 15 to 16-year-old boys were charged': a range said with 'to'", () => {
    expect(exactOnly("Two 15 to 16-year-old boys were charged with theft.")).toEqual(count(2, "boys charged"));
  });

  it("'three 14-month-old babies were treated': babies", () => {
    expect(exactOnly("Doctors said three 14-month-old babies were treated.")).toEqual(count(3, "babies"));
  });
});

describe("near misses", () => {
  it("'Two six-year-old girls were rescued': an age in words was read with its noun already", () => {
    expect(exactOnly("Two six-year-old girls were rescued.")).toEqual(count(2, "six-year-old girls rescued"));
  });

  it("'They signed two 10-year deals': a compound that is a figure itself keeps the noun, one figure", () => {
    expect(figs("They signed two 10-year deals.").map((f) => `${f.value} ${f.label}`)).toEqual(["10 deals"]);
  });

  it("'He won two 17 or 18 times': a range with no age word is the figure itself, not an age skipped", () => {
    expect(figs("He won two 17 or 18 times.").map((f) => [f.value, f.valueMax])).toEqual([[17, 18]]);
  });

  it("'The 18-year-old man was arrested': an age with no count before it is no figure", () => {
    expect(figs("The 18-year-old man was arrested.")).toEqual([]);
  });

  it("'Police arrested two 18 - year-old men' with spaces: no compound, the noun is not reached", () => {
    expect(figs("Police arrested two 18 - year-old men.").map((f) => f.label)).not.toContain("men arrested");
  });
});
