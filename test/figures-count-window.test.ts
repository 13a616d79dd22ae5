// A time "in" which a counted thing came holds that many of them ("two 3-0 defeats in four days" → days with two 3-0
// defeats, count-window.ts), as ordinal-window.ts names "a third match in nine days".
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time holding a count is named by what it held", () => {
  it("'left him two 3-0 defeats in four days' → days with two 3-0 defeats (a score inside the phrase)", () => {
    expect(exact(at("The victory left Swindon boss Mark Cooper to pick his side up from two 3-0 defeats in four days.", 4))).toEqual(duration(4, "days", "days with two 3-0 defeats"));
  });

  it("'score just one goal in eight hours' → hours with just one goal (the count's limit kept)", () => {
    expect(exact(at("The slump has seen the Magpies lose five on the spin and score just one goal in eight hours.", 8))).toEqual(duration(8, "hours", "hours with just one goal"));
  });

  it("'more than 160 patients in nine days' → days with more than 160 patients", () => {
    expect(exact(at("Cuomo said more than 160 patients in nine days have been rushed to hospitals.", 9))).toEqual(duration(9, "days", "days with more than 160 patients"));
  });

  it("'made just four appearances for Manchester United in two years' → years with just four appearances (over the place)", () => {
    expect(exact(at("Zaha made just four appearances for Manchester United in two years.", 2))).toEqual(duration(2, "years", "years with just four appearances"));
  });

  it("'won two Bundesliga titles in seven years' → years with two Bundesliga titles", () => {
    expect(exact(at("Klopp, who won two Bundesliga titles in seven years, has confirmed he will leave.", 7))).toEqual(duration(7, "years", "years with two Bundesliga titles"));
  });

  it("'scored three goals in the space of 10 minutes' → minutes with three goals", () => {
    expect(exact(at("Vardy scored three goals in the space of 10 minutes.", 10))).toEqual(duration(10, "minutes", "minutes with three goals"));
  });
});

describe("near misses: no count of what the time held", () => {
  it("'the next two games in five days' counts the window's own games", () => {
    expect(exact(at("They play the next two games in five days.", 5))).toEqual(duration(5, "days", "days"));
  });

  it("'was shared 30,000 times in six hours' counts how often, no thing", () => {
    expect(exact(at("The story was shared 30,000 times in six hours.", 6))).toEqual(duration(6, "hours", "hours"));
  });

  it("'suffered a 3-0 defeat in four days': a score's side is no count", () => {
    expect(exact(at("Leeds suffered a 3-0 defeat in four days.", 4))).toEqual(duration(4, "days", "days"));
  });

  it("'would have suffered two defeats in four days': a count that did not come", () => {
    expect(exact(at("Smith would have suffered two defeats in four days.", 4))).toEqual(duration(4, "days", "days"));
  });

  it("'rebuilt its 2014 squad in four years': a year is no count", () => {
    expect(exact(at("Brazil rebuilt its 2014 squad in four years.", 4))).toEqual(duration(4, "years", "years"));
  });

  it("'never suffered two defeats in four days': a denied count held nothing", () => {
    expect(exact(at("Smith never suffered two defeats in four days.", 4))).toEqual(duration(4, "days", "days"));
  });
});
