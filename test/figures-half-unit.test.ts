// "weighs a mere half pound": "half" before its unit, after the article it takes, is half of that unit, a pound a
// weight after a verb of weighing (unit-part.ts), labelled by the verb as a weight (weighed-measure.ts); it read no
// number at all (card audit 51, sample AS's made-up shape 18).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("unit-part.ts and weighed-measure.ts: 'a half UNIT'", () => {
  it("'The owl chick is no bigger than a thumb and weighs a mere half pound.' → a mere 0.5 lb, weight", () => {
    // Was no number.
    const text = "The owl chick is no bigger than a thumb and weighs a mere half pound.";
    expect(exactOnly(text)).toEqual(want(0.5, "a mere", "lb", "weight", "measure"));
  });
  it("'They walked a half mile to the shop.' → 0.5 miles, distance", () => {
    expect(exactOnly("They walked a half mile to the shop.")).toEqual(want(0.5, undefined, "miles", "distance", "measure"));
  });
  it("near miss: 'She paid half a pound for it.' → no weight, no figure (money's pound, as before)", () => {
    expect(figs("She paid half a pound for it.")).toEqual([]);
  });
});

describe("weighed-measure.ts: a glued weight is left to settled-count.ts", () => {
  it("near miss: 'The bars have shrunk from 15g to 12g. They will now weigh just 12g.' → the change, 12g from 15g", () => {
    const found = figs("The bars have shrunk from 15g to 12g. They will now weigh just 12g.");
    expect(found.map((f) => [f.value, f.qualifier, f.previous])).toEqual([[12, undefined, 15]]);
  });
});
