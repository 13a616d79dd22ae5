// "The highest readings at 3pm today were 12.4 C (54.3 F)": a clock time closing the subject is when it was read, not
// what was read (card audit 56, sample AX's made-up shape 4: labelled 'pm').
import { describe, expect, it } from "vitest";
import { exactOnly, labelOf, want } from "#test/helpers/figures.ts";

describe("time-adverbial.ts clockEnd: a subject's clock time is no label", () => {
  it("'The warmest reading at 2pm was 19C in Hull.' → 19 C — warmest reading", () => {
    expect(exactOnly("The warmest reading at 2pm was 19C in Hull.")).toEqual(want(19, undefined, "c", "warmest reading", "measure"));
  });
  it("'River levels by 6am were 4.2 metres at the weir.' → river levels", () => {
    expect(labelOf("River levels by 6am were 4.2 metres at the weir.", 4.2)).toBe("river levels");
  });
  it("'The warmest reading after 2pm was 19C.' → warmest reading", () => {
    expect(labelOf("The warmest reading after 2pm was 19C.", 19)).toBe("warmest reading");
  });
  it("near miss: 'The warmest reading in Hull was 19C.' → temperature, as before (no clock to pass over)", () => {
    expect(labelOf("The warmest reading in Hull was 19C.", 19)).toBe("temperature");
  });
});
