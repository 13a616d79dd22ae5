// "with each pupil getting an extra £640 on their books alone": money said as an extra is a margin, and the
// preposition's phrase after it read as what is spent ('£640 — on their books'; card audit 57, sample AY's made-up
// shape 4).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("extra-on.ts: an extra amount labelled by a preposition's phrase keeps the extra", () => {
  it("'Each nurse gets an extra £90 on her uniform.' → £90 — extra on uniform", () => {
    expect(exactOnly("Each nurse gets an extra £90 on her uniform.")).toEqual(want(90, undefined, "GBP", "extra on uniform", "money"));
  });
  it("'Towns will get an additional £3m for buses.' → £3m — extra for buses", () => {
    expect(exactOnly("Towns will get an additional £3m for buses.")).toEqual(want(3_000_000, undefined, "GBP", "extra for buses", "money"));
  });
  it("near miss: no extra, no mend: 'Each nurse spends £90 on her uniform.' → keeps its own label", () => {
    expect(exactOnly("Each nurse spends £90 on her uniform.")?.label.startsWith("extra")).toBe(false);
  });
});
