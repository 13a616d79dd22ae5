// A bare count "of" a noun is that noun's size, even when a past follows it (count-of.ts), and a range's "between"
// stands between a measure's "of" and its amount (noun-phrase.ts' nounOf): from sweep 41's bare amounts (made-up
// sentences).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a bare count 'of' a noun before a past", () => {
  it.each([
    ["The opening game attendance of over 60,000 seemed like a distant memory.", 60000, "over", "opening game attendance"],
    ["The crowd of between 20,000 and 30,000 cheered loudly.", 20000, undefined, "crowd"],
  ])("%s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, undefined, label, "count"));
  });

  it("near miss: 'in front of hundreds of shocked tourists' counts the tourists, not the front", () => {
    expect(at("The guard fell in front of hundreds of shocked tourists.", 100).label).not.toBe("front");
  });

  it("near miss: 'a total of 27 killed' keeps its own verb ('total' only says how it is given)", () => {
    expect(at("The blast left a total of 27 killed in the city.", 27).label).not.toBe("total");
  });
});

describe("a measure 'of between' two amounts", () => {
  it("'a depth of between 40 and 50 metres' is the depth, not a distance", () => {
    const f = at("The lake has a depth of between 40 and 50 metres in places.", 40);
    expect(exact(f)).toEqual(want(40, undefined, "metres", "depth", "measure"));
  });
});
