// A counted time after "within", "in", "over", "during" or "after" that closes a subject is the window the subject is
// said over, not what the amount is: "His odds of relapse within five years were eight per cent" → odds of relapse, not
// years (time-adverbial.ts' windowEnd, read by subject.ts's subjectBefore and verbSubject; card audit 31 shape 2).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a counted window closing a subject is said of it", () => {
  it("'Her odds of a relapse within four years were just nine per cent' → odds of a relapse (a chance keeps its 'of')", () => {
    expect(exact(at("Her odds of a relapse within four years were just nine per cent, the nurse said.", 9))).toEqual(want(9, "just", "%", "odds of a relapse", "percent"));
  });

  it("'Profits in the past two years rose to £40m' → profits (over the window's words)", () => {
    expect(exact(at("Profits in the past two years rose to £40m.", 40_000_000))).toEqual(want(40_000_000, undefined, "GBP", "profits", "money"));
  });

  it("'The number of Germans visiting Crete over the past three months was up 9 per cent' → rise in Germans (not the place the participle names)", () => {
    expect(exact(at("The number of Germans visiting Crete over the past three months was up 9 per cent.", 9))).toEqual(want(9, undefined, "%", "rise in Germans", "percent"));
  });
});

describe("near misses", () => {
  it("only a chance keeps its 'of': 'Sales of insurance within five years rose to £30m' → sales", () => {
    expect(at("Sales of insurance within five years rose to £30m.", 30_000_000).label).toBe("sales");
  });

  it("no window preposition: 'The first five years were worth £3m to him' → the years are the subject", () => {
    expect(at("The first five years were worth £3m to him.", 3_000_000).label).toBe("years");
  });

  it("a verb before the count is no window: 'Officials expect five years will cost £3m' → not the officials", () => {
    expect(at("Officials expect five years will cost £3m.", 3_000_000).label).toBe("years");
  });
});
