// Days of a month said as a range before the month's name ("from 11-13 July", "3-5 June") are a date, as "between
// 4 and 6 March" already was (type.ts): the range read them as a count and took the crowd's noun beside it ('11-13 —
// fans', sample BE's one junk row; '20-30 — new international cinema competitions' on a dev-bbc card). Made-up
// sentences in the shape of BE's row and of dev-bbc's.
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("a range of days before a month's name", () => {
  it("'from 11-13 July' is a date, no count of the fans before it", () => {
    expect(typedList("More than 80,000 fans will descend on the showground from 11-13 July, but demand keeps growing.")).toEqual([
      ["More than 80,000", "count", true],
      ["11-13", "date", false],
    ]);
  });

  it("'during its 4–9 February season', an en dash and a noun after the month, is a date", () => {
    expect(typedList("The guild will screen 40 new films during its 4–9 February season in the hills.")).toEqual([
      ["40", "count", true],
      ["4–9", "date", false],
    ]);
  });

  it("'on the 2-5 of October' is a date", () => {
    expect(typedList("Some 300 riders will race on the 2-5 of October along the coast.")).toEqual([
      ["Some 300", "count", true],
      ["2-5", "date", false],
    ]);
  });

  it("a range past a month's days ('12-40 March') or of another unit ('3-5 miles in June') stays an amount", () => {
    expect(typedList("The pickers work 3-5 miles from the farm in June.").map((r) => r[1])).toEqual(["measure"]);
    expect(typedList("Sales rose by 12-40 March to March.").map((r) => r[1])).not.toContain("date");
  });

  it("a lower-case 'may' after a range is the modal, no month", () => {
    expect(typedList("Between them, 20-30 may leave the club this year.").map((r) => r[1])).toEqual(["count"]);
  });
});
