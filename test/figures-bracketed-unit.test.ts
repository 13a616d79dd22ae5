// A unit alone in brackets after the digits is the number's (bracketed-unit.ts): 'towards a height of 500 (metres)'
// read '500 — height' as a count (card-audit-50's made-up shape 12).
import { describe, expect, it } from "vitest";
import { at, exact, figs, listed, want } from "#test/helpers/figures.ts";

describe("'N (UNIT)' is a measure in that unit", () => {
  it("'The crane lifted the beam towards a height of 500 (metres) before the gust, engineers said.' → 500 metres — height", () => {
    const text = "The crane lifted the beam towards a height of 500 (metres) before the gust, engineers said.";
    expect(exact(at(text, 500))).toEqual(want(500, undefined, "metres", "height", "measure"));
  });

  it("'The mast is 300 (feet) tall.' → 300 feet — height", () => {
    expect(exact(at("The mast is 300 (feet) tall.", 300))).toEqual(want(300, undefined, "feet", "height", "measure"));
  });

  it("'She was already driving it 240 (yards) or so.' → or so 240 yards — distance, as '240 yards' reads", () => {
    expect(exact(at("She was already driving it 240 (yards) or so.", 240))).toEqual(want(240, "or so", "yards", "distance", "measure"));
  });

  it("near miss: 'He served 5 (years) in jail.' is no measure in brackets: no figure in years from it", () => {
    expect(figs("He served 5 (years) in jail.").filter((f) => f.unit !== undefined)).toEqual([]);
  });

  it("near miss: 'He paid 40 (pounds) for the ticket.' is no weight: no figure in pounds of weight", () => {
    expect(figs("He paid 40 (pounds) for the ticket.").filter((f) => f.unit === "pounds")).toEqual([]);
  });

  it("near miss: 'Chelsea have 38 (points) after 20 games.' is a count, no measure in points (as on main)", () => {
    const f = at("Chelsea have 38 (points) after 20 games.", 38);
    expect([f.type, f.unit]).toEqual(["count", undefined]);
  });

  it("near miss: 'He was charged under section 5 (g) of the Act.' reads no grams from the clause's letter", () => {
    expect(listed("He was charged under section 5 (g) of the Act.").map((n) => n.display)).toEqual(["5"]);
  });
});
