// A time "in" a clause about the future is a time ahead ("three — months from now"), as a time past is "years ago";
// only days and longer, after "will", "might", "may", "shall" or "expected/due/set to" (time-ahead.ts).
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time ahead", () => {
  it("'will need draining again in three months' → three — months from now", () => {
    expect(exact(at("Doctors say the cyst will need draining again in three months.", 3))).toEqual(duration(3, "months", "months from now"));
  });

  it("'expected to be ready in three or four years' → years from now", () => {
    expect(at("The stadium is expected to be ready in three or four years.", 3)).toMatchObject({ unit: "years", label: "years from now" });
  });

  it("'might turn around in six months and say' → months from now", () => {
    expect(exact(at("We might turn around in six months and say it's time.", 6))).toEqual(duration(6, "months", "months from now"));
  });
});

describe("near misses stay their unit", () => {
  it("a counterfactual: 'would have bled to death in just 60 seconds'", () => {
    expect(exact(at("He would have bled to death in just 60 seconds.", 60))).toEqual(duration(60, "seconds", "seconds", "just"));
  });

  it("'could': 'could be released in less than eight years'", () => {
    expect(exact(at("He could be released in less than eight years.", 8))).toEqual(duration(8, "years", "years", "less than"));
  });

  it("hours: 'I will run it in three hours' is how long it takes", () => {
    expect(exact(at("I will run it in three hours.", 3))).toEqual(duration(3, "hours", "hours"));
  });

  it("a future perfect: 'will have finished in two years'", () => {
    expect(exact(at("The project will have finished in two years.", 2))).toEqual(duration(2, "years", "years"));
  });

  it("after a superlative, a time since (superlative-since.ts), not ahead: 'will host Britain's biggest home tie in three decades'", () => {
    expect(exact(at("Britain will host Britain's biggest home tie in three decades from July 17-19.", 3))).toEqual(duration(3, "decades", "decades since bigger home tie"));
  });

  it("a future in another clause: 'He will say that in two years nothing changed'", () => {
    expect(exact(at("He will say that in two years nothing changed.", 2))).toEqual(duration(2, "years", "years"));
  });
});
