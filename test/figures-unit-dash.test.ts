// A dash typed as a hyphen after a number's plural unit of time: "lasts for ten minutes-begins with" (unit-dash.ts).
import { describe, expect, it } from "vitest";
import { tokenize } from "#brief/figures/language/tokens.ts";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

const words = (text: string) => tokenize(text).map((t) => t.s);

describe("a unit of time glued to the next clause by a dash", () => {
  it("'The amusing but mind-numbing film-which lasts for ten minutes-begins with Hammond lying in a bath.': ten minutes, a duration", () => {
    expect(exactOnly("The amusing but mind-numbing film-which lasts for ten minutes-begins with Hammond lying in a bath.")).toEqual(
      want(10, undefined, "minutes", "minutes of mind-numbing film", "duration"),
    );
  });
  it("'Her wedding ring has turned up after four months-in the family dog's excrement.': four months", () => {
    expect(exactOnly("Her wedding ring has turned up after four months-in the family dog's excrement.")).toEqual(
      want(4, undefined, "months", "months before turning up", "duration"),
    );
  });
  it("'Their mother-his partner of 10 years-enjoyed a night out.': digits, ten years", () => {
    expect(exactOnly("Their mother-his partner of 10 years-enjoyed a night out.")).toEqual(want(10, undefined, "years", "years together", "duration"));
  });
  it("the word is cut at the dash, which reads as a dash", () => {
    expect(words("after four months-in the family")).toEqual(["after", "four", "months", "—", "in", "the", "family"]);
  });
});

describe("near misses: compounds of a time unit, and no number before it", () => {
  it("'The baby was just two days-old when she was found.': an age, no figure", () => {
    expect(figs("The baby was just two days-old when she was found.")).toEqual([]);
    expect(typedList("The baby was just two days-old when she was found.")).toEqual([["just two days-old", "age", false]]);
  });
  it("'I come here two days-a-week.': a tail with a hyphen of its own is a compound, kept whole", () => {
    expect(words("I come here two days-a-week.")).toContain("days-a-week");
  });
  it("'The speech ran ten minutes-plus.': '-plus' is the compound's", () => {
    expect(words("The speech ran ten minutes-plus.")).toContain("minutes-plus");
  });
  it("'He spent several months-in prison.': no number before the unit, the word is left whole", () => {
    expect(words("He spent several months-in prison.")).toContain("months-in");
  });
  it("'a five year-ban': a singular unit is a compound written with a space, left whole", () => {
    expect(words("He was handed a five year-ban.")).toContain("year-ban");
  });
});
