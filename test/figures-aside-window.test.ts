// A bare count in a dash aside with a window back from now after it is the part of the whole before that fell in the
// window: 'recorded outbreaks in the past fortnight', not a second total of 'recorded outbreaks' (aside-window.ts; card
// audit 57, AY's made-up shape 2). Made-up one-sentence repros with the exact figure and near misses.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const FLOODS = "So far there have been 52 reported floods in 2025 - sadly 9 in the past fortnight - against 70 last year.";

describe("a dash aside's part keeps its window", () => {
  it(`"${FLOODS}": floods in the past fortnight, the whole unmoved`, () => {
    expect(exact(at(FLOODS, 9))).toEqual(want(9, undefined, undefined, "reported floods in the past fortnight", "count"));
    expect(exact(at(FLOODS, 52))?.label).toBe("reported floods");
  });
  it("\"The shelter took in 300 dogs this year - 40 over the last three weeks.\": a counted window closing the sentence", () => {
    expect(exact(at("The shelter took in 300 dogs this year - 40 over the last three weeks.", 40))).toEqual(
      want(40, undefined, undefined, "dogs over the last three weeks", "count"),
    );
  });
});

describe("near misses", () => {
  it("\"The shelter took in 300 dogs, and 40 in the past fortnight.\": no dash aside, the whole's noun", () => {
    expect(exact(at("The shelter took in 300 dogs, and 40 in the past fortnight.", 40))?.label).toBe("dogs");
  });
  it("\"The shelter took in 300 dogs - 40 in the past fortnight from farms.\": the window does not close the aside", () => {
    expect(exact(at("The shelter took in 300 dogs - 40 in the past fortnight from farms.", 40))?.label).not.toContain("fortnight");
  });
});
