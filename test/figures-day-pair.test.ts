// The first day of a pair whose month comes after the second ("the weekend of 9 and 10 July") is a date, as the second
// is (type.ts); it took the noun before it ('9 — weekend', figures-history's thirty-second round). Made-up sentence in
// the shape of a dev-bbc card.
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("the first day of a pair before its month", () => {
  it("'the weekend of 9 and 10 July' is two dates, no count of weekends", () => {
    expect(typedList("The band will play the festival over the weekend of 9 and 10 July in Balado.")).toEqual([
      ["9", "date", false],
      ["10", "date", false],
    ]);
  });
});
