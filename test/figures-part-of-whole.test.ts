// A part of a whole ('two of their last 10 League games', 'Seven of the eight victims', '13 out of 13 plays', 'lost
// seven and won none of their last 12 trips'): the part counts what the whole counts, the whole folded into it
// (out-of.ts, coordinated-of.ts, total-whole.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, figs, listed, want } from "#test/helpers/figures.ts";

describe("a part of the last few is counted by the whole's noun, the whole folded into it", () => {
  it("'have won only two of their last 10 League games': two League games, not 'Chester'", () => {
    const found = figs("Chester have won only two of their last 10 League games but the chairman will not sack Rush.");
    expect(found).toEqual([expect.objectContaining({ value: 2, display: "only two", qualifier: "only", type: "count", label: "League games" })]);
  });

  it("'lost eight of their last 13 matches', 'won three of the opening four races'", () => {
    expect(at("They have lost eight of their last 13 matches since the final.", 8)).toMatchObject({ display: "eight", type: "count", label: "matches lost" });
    expect(at("The Mercedes driver has now won three of the opening four races this season.", 3)).toMatchObject({ display: "three", type: "count", label: "races" });
  });
});

describe("a part 'of the' a whole said in words counts what the whole counts, as a whole in digits does", () => {
  it("'Seven of the eight victims were juveniles': 7 victims, the eight folded in (was no figure at all)", () => {
    const found = figs("Seven of the eight victims were juveniles.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ display: "Seven", value: 7, type: "count", label: "victims" });
    expect(found[0]?.qualifier).toBeUndefined();
  });

  it("'killed two of the three soldiers and injured 12 others': each number keeps its own verb", () => {
    expect(at("The blast killed two of the three soldiers and injured 12 others.", 2)).toMatchObject({ type: "count", label: "soldiers killed" });
    expect(at("The blast killed two of the three soldiers and injured 12 others.", 12)).toMatchObject({ type: "count", label: "others injured" });
  });
});

describe("a part 'of a total of' a whole counts what the whole counts (total-whole.ts)", () => {
  it("'just two of a total of 10 proposed domains': just two — proposed domains (was 'total')", () => {
    const text = "The names are just two of a total of 10 proposed domains that are being considered.";
    expect(exact(at(text, 2))).toEqual(want(2, "just", undefined, "proposed domains", "count"));
    expect(exact(at(text, 10))).toEqual(want(10, undefined, undefined, "proposed domains", "count"));
  });

  it("the whole in words: 'two of a total of ten proposed domains' → proposed domains", () => {
    expect(exact(at("The names are two of a total of ten proposed domains.", 2))).toEqual(want(2, undefined, undefined, "proposed domains", "count"));
  });

  it("near miss: nothing after the whole but its verb ('Two of a total of 10 were approved') keeps the total", () => {
    expect(exact(at("Two of a total of 10 were approved.", 2))).toEqual(want(2, undefined, undefined, "total", "count"));
  });

  it("no whole said: 'two of a total of new domains' → new domains, what the total is of", () => {
    expect(exact(at("The names are two of a total of new domains.", 2))).toEqual(want(2, undefined, undefined, "new domains", "count"));
  });
});

describe("a bare count shares the 'of' whole of a coordinated verb's count (coordinated-of.ts)", () => {
  it("'lost seven and won none of their last 12 trips': seven — trips lost", () => {
    expect(exact(at("Hull have lost seven and won none of their last 12 trips to Southampton in league competition.", 7))).toEqual(want(7, undefined, undefined, "trips lost", "count"));
  });
});

describe("'N out of M' before what it counts is a count of that noun, the whole kept in the display; a rating is none", () => {
  it("'with 13 out of 13 plays last year being written by men': 13 plays", () => {
    const f = at("The problem exists even on the Broadway stage, they point out, with 13 out of 13 plays last year being written by men.", 13);
    expect(exact(f)).toEqual({ value: 13, qualifier: undefined, unit: undefined, label: "plays", type: "count" });
    expect(f.display).toBe("13 out of 13");
    expect(at("However, it claimed that the court had backed its argument in four out of five key issues.", 4)).toMatchObject({ display: "four out of five", type: "count", label: "key issues" });
  });

  it("a rating with no counted noun stays no figure ('five out of five stars')", () => {
    expect(listed("He gave it five out of five stars.")).toMatchObject([{ display: "five out of five", type: "other", candidate: false }]);
  });
});
