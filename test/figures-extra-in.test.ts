// "the extra £N in X": an addition to X, labelled so (extra-in.ts), not X itself.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("an added amount labelled by its 'in' phrase", () => {
  it("\"The extra £2m in bus subsidies will come from parking fees.\"", () => {
    expect(exactOnly("The extra £2m in bus subsidies will come from parking fees.")).toEqual(want(2000000, undefined, "GBP", "extra bus subsidies", "money"));
  });
  it("\"Brindle council found an additional £300,000 in library funding.\"", () => {
    expect(exactOnly("Brindle council found an additional £300,000 in library funding.")).toEqual(want(300000, undefined, "GBP", "additional library funding", "money"));
  });
});
