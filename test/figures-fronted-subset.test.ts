// "Of the crew and passengers, 57 were Greeks.": a bare count after a fronted "Of WHOLE," whose clause says only what
// the subset was counts that kind among the whole (fronted-subset.ts; card-audit-53's made-up shape 8: no label, no
// candidate).
import { describe, expect, it } from "vitest";
import { exact, exactOnly, figs, find, typedList, want } from "#test/helpers/figures.ts";

describe("'Of WHOLE, N were PREDICATE': that kind among the whole", () => {
  it("'Of the pilots and stewards, 36 were Norwegians.'", () => {
    expect(exactOnly("Of the pilots and stewards, 36 were Norwegians.")).toEqual(want(36, undefined, undefined, "Norwegians among the pilots and stewards", "count"));
  });
  it("'Of the pilots and cabin staff, 36 were Norwegians.': a whole too long for a label, the kind alone", () => {
    expect(exactOnly("Of the pilots and cabin staff, 36 were Norwegians.")).toEqual(want(36, undefined, undefined, "Norwegians", "count"));
  });
  it("'Of the survivors, 14 were Irish.': an adjective", () => {
    expect(exactOnly("Of the survivors, 14 were Irish.")).toEqual(want(14, undefined, undefined, "Irish among the survivors", "count"));
  });
  it("'Of the 70 people on board, 48 were Turks.': a whole with a count of its own, the count left out of the label", () => {
    // The whole's count lent the subset its noun before: '48 — people' (card-audit-53's made-up shape 8's first half).
    const found = figs("Of the 70 people on board, 48 were Turks.");
    expect(exact(find(found, 48))).toEqual(want(48, undefined, undefined, "Turks among the people on board", "count"));
    expect(exact(find(found, 70))).toEqual(want(70, undefined, undefined, "people", "count"));
  });
  it("'Of its 300 staff, 40 were agency workers.': a possessive whole", () => {
    expect(exact(find(figs("Of its 300 staff, 40 were agency workers."), 40))).toEqual(want(40, undefined, undefined, "agency workers among its staff", "count"));
  });
  it("'Of those, 22 were students.': a pointing pronoun adds nothing", () => {
    expect(exactOnly("Of those, 22 were students.")).toEqual(want(22, undefined, undefined, "students", "count"));
  });
});

describe("near misses", () => {
  it("'Of course, 14 were fine.': no whole, no label, as before", () => {
    expect(typedList("Of course, 14 were fine.")).toEqual([["14", "count", false]]);
  });
  it("'Of those, 14 were injured.': a fold's participle, read as before (a person verb's passive: people, bare-fold.ts)", () => {
    expect(exactOnly("Of those, 14 were injured.")?.label).toBe("people injured");
  });
});
