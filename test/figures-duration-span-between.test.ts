// The words after a duration's unit that say what it spans (span-between.ts): a gap between two things ("died five
// hours apart" → hours apart), an age gap after an owner ("ten years her junior" → years younger), a time ahead of now
// ("35 years from now"). Made-up sentences in the dev cards' shapes.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a gap, an age gap or a time from now after the unit", () => {
  it("'died five hours apart' → hours apart", () => {
    expect(exact(at("The elderly twins died five hours apart.", 5))).toEqual(want(5, undefined, "hours", "hours apart", "duration"));
  });

  it("'more than 10 years her junior' → years younger", () => {
    expect(exact(at("She was replaced by a presenter more than 10 years her junior.", 10))).toEqual(want(10, "more than", "years", "years younger", "duration"));
  });

  it("'three years his senior' → years older", () => {
    expect(exact(at("He married a widow three years his senior.", 3))).toEqual(want(3, undefined, "years", "years older", "duration"));
  });

  it("'the religious landscape 35 years from now' → years from now", () => {
    expect(exact(at("The report maps the religious landscape 35 years from now.", 35))).toEqual(want(35, undefined, "years", "years from now", "duration"));
  });
});

describe("near misses: 'from' an event", () => {
  it("'three years from the start' is no time from now", () => {
    expect(exact(at("He left three years from the start of the project.", 3))?.label).not.toBe("years from now");
  });
});
