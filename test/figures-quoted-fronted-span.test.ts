// A fronted "For the last N years" opens a quoted sentence after a colon as it opens a sentence
// (duration-position.ts' opening): 'He told the paper: "For the last nine years I have been sober."' read '— years'.
// These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("duration-position.ts: a fronted span after a colon and a quotation mark", () => {
  it("'He told the paper: \"For the last nine years I have been sober.\"' → years sober", () => {
    const text = 'He told the paper: "For the last nine years I have been sober."';
    expect(exact(at(text, 9))).toEqual(want(9, undefined, "years", "years sober", "duration"));
  });

  it("with a comma: 'She said: \"For 20 years, I worked at the plant.\"' → years working at the plant", () => {
    const text = 'She said: "For 20 years, I worked at the plant."';
    expect(exact(at(text, 20))).toEqual(want(20, undefined, "years", "years working at the plant", "duration"));
  });

  it("no colon: 'He said for the last nine years he had been sober.' keeps the unit alone", () => {
    expect(at("He said for the last nine years he had been sober.", 9).label).toBe("years");
  });
});
