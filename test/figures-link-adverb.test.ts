// An adverb on an adjective between a copula and "at N" is of the adjective (subject.ts subjectBefore): "The margin
// was very wide at 12%" read '12% — wide', the links running out at "very" before the copula (the thirty-seventh
// round's left-over shape, labels56's report).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("subject.ts: 'X was very ADJ at N' is X's", () => {
  it("'The margin was very wide at 12%.' → margin", () => {
    expect(exact(at("The margin was very wide at 12%.", 12))).toEqual(want(12, undefined, "%", "margin", "percent"));
  });

  it("'The gap was still large at 9%.' → gap", () => {
    expect(exact(at("The gap was still large at 9%.", 9))).toEqual(want(9, undefined, "%", "gap", "percent"));
  });

  it("'Unemployment was very high at 12 per cent.' → unemployment", () => {
    expect(exact(at("Unemployment was very high at 12 per cent.", 12))).toEqual(want(12, undefined, "%", "unemployment", "percent"));
  });
});
