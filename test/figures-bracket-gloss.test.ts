// A bare number alone in a bracket: after a noun it is that noun's value ("shoe size (10.5)", bracket-gloss.ts), not
// another of the count before it; right after a measure it is the measure again in units left out ("swam 14,000
// miles (22,500)", sentence.ts' measureConversion), not a second measure in the first one's unit.
import { describe, expect, it } from "vitest";
import { exactOnly, listed, want } from "#test/helpers/figures.ts";

/** Every number `--all` lists: display, value, unit, label, type, whether the card may hold it. */
const every = (text: string) => listed(text).map((n) => [n.display, n.value, n.unit, n.label, n.type, n.candidate]);

describe("a bracket after a noun gives that noun's value", () => {
  it("'his height (5' 11\"), … shoe size (10.5)': the shoe size is no 10.5 feet of height", () => {
    expect(exactOnly("His card lists his height (5' 11\"), suit size (38R) and shoe size (10.5).")).toEqual(want(5.917, undefined, "feet", "height", "measure"));
    expect(every("His card lists his height (5ft 11in) and shoe size (10.5).")).toEqual([
      ["5ft 11in", 5.917, "feet", "height", "measure", true],
      ["10.5", 10.5, undefined, "", "count", false],
    ]);
  });

  it("near misses: a bracket with more words, or after a verb, holds another of the count ('(six in the blast)', 'died (six)')", () => {
    expect(every("Seven attackers were killed in the raids (six in the blast) on Monday.")[1]).toEqual(["six", 6, undefined, "attackers killed", "count", true]);
    expect(every("Seven attackers died (six) in the raids.")[1]).toEqual(["six", 6, undefined, "attackers died", "count", true]);
  });

  it("near miss: a count said again with no bracket is still another of the count ('five months and Chester three')", () => {
    expect(every("Diame is out for five months and Chester three.").map((n) => n[2])).toEqual(["months", "months"]);
  });
});

describe("a bare number in a bracket right after a measure is the measure in units left out", () => {
  it("'swam 14,000 miles (22,500)' → 14,000 miles; the bracket folded, no 22,500 miles", () => {
    expect(every("The whale swam 14,000 miles (22,500) from Russia to Mexico and back.")).toEqual([
      ["14,000", 14000, "miles", "distance", "measure", true],
      ["22,500", 22500, undefined, "distance", "count", false],
    ]);
    expect(every("The crater is 300 metres (984) deep.")).toEqual([
      ["300 metres", 300, "metres", "crater", "measure", true],
      ["984", 984, undefined, "crater", "count", false],
    ]);
  });

  it("near miss: a bracket after a noun past the measure is no conversion ('the 6ft 5in defender (22)')", () => {
    expect(every("The 6ft 5in defender (22) signed a new deal.")[1]).toEqual(["22", 22, undefined, "", "count", false]);
  });

  it("near miss: a bracket with words after the number is a part, no conversion ('14,000 miles (2,000 of them underwater)')", () => {
    expect(every("The whale swam 14,000 miles (2,000 of them underwater) last year.")[1]).toEqual(["2,000", 2000, "miles", "distance", "measure", true]);
  });
});
