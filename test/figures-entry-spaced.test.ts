// A boxed list entry set off by a spaced dash ("60 - matches in the tournament", "46 – days the tournament lasts") is
// read as the glued one is: labelled by the entry's words (entry-dash.ts entryStart, entry-words.ts). A numbered list
// of points is written alike ("1 - The fear of rejection holds us back", "5 - Ask why?"): only an entry whose first
// word is a plural or an owner is one; names listed after their tally stay no figure.
import { describe, expect, it } from "vitest";
import { at, exact, listed } from "#test/helpers/figures.ts";

describe("entry-dash.ts: a spaced dash after an entry's opening figure", () => {
  it("'48 - matches in the 2016 season.' → 48 — matches (was unlabelled, off the card)", () => {
    expect(exact(at("48 - matches in the 2016 season.", 48))).toEqual(
      { value: 48, qualifier: undefined, unit: undefined, label: "matches", type: "count" },
    );
  });

  it("'31 – days the festival lasts.' (an en dash) → 31 — days", () => {
    expect(exact(at("31 – days the festival lasts.", 31))).toEqual(
      { value: 31, qualifier: undefined, unit: undefined, label: "days", type: "count" },
    );
  });

  it("'9 -- venues to be used next year.' (two hyphens) → 9 — venues", () => {
    expect(exact(at("9 -- venues to be used next year.", 9))).toEqual(
      { value: 9, qualifier: undefined, unit: undefined, label: "venues", type: "count" },
    );
  });

  it("'6 - Games lost by Rovers this year.' → 6 — games, the entry's capital dropped", () => {
    expect(exact(at("6 - Games lost by Rovers this year.", 6))).toEqual(
      { value: 6, qualifier: undefined, unit: undefined, label: "games", type: "count" },
    );
  });

  it("'64.2 - Everton's pass completion rate at home.' → a percent, as glued", () => {
    const f = at("64.2 - Everton's pass completion rate at home.", 64.2);
    expect(exact(f)).toEqual(
      { value: 64.2, qualifier: undefined, unit: "%", label: "pass completion rate", type: "percent" },
    );
  });

  it("an entry after a stop the splitter kept inside: '… at Villa Park. 11 - Everton's place in the table …'", () => {
    const f = at(
      "The manager watched from the stands at Villa Park. 11 - Everton's place in the table after two wins.",
      11,
    );
    expect(exact(f)).toEqual(
      { value: 11, qualifier: undefined, unit: undefined, label: "place in table", type: "rank" },
    );
  });
});

describe("entry-dash.ts: near misses of a spaced entry", () => {
  it("a numbered point is no entry: '3 - The fear of failure holds us back.', '4 - Ask why?' stay unlabelled", () => {
    expect(listed("3 - The fear of failure holds us back.").map((n) => [n.display, n.label, n.candidate])).toEqual(
      [["3", "", false]],
    );
    expect(listed("4 - Ask why?").map((n) => [n.display, n.label, n.candidate])).toEqual([["4", "", false]]);
  });

  it("a tally's names are no entry's words: '2 - Ludogorets, AC Milan, Basle.' has no figure", () => {
    expect(listed("2 - Ludogorets, AC Milan, Basle.").map((n) => [n.display, n.label, n.candidate])).toEqual(
      [["2", "", false]],
    );
  });

  it("mid-sentence a spaced dash opens no entry: 'The side won 3 - matches are rare here.' is no 'matches'", () => {
    expect(listed("The side won 3 - matches are rare here.").find((n) => n.value === 3)?.label).not.toBe("matches");
  });
});
