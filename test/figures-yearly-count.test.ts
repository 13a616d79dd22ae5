// "There are around 900 cases of measles every year across Eastfield": a count said with the period it recurs in is a
// rate, and its bare noun read as a one-off total ('around 900 — cases' beside the county's '310 — cases'; card audit
// 57, sample AY's made-up shape 1).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("yearly-count.ts: a count with a rate's period keeps the period", () => {
  it("'Vets report about 600 cases of mange every year in the valley.' → about 600 — cases a year", () => {
    expect(exactOnly("Vets report about 600 cases of mange every year in the valley.")).toEqual(want(600, "about", undefined, "cases a year", "count"));
  });
  it("'The ferry sells 800 tickets a week.' → 800 — tickets a week", () => {
    expect(exactOnly("The ferry sells 800 tickets a week.")).toEqual(want(800, undefined, undefined, "tickets a week", "count"));
  });
  it("near miss: a time back is no rate: 'The ferry sold 800 tickets a year ago.' → tickets sold", () => {
    expect(exactOnly("The ferry sold 800 tickets a year ago.")).toEqual(want(800, undefined, undefined, "tickets sold", "count"));
  });
  it("near miss: a measure's unit is no counted noun: 'The well pumps 900 barrels of oil a day.' → 900 barrels — oil", () => {
    expect(exactOnly("The well pumps 900 barrels of oil a day.")).toEqual(want(900, undefined, "barrels", "oil", "measure"));
  });
});
