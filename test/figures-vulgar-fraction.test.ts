// A vulgar fraction glued to whole digits is part of the number (vulgar-fraction.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("digits and a glued vulgar fraction", () => {
  it("\"About 23½ inches of ash fell in some places.\": 23.5 inches, a measure, not '23 — inches' counted", () => {
    expect(exactOnly("About 23½ inches of ash fell in some places.")).toEqual(want(23.5, "about", "inches", "ash", "measure"));
  });
  it("\"After deliberating for 11½ hours, jurors found him guilty.\": a duration of 11.5 hours", () => {
    expect(exactOnly("After deliberating for 11½ hours, jurors found him guilty.")).toMatchObject({ value: 11.5, unit: "hours", type: "duration" });
  });
  it("\"The baby weighed 7¾ pounds.\": a quarter too", () => {
    expect(exactOnly("The baby weighed 7¾ pounds.")).toMatchObject({ value: 7.75, unit: "pounds", type: "measure" });
  });
});
