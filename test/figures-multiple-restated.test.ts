// A multiple set off after a count, of "the figure" of another time, multiplies that count then
// (multiple-restated.ts; card audit 43, sample AK's made-up shape: '· nearly four', no label, a miss).
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("multiple-restated.ts: a multiple of the figure of another time takes the count before it", () => {
  it("'27 boat fires last year -- nearly four times the 2011 figure' → nearly four, times boat fires in 2011", () => {
    expect(exact(at("Ohio recorded 27 boat fires last year -- nearly four times the 2011 figure.", 4))).toEqual(want(4, "nearly", undefined, "times boat fires in 2011", "other"));
  });

  it("'sold 300 homes, three times last year's total' → times last year's homes sold", () => {
    expect(exact(at("The firm sold 300 homes, three times last year's total.", 3))).toEqual(want(3, undefined, undefined, "times last year's homes sold", "other"));
  });

  it("near miss: a multiple not set off after the count ('The 27 boat fires were four times the 2011 figure') stays off", () => {
    expect(figs("The 27 boat fires were four times the 2011 figure.").map((f) => f.value)).toEqual([27]);
  });

  it("near miss: 'which is 16 times the recommended daily amount' is a benchmark, no time: the count keeps its slot", () => {
    expect(figs("The dish holds 945g of protein, which is 16 times the recommended daily amount.").map((f) => f.value)).toEqual([945]);
  });

  it("near miss: 'three times the rate' names no time and stays off", () => {
    expect(figs("The firm sold 300 homes, three times the rate.").map((f) => f.value)).toEqual([300]);
  });
});
