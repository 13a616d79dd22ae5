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

describe("yearly-count.ts: a place between the count and its period (blind sample BC's made-up shape 6)", () => {
  it("'Heart disease, which is often missed, kills 900 men in Wales every week.' → 900 — men killed a week", () => {
    // Was '900 — men killed': a toll per period read as a total.
    expect(exactOnly("Heart disease, which is often missed, kills 900 men in Wales every week.")).toEqual(want(900, undefined, undefined, "men killed a week", "count"));
  });
  it("'Clinics see 300 patients across North Wales each month.' → a two-word place after 'across'", () => {
    expect(exactOnly("Clinics see 300 patients across North Wales each month.")).toEqual(want(300, undefined, undefined, "patients a month", "count"));
  });
  it("near miss: 'Clinics see 300 patients in hospitals every month.' → no name: this rule passes over only a place's name", () => {
    expect(exactOnly("Clinics see 300 patients in hospitals every month.")?.label).not.toMatch(/a month/);
  });
  it("near miss: 'Clinics saw 300 patients in Wales.' → no period after the place", () => {
    expect(exactOnly("Clinics saw 300 patients in Wales.")?.label).not.toMatch(/a (?:week|month|year|day)/);
  });
});
