// Money an "-ing" of raising moves, after a noun phrase that "with" opens ("with the opening ride raising £150,000"),
// was raised by that noun's thing: a done raising, not a price of it (raised-by.ts; blind sample AZ's made-up shape 2).
import { describe, expect, it } from "vitest";
import { at, exactOnly, want } from "#test/helpers/figures.ts";

describe("money raised by the thing a 'with' names", () => {
  it("\"… with the opening ride raising over £150,000 for the Trust and its partners in 2019\": raised, not the ride's price", () => {
    const text = "Marta Lind said the route was hard, with the opening ride raising over £150,000 for the Trust and its partners in 2019.";
    expect(exactOnly(text)).toEqual(want(150000, "over", "GBP", "raised by opening ride", "money"));
  });
  it("\"With two galas raising £30,000, the club survived.\": a plural thing, the sentence opening on 'With'", () => {
    expect(at("With two galas raising £30,000, the club survived.", 30000).label).toBe("raised by galas");
  });
  it("\"With 12 galas raising £30,000, the club survived.\": a count in digits", () => {
    expect(at("With 12 galas raising £30,000, the club survived.", 30000).label).toBe("raised by galas");
  });
});

describe("near misses", () => {
  it("\"She hopes to see the opening ride raising over £150,000 for the Trust.\": no 'with', a hope", () => {
    expect(at("She hopes to see the opening ride raising over £150,000 for the Trust.", 150000).label).not.toMatch(/^raised by/);
  });
  it("\"The firm is raising £5m from investors.\": a raising under way, no 'with'", () => {
    expect(at("The firm is raising £5m from investors.", 5000000).label).not.toMatch(/^raised by/);
  });
  it("\"… with the opening ride costing over £150,000\": another verb", () => {
    expect(at("She said it was hard, with the opening ride costing over £150,000.", 150000).label).not.toMatch(/^raised by/);
  });
});
