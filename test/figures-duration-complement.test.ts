// A duration after a state its clause puts something in: an object complement ("made the site unusable for five
// hours", object-complement.ts) and a copula further back than the predicate's reach (duration-predicate.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

const span = (value: number, unit: string, label: string, qualifier?: string) => want(value, qualifier, unit, label, "duration");

describe("object-complement.ts: what was in the state, and the state", () => {
  it("'The attack made the site unusable for five hours' → hours site unusable (not 'hours')", () => {
    expect(exact(at("The attack made the site unusable for five hours on Tuesday.", 5))).toEqual(span(5, "hours", "hours site unusable"));
  });

  it("an adverb before the state is left out: 'left the building completely unsafe for three weeks' → weeks building unsafe", () => {
    expect(exact(at("The fire left the building completely unsafe for three weeks.", 3))).toEqual(span(3, "weeks", "weeks building unsafe"));
  });

  it("a pronoun object names nothing: 'made him unavailable for six weeks' keeps its unit", () => {
    expect(exact(at("The injury made him unavailable for six weeks.", 6))).toEqual(span(6, "weeks", "weeks"));
  });
});

describe("a copula more than eight words before the time's 'for'", () => {
  it("'was a member of the ruling party's powerful central committee in the province for 12 years' → years as a member", () => {
    const text = "He was a member of the ruling party's powerful central committee in the province for 12 years.";
    expect(exact(at(text, 12))).toEqual(span(12, "years", "years as a member"));
  });

  it("a verb between ends the search: 'was keen to wait in the small room at the back of the station for two hours'", () => {
    const text = "She was keen to wait in the small room at the back of the station for two hours.";
    expect(exact(at(text, 2))).toEqual(span(2, "hours", "hours"));
  });
});

describe("duration-predicate.ts: a participle the tagger calls an adjective, after a comma, opens a reduced clause", () => {
  // AK shape 7 (the 36th round's fault list): '31 — years'; "wed to Tom" was read, "married" (an adjective) was not.
  it("'Priya, married to Tom for 31 years, enjoys baking bread' → years married to Tom", () => {
    expect(exact(at("Priya, married to Tom for 31 years, enjoys baking bread.", 31))).toEqual(span(31, "years", "years married to Tom"));
  });

  it("near miss: an adjective of no participle's spelling names no state spent ('The man, famous for 20 years, died')", () => {
    expect(at("The man, famous for 20 years, died.", 20).label).toBe("years");
  });
});
