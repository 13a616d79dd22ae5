// A fraction of a century is a span of years ("more than a quarter of a century" → 25 years), read as "a quarter of a
// million" is an amount; read as a share it was 0.25 labelled 'century' (century-part.ts; the 38th sweep's type errors).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a fraction of a century", () => {
  it("\"He made repeated visits over more than a quarter of a century, police said.\": 25 years, hedged", () => {
    expect(exactOnly("He made repeated visits over more than a quarter of a century, police said.")).toEqual(want(25, "more than", "years", "years", "duration"));
  });
  it("\"For three quarters of a century, Prince Philip has served the Crown.\": 75 years serving the Crown", () => {
    expect(exactOnly("For three quarters of a century, Prince Philip has served the Crown.")).toEqual(want(75, undefined, "years", "years serving the Crown", "duration"));
  });
  it("\"The couple have been married for a quarter of a century.\": 25 years married", () => {
    expect(exactOnly("The couple have been married for a quarter of a century.")).toEqual(want(25, undefined, "years", "years married", "duration"));
  });
  it("\"A quarter of a century earlier, he had left his son behind.\": a time point, 25 years earlier", () => {
    expect(exactOnly("A quarter of a century earlier, he had left his son behind.")).toEqual(want(25, undefined, "years", "years earlier", "duration"));
  });
});

describe("near misses", () => {
  it("\"Nearly a quarter of the century's births were recorded.\": a share of what the century holds", () => {
    expect(exactOnly("Nearly a quarter of the century's births were recorded.")).toEqual(want(0.25, "nearly", undefined, "century's births recorded", "other"));
  });
  it("\"A quarter of a million homes were flooded.\": a fraction of a scale is a count", () => {
    expect(exactOnly("A quarter of a million homes were flooded.")).toEqual(want(250000, undefined, undefined, "homes", "count"));
  });
});
