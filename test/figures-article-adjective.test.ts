// A singular unit after a number makes a compound of what follows when an article opens the phrase, past its
// adjectives too (label-count-noun.ts's singularUnit): "a narrow two point lead" read 'two — point' (the tagger's
// verb "lead" taken for the clause's), where "a two point lead" and "a seven-point lead" read 'point lead'
// (card-audit-50's made-up shape 8).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("singularUnit: 'a ADJ N UNIT NOUN' is a compound, as 'a N UNIT NOUN' is", () => {
  it("'Labour now holds a narrow two point lead in the latest survey.' → two point — point lead", () => {
    const f = at("Labour now holds a narrow two point lead in the latest survey.", 2);
    expect([exact(f), f.display]).toEqual([want(2, undefined, undefined, "point lead", "count"), "two point"]);
  });

  it("'The Tories hold a slender 3 point lead.' → 3 point — point lead (it read an identifier, no candidate)", () => {
    expect(exact(at("The Tories hold a slender 3 point lead.", 3))).toEqual(want(3, undefined, undefined, "point lead", "count"));
  });

  it("'He bought a massive 17 inch monitor.' → 17 inch — monitor, a measure in inches", () => {
    expect(exact(at("He bought a massive 17 inch monitor.", 17))).toEqual(want(17, undefined, "inches", "monitor", "measure"));
  });
});
