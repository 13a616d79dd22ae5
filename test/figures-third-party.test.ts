// "an unknown third party", "third parties": someone outside a deal, not a rank (third-party.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, figs, typedList, want } from "#test/helpers/figures.ts";

describe("a third party orders nothing", () => {
  it("'The page was hacked by an unknown third party.': no figure", () => {
    expect(figs("The page was hacked by an unknown third party.")).toEqual([]);
    expect(typedList("The page was hacked by an unknown third party.")).toEqual([["third party", "identifier", false]]);
  });
  it("'There was no third party involvement or foul play.': no figure", () => {
    expect(figs("There was no third party involvement or foul play.")).toEqual([]);
  });
  it("'Tags would let data be used more freely by third parties.': the plural too", () => {
    expect(figs("Tags would let data be used more freely by third parties.")).toEqual([]);
  });
});

describe("near misses", () => {
  it("'The Lib Dems were the third party in the last parliament.': after 'the', a place among parties", () => {
    expect(exactOnly("The Lib Dems were the third party in the last parliament.")).toEqual(want(3, undefined, undefined, "party", "ordinal"));
  });
  it("'He finished third in the party's leadership contest.': a place, 'party' not after the ordinal", () => {
    expect(exactOnly("He finished third in the party's leadership contest.")).toEqual(want(3, undefined, undefined, "place in the party's leadership contest", "rank"));
  });
  it("'It was their fourth party conference in a row.': another ordinal before 'party' is read as before", () => {
    expect(figs("It was their fourth party conference in a row.").map((f) => f.value)).toContain(4);
  });
});
