// A verb of lying or staying right before a duration's "for" says the time was spent in a state even where no place or
// role follows it (stay-or-lie.ts): "has lain dormant for 40 years" → years dormant, "remained there" → years remaining
// there, "where she stayed for two months" → months stayed.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a verb of lying and its adjective: the state the time was spent in", () => {
  it("'has laid dormant for more than 40 years' (lay as news copy writes it)", () => {
    expect(exact(at("The volcano, which has laid dormant for more than 40 years, suddenly erupted on Wednesday.", 40))).toEqual(
      want(40, "more than", "years", "years dormant", "duration"),
    );
  });

  it("'lay undiscovered for three weeks'", () => {
    expect(exact(at("The body lay undiscovered for three weeks before a neighbour called police.", 3))).toEqual(
      want(3, undefined, "weeks", "weeks undiscovered", "duration"),
    );
  });
});

describe("a verb of staying with no place named: the stay itself", () => {
  it("'remained there for more than 300 years': the adverb of place", () => {
    expect(exact(at("The skeleton remained there for more than 300 years to raise questions in the future.", 300))).toEqual(
      want(300, "more than", "years", "years remaining there", "duration"),
    );
  });

  it("'where she stayed for two months': the verb alone", () => {
    expect(exact(at("She was moved from the city hospital, where she stayed for two months, to a rehabilitation facility.", 2))).toEqual(
      want(2, undefined, "months", "months stayed", "duration"),
    );
  });
});

describe("near misses: a denied stay, a lie told, a state's own complement", () => {
  it("'never stayed there for more than two weeks': a denied stay is no stay", () => {
    expect(exact(at("He never stayed there for more than two weeks at a time.", 2))?.label).toBe("weeks");
  });

  it("'never lay empty for more than two weeks': a denied state is its absence", () => {
    expect(exact(at("The house never lay empty for more than two weeks.", 2))?.label).toBe("weeks");
  });

  it("'told lies for 20 years': 'lies' with no adjective after it is no state", () => {
    expect(exact(at("The former minister told lies for 20 years.", 20))?.label).toBe("years");
  });

  it("'lay on the floor for two hours': a place after the verb is the predicate's other reading, not the state rule's", () => {
    expect(exact(at("The woman lay on the floor for two hours before help came.", 2))?.label).toBe("hours");
  });

  it("'kept his remains for 30 years': after an owner 'remains' is a noun, not a stay", () => {
    expect(exact(at("The museum kept his remains for 30 years.", 30))?.label).toBe("years");
  });
});
