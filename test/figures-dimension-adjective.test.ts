// A length labelled by its unit and a dimension adjective ("12 cm long", "60 metres long") is labelled by the
// dimension, as "5.2 inches in length" is (unit-dimension.ts sideAdjective).
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

describe("a dimension adjective after a length names the dimension", () => {
  it("'12 cm long': length", () => {
    expect(exact(at("The tumour was 12 cm long.", 12))).toEqual({ value: 12, qualifier: undefined, unit: "cm", label: "length", type: "measure" });
  });

  it("'1.8 metres tall': height; 'about 16 metres wide': width", () => {
    expect(exact(at("The statue stands 1.8 metres tall.", 1.8))).toEqual({ value: 1.8, qualifier: undefined, unit: "metres", label: "height", type: "measure" });
    expect(exact(at("The crater is about 16 metres wide.", 16))).toEqual({ value: 16, qualifier: "about", unit: "metres", label: "width", type: "measure" });
  });

  it("near miss: 'a 12 cm long scar' names the scar", () => {
    expect(exact(at("He was left with a 12 cm long scar.", 12))).toEqual({ value: 12, qualifier: undefined, unit: "cm", label: "long scar", type: "measure" });
  });

  it("near miss: a count with no unit ('four deep', 'four lines long') is no dimension", () => {
    expect(at("Fans stood four deep at the barriers.", 4).label).not.toBe("depth");
    expect(at("The note was four lines long.", 4).label).not.toBe("length");
  });

  it("near miss: 'a high of 21.9 C' is a temperature's high, no height", () => {
    expect(exact(at("The hottest day was last Friday, when a high of 21.9 C (71.4 F) was recorded in London.", 21.9))).toEqual({
      value: 21.9, qualifier: undefined, unit: "c", label: "high", type: "measure",
    });
  });

  it("near miss: 'a new high of 7 metres', 'a record high of 5 metres' are a level reached, no height", () => {
    expect(at("The Thames hit a new high of 7 metres on Tuesday.", 7).label).toBe("Thames high");
    expect(at("The river reached a record high of 5 metres.", 5).label).toBe("river record high");
  });
});

describe("a short length takes the dimension its next words name (unit-dimension.ts)", () => {
  it("'measuring around 5.2 inches in length': length", () => {
    expect(exact(at("Most of the fish caught measured around 5.2 inches in length.", 5.2))).toEqual(want(5.2, "around", "inches", "length", "measure"));
  });

  it("'measured 30 centimetres in width': width", () => {
    expect(exactOnly("Each tile measured 30 centimetres in width.")).toEqual(want(30, undefined, "centimetres", "width", "measure"));
  });

  it("near miss: 'grew 3 inches last year' names no dimension, so keeps its unit", () => {
    expect(exactOnly("He grew 3 inches last year.")).toEqual(want(3, undefined, "inches", "inches", "measure"));
  });

  it("near miss: 'measured 12 inches in London' is a place, not a dimension", () => {
    expect(exactOnly("The pipe measured 12 inches in London.")?.label).toBe("inches");
  });
});

describe("a time's high is a peak over that time, no height (unit-dimension.ts's sideAdjective: lengths only)", () => {
  it("'Oil prices hit a seven-month high on Monday' → months high, not 'height'", () => {
    expect(exact(at("Oil prices hit a seven-month high on Monday.", 7))).toEqual(want(7, undefined, "months", "months high", "duration"));
  });

  it("a length still has its side: 'The tower is 300 metres high' → height", () => {
    expect(exact(at("The tower is 300 metres high.", 300))).toEqual(want(300, undefined, "metres", "height", "measure"));
  });
});
