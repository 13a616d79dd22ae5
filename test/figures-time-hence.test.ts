// A time "in N units' time" is when, counted from now (time-hence.ts; AK shape 8, the 36th round's fault list:
// 'three — years time').
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("time-hence.ts: 'in three years time' is three years from now", () => {
  it("'Nobody will remember this in three years time' → years from now (was 'years time')", () => {
    expect(exact(at("Nobody will remember this in three years time.", 3))).toEqual(duration(3, "years", "years from now"));
  });

  it("with the apostrophe: 'in about two years' time' → about two years from now (was \"years' time\")", () => {
    expect(exact(at("The bridge will open in about two years' time.", 2))).toEqual(duration(2, "years", "years from now", "about"));
  });

  it("after a told verb of finishing it is the time taken: 'The runners finished in three hours time' → hours to finish", () => {
    expect(exact(at("The runners finished in three hours time.", 3))).toEqual(duration(3, "hours", "hours to finish"));
    expect(at("She completed the course in three hours' time.", 3).label).toBe("hours to complete the course");
  });

  it("near miss: a future or a passive of finishing stays ahead ('will be finished in three years' time')", () => {
    expect(at("The work will be finished in three years' time.", 3).label).toBe("years from now");
    expect(at("They will finish in two hours time.", 2).label).toBe("hours from now");
  });

  it("near miss: no 'in' before it ('The work took three years' time') is no time ahead", () => {
    expect(at("The work took three years' time.", 3).label).toBe("years of work");
  });
});
