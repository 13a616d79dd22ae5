// An amount after a verb its sentence said before with "a noun of an amount" is that noun too, for whom it is.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("the second amount of a parallel pair", () => {
  it("'can expect compensation of around £20,000, while American parents could expect £1.5 million' is compensation", () => {
    const text = "Parents in Britain can expect compensation of around £20,000, while American parents could expect £1.5 million.";
    expect(exact(at(text, 1500000))).toEqual({ value: 1500000, qualifier: undefined, unit: "GBP", label: "compensation for American parents", type: "money" });
  });
});
