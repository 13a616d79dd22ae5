// "nine-man Wigan": a side down to N men, a name and nothing after it, counts its players (compound-head.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a side down to N men", () => {
  it("'Rovers scraped a 2-1 win over ten-man Burnley.': ten-man — Burnley players", () => {
    expect(exact(at("Rovers scraped a 2-1 win over ten-man Burnley.", 10))).toEqual(want(10, undefined, undefined, "Burnley players", "count"));
  });
});

describe("near misses", () => {
  it("'A four-man Apollo crew flew on.': a body after the name keeps its reading", () => {
    expect(at("A four-man Apollo crew flew on.", 4).label).not.toMatch(/players$/);
  });
});
