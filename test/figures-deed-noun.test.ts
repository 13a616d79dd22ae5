// A count a deed was done to, told as a noun or as a run of a series (fold.ts, adverb-adjective.ts): the deed folds into
// the label as a verb would ("the death of 412 people" → people died), a run's "their last" does not hide the verb, and
// "away" before a plural noun describes it instead of dropping the count.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string, qualifier?: string) => want(value, qualifier, undefined, label, "count");

describe("a deed told as a noun before 'of' is what happened to the count", () => {
  it("'the death of 412 people' → people died, a toll", () => {
    const f = at("The flood caused the death of 412 people across the region, officials said on Monday.", 412);
    expect(exact(f)).toEqual(count(412, "people died"));
    expect(f.kind).toBe("casualties");
  });

  it("'the loss of 300 jobs' → jobs lost", () => {
    expect(exact(at("The closure means the loss of 300 jobs at the plant in Derby.", 300))).toEqual(count(300, "jobs lost"));
  });

  it("'the abduction of 31 members' → members abducted", () => {
    expect(exact(at("Two former commanders were responsible for the abduction of 31 members of the community.", 31))).toEqual(count(31, "members abducted"));
  });

  it("'claimed the lives of 34,000 British soldiers' → British soldiers killed: a toll whatever its noun, not people only", () => {
    const f = at("The battle claimed the lives of 34,000 British soldiers and ended the war.", 34000);
    expect(exact(f)).toEqual(count(34000, "British soldiers killed"));
    expect(f.kind).toBe("casualties");
  });

  it("'cost the lives of 12 passengers' → passengers killed", () => {
    expect(exact(at("The crash cost the lives of 12 passengers on the night bus.", 12))).toEqual(count(12, "passengers killed"));
  });

  it("a noun that names no deed keeps the bare noun: 'the arrival of 300 refugees' → refugees", () => {
    expect(exact(at("Officials prepared for the arrival of 300 refugees at the camp.", 300))).toEqual(count(300, "refugees"));
  });
});

describe("a run of a series keeps its verb", () => {
  it("'had lost their last four meetings with City' → meetings lost", () => {
    expect(exact(at("United had lost their last four meetings with City before Sunday.", 4))).toEqual(count(4, "meetings lost"));
  });

  it("'lost their last three away games' → away games lost (the count was dropped)", () => {
    expect(exact(at("They lost their last three away games without scoring a goal.", 3))).toEqual(count(3, "away games lost"));
  });

  it("'barred from the club's next three away games' → away games", () => {
    expect(exact(at("Fans will be barred from the club's next three away games.", 3))).toEqual(count(3, "away games"));
  });

  it("'away' after a verb is the verb's: 'take away millions of dollars from people' is not labelled 'away'", () => {
    expect(labelOf("It is disgusting to take away millions of dollars from people who trusted her.", 1000000)).not.toMatch(/away/);
  });
});
