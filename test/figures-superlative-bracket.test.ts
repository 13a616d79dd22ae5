// "one of the three best centre backs", "among the ten highest grossing films": a best-N bracket one thing is placed
// in is a rank, as "one of the top three" is, no count of the things (table-section.ts' superlativeBracket).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList } from "#test/helpers/figures.ts";

describe("a best-N bracket", () => {
  it("\"She is one of the four best goalkeepers in Europe.\": a rank, no card figure", () => {
    expect(typedList("She is one of the four best goalkeepers in Europe.")).toEqual([["four", "rank", false]]);
  });
  it("\"The lake is among the five most polluted in the region.\": 'among', 'most'", () => {
    expect(typedList("The lake is among the five most polluted in the region.")).toEqual([["five", "rank", false]]);
  });
  it("\"It is one of the 20 largest banks in Asia.\": digits, an '-est' adjective", () => {
    expect(typedList("It is one of the 20 largest banks in Asia.")).toEqual([["20", "rank", false]]);
  });
});

describe("near misses", () => {
  it("\"The magazine lists the 12 best cafés in town.\": no 'one of' nor 'among', a count", () => {
    expect(exactOnly("The magazine lists the 12 best cafés in town.")).toEqual({ value: 12, qualifier: undefined, unit: undefined, label: "best cafés", type: "count" });
  });
  it("\"Ours is the cheapest of the five biggest networks.\": 'of the N biggest' after no 'one' counts them", () => {
    expect(exactOnly("Ours is the cheapest of the five biggest networks.")).toEqual({ value: 5, qualifier: undefined, unit: undefined, label: "biggest networks", type: "count" });
  });
  it("\"Police said one of the 40 protest groups marched.\": a noun in '-est' is no superlative", () => {
    expect(typedList("Police said one of the 40 protest groups marched.")).toEqual([["40", "count", true]]);
  });
});
