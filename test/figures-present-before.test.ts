// A clause after "before" told in the present, or with the "could" of a past ability, names its event by its "-ing"
// as a past one does (present-before.ts): the label was the unit alone. Made-up sentences in the shapes of the dev
// cards.
import { describe, expect, it } from "vitest";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a 'before' clause in the present or with 'could'", () => {
  it("'maybe three weeks before he is back in action completely' → weeks before being back in action", () => {
    expect(exact(at("I reckon maybe three weeks before he is back in action completely.", 3))).toEqual(
      duration(3, "weeks", "weeks before being back in action"),
    );
  });

  it("'six months before she could get into a wheelchair' → months before getting into a wheelchair", () => {
    expect(exact(at("It took six months before she could get into a wheelchair.", 6))).toEqual(duration(6, "months", "months before getting into a wheelchair"));
  });

  it("'34 minutes before he pulls the card' → minutes before pulling the card", () => {
    expect(exact(at("A new record: 34 minutes before he pulls the card from his pocket.", 34))).toEqual(duration(34, "minutes", "minutes before pulling the card"));
  });
});

describe("near misses: a complement cut before its infinitive, a particle cut off", () => {
  it("'10 days before she is due to give birth' keeps its unit", () => {
    expect(exact(at("The photo came just 10 days before she is due to give birth.", 10))).toEqual(duration(10, "days", "days", "just"));
  });

  it("'34 minutes before he pulls out the Ivan card and pretends' keeps the particle, not 'minutes before pulling' (labels48)", () => {
    expect(exact(at("A new record: 34 minutes before he pulls out the Ivan card and pretends he cares.", 34))).toEqual(
      duration(34, "minutes", "minutes before pulling out Ivan card"),
    );
  });
});
