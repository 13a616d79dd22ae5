// A number inside a work's title given unquoted after "called", "entitled" or "titled" is a word of the title, no
// count (called-title.ts; card audit 43, sample AK's made-up shape: '500 — Spoons', junk). Near misses: "called" as a
// call, and a count after the title.
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("called-title.ts: a number in a title after a naming verb is no count", () => {
  it("'a series called 500 Spoons, 30 Teapots and a Stuffed Owl' gives no figure", () => {
    expect(figs("The chef stars in a BBC Two series called 500 Spoons, 30 Teapots and a Stuffed Owl.")).toEqual([]);
    expect(typedList("The chef stars in a BBC Two series called 500 Spoons, 30 Teapots and a Stuffed Owl.")).toEqual([
      ["Two", "identifier", false], ["500", "identifier", false], ["30", "identifier", false],
    ]);
  });

  it("'entitled 12 Rules for a Quiet Kitchen': the title is none, the copies sold count", () => {
    expect(exactOnly("Her book, entitled 12 Rules for a Quiet Kitchen, sold 40,000 copies.")).toEqual(want(40000, undefined, undefined, "copies sold", "count"));
  });

  it("'a song called 99 Red Kites and 3 Sad Men': both numbers of the title are none", () => {
    expect(figs("He wrote a song called 99 Red Kites and 3 Sad Men.")).toEqual([]);
  });

  it("near miss: 'called 12 Republicans to testify' is a call, with no work before it, and counts", () => {
    expect(exactOnly("The committee called 12 Republicans to testify.")).toEqual(want(12, undefined, undefined, "Republicans", "count"));
  });

  it("near miss: a lower-case noun after the number is no title ('The documentary called 30 witnesses')", () => {
    expect(exactOnly("The documentary called 30 witnesses.")).toEqual(want(30, undefined, undefined, "witnesses", "count"));
  });
});
