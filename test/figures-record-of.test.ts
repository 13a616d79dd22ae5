// A record said with a modifier between its article and its frame ("hit a new record of £20.6bn", "reached a new
// high of £3bn") is what set it (peak-of.ts; card audit 43, sample AK's made-up shape: '£20.6bn — new record').
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("peak-of.ts: a new record or high is what reached it", () => {
  it("'costs hit a new record of £20.6bn' → costs record", () => {
    expect(exact(at("Sales climbed 2.4% to £18.2bn, while costs hit a new record of £20.6bn.", 20.6e9))).toEqual(want(20.6e9, undefined, "GBP", "costs record", "money"));
  });

  it("'Costs, which hit a new record of £20.6bn, weighed on the firm' → costs record: the aside's noun set it", () => {
    const f = at("Costs, which hit a new record of £20.6bn, weighed on the firm.", 20.6e9);
    expect(exact(f)).toEqual(want(20.6e9, undefined, "GBP", "costs record", "money"));
  });

  it("'Exports reached a new high of £3bn last month' → exports high", () => {
    expect(exact(at("Exports reached a new high of £3bn last month.", 3e9))).toEqual(want(3e9, undefined, "GBP", "exports high", "money"));
  });

  it("'Purchases from abroad hit a new record of £20.6bn' → purchases record: a place adverb closes the subject", () => {
    expect(exact(at("Purchases from abroad hit a new record of £20.6bn.", 20.6e9))).toEqual(want(20.6e9, undefined, "GBP", "purchases record", "money"));
  });

  it("'Visitors from overseas rose to a high of 3 million' → visitors high: the verb after the place, a noun to the tagger", () => {
    expect(exactOnly("Visitors from overseas rose to a high of 3 million.")).toEqual(want(3e6, undefined, undefined, "visitors high", "count"));
    expect(exactOnly("Visitors from overseas hit a record of 3 million.")).toEqual(want(3e6, undefined, undefined, "visitors record", "count"));
  });

  it("'Visitors from overseas rose to a record 3 million' → visitors (was 'rose')", () => {
    expect(exactOnly("Visitors from overseas rose to a record 3 million.")).toEqual(want(3e6, undefined, undefined, "visitors", "count"));
  });

  it("no frame: 'Visitors from overseas rose to 3 million' → visitors, as 'Visitors from China' reads (was 'rose')", () => {
    expect(exactOnly("Visitors from overseas rose to 3 million.")).toEqual(want(3e6, undefined, undefined, "visitors", "count"));
  });

  it("'Prices have at least doubled to $90': 'at least' is no place, the subject read as before", () => {
    expect(exact(at("Prices have at least doubled to $90.", 90))).toEqual(want(90, undefined, "USD", "prices", "money"));
  });
});
