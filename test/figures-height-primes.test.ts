// A height in prime marks ("about 5' 10\" tall") is one measure in feet, as "5ft 10in" is (read-height.ts primedHeight):
// read apart, the feet were a bare count on the card ("about 5 — intruder") and the height was lost.
import { describe, expect, it } from "vitest";
import { displays, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("feet and inches in prime marks are one height", () => {
  it("'about 5' 10\" tall' → about 5.833 feet, height", () => {
    expect(exactOnly("The intruder was about 5' 10\" tall and wore a cap.")).toEqual(want(5.833, "about", "feet", "height", "measure"));
  });

  it("'just under 6' 4\"' keeps its qualifier", () => {
    expect(exactOnly("He falls just under 6' 4\" and has chiselled looks.")).toEqual(want(6.333, "just under", "feet", "height", "measure"));
  });

  it("'Standing at 6' 2\", Kondogbia…': the height after 'at' is no age at a clause's end", () => {
    expect(exactOnly("Standing at 6' 2\", Kondogbia is a real presence.")).toEqual(want(6.167, undefined, "feet", "height", "measure"));
  });

  it("typographic marks and a doubled foot mark: '6′4″', '5'8'' tall'", () => {
    expect(displays("The new signing is 6′4″ and left-footed.")).toEqual(["6′4″"]);
    expect(displays("The suspect is 5'8'' tall with short hair.")).toEqual(["5'8''"]);
    expect(exactOnly("The suspect is 5'8'' tall with short hair.")).toEqual(want(5.667, undefined, "feet", "height", "measure"));
  });

  it("two heights in one sentence are two figures", () => {
    expect(figs("Griner, who is 6' 8\", and Johnson, who is 6' 3\", were fighting.").map(exact)).toEqual([
      want(6.667, undefined, "feet", "height", "measure"),
      want(6.25, undefined, "feet", "height", "measure"),
    ]);
  });
});

describe("near misses: no height (every number read, on the card or not)", () => {
  it("a foot mark without an inch mark is no height ('at 6' 1, Andreja'): it may close a quotation", () => {
    expect(displays("But at 6' 1, Andreja also wears a size 10.")).toEqual(["6", "1", "10"]);
  });

  it("twelve inches are no inches ('5' 12\"')", () => {
    expect(displays("The board is 5' 12\" wide.")).toEqual(["5", "12"]);
  });

  it("marks apart from their numbers close and open quotations ('Take 5' 3 \"times\"', 'Take 5 ' 3\"')", () => {
    expect(displays("The crowd sang 'Take 5' 3 \"times\" before kick-off.")).toEqual(["5", "3"]);
    expect(displays("The crowd sang 'Take 5 ' 3\" before kick-off.")).toEqual(["5", "3"]);
  });
});
