// Stars up to five are a rating, typed as "five out of five stars" is, no count (star-rating.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("star ratings", () => {
  it("\"They stayed in a five-star hotel.\": a rating, not a count of stars", () => {
    expect(typedList("They stayed in a five-star hotel.")).toEqual([["five-star", "other", false]]);
  });
  it("\"The film was rated 4.5 stars by critics.\"", () => {
    expect(typedList("The film was rated 4.5 stars by critics.")).toEqual([["4.5 stars", "other", false]]);
  });
  it("\"It got a four-and-a-half-star review.\"", () => {
    expect(typedList("It got a four-and-a-half-star review.")).toEqual([["four-and-a-half-star", "other", false]]);
  });
  it("\"The three stars now have a century of goals.\": stars who are people are counted", () => {
    expect(exactOnly("The three stars now have a century of goals.")).toEqual(want(3, undefined, undefined, "stars", "count"));
  });
});
