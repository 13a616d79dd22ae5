// The second price of a pair said by shop or venue, "at" it, is the first's thing there, not the shop (place-pair.ts):
// from card audit 37's pattern 3 (made-up sentences, AE informed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a pair of prices said 'at' two shops: the second takes the first's label and its shop", () => {
  it.each([
    ["A haircut costs £12 at Barber Bros and £30 at Style Studio.", 30, "haircut at Style Studio"],
    ["Tickets cost £40 at Wembley and £35 at Twickenham.", 35, "tickets at Twickenham"],
  ])("%s", (text, value, label) => {
    expect(exact(at(text, value))).toEqual(want(value, undefined, "GBP", label, "money"));
  });

  it("the first keeps its own label: '£12 — haircut'", () => {
    expect(exact(at("A haircut costs £12 at Barber Bros and £30 at Style Studio.", 12))).toEqual(want(12, undefined, "GBP", "haircut", "money"));
  });
});
