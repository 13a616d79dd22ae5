// A length "within N <unit> of" a thing is how near it came or may come, not the thing's size (measured-thing.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("within a length of a thing", () => {
  it("'Boats must stay out of a zone within 100 metres of any whale.': 100 metres — distance from whale", () => {
    expect(exact(at("Boats must stay out of a zone within 100 metres of any whale.", 100))).toEqual(want(100, undefined, "metres", "distance from whale", "measure"));
  });
});
