// A past that goes on for a time with no object (past-doing.ts' GO_ON) names the time by its "-ing": deliberating and
// visiting go on as dating and living do; a past of a moment ("vanished") is said as its participle, since its time is
// the state it left, which its "-ing" does not name (labels96: the unit alone had said nothing of what lasted). Made-up sentences in the shapes of the dev cards.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a past that goes on with no object", () => {
  it("'jurors deliberated for more than seven hours' → hours deliberating", () => {
    expect(exact(at("The jurors deliberated for more than seven hours on Tuesday.", 7))).toEqual(duration(7, "hours", "hours deliberating", "more than"));
  });

  it("'the Pope visited for three days' → days visiting", () => {
    expect(exact(at("The Pope visited for three days in 2012.", 3))).toEqual(duration(3, "days", "days visiting"));
  });

  it("'he vanished for six weeks': a past of a moment is said as its participle, the state it left (weeks vanished)", () => {
    expect(exact(at("The singer vanished for six weeks after the show.", 6))).toEqual(duration(6, "weeks", "weeks vanished"));
  });
});
