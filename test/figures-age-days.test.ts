// An age said to the day ("aged 23 and 212 days") is one age, its days no span of their own (age-days.ts; card audit
// 43, sample AK's made-up shape: '212 — days', junk). Near miss: a span in years and days with no word of age.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("age-days.ts: the days of an age are the age's", () => {
  it("'the youngest captain aged 23 and 212 days': both parts an age, no figure", () => {
    expect(typedList("She became the club's youngest captain aged 23 and 212 days.")).toEqual([["23", "age", false], ["212", "age", false]]);
  });

  it("'aged 19 years and 40 days', '23 years and 212 days old', 'At 18 years and 300 days,': no figure", () => {
    expect(figs("He became the youngest player to score aged 19 years and 40 days.")).toEqual([]);
    expect(figs("She was 23 years and 212 days old when she won.")).toEqual([]);
    expect(figs("At 18 years and 300 days, he is the youngest captain.")).toEqual([]);
  });

  it("near miss: 'served 3 years and 40 days in office' has no word of age and stays a span", () => {
    expect(exactOnly("He spent 40 days in office.")).toEqual(want(40, undefined, "days", "days in office", "duration"));
    expect(typedList("He served 3 years and 40 days in office.").map((r) => r[1])).toEqual(["duration", "duration"]);
  });
});
