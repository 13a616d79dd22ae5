// "the number was 14": "the number" as the subject of a verb of level is a placeholder for an amount just named, as
// "the figure" is, and the card showed it as 'number' (card audit 56's rerun); "the number of" stays what it counts.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("figure-anaphor.ts: 'the number' before a verb of level stands for the amount before it", () => {
  it("'Doctors counted 30 cases on Friday, though the clinic said the number was 34.' → 34 — cases", () => {
    expect(exact(at("Doctors counted 30 cases on Friday, though the clinic said the number was 34.", 34))).toEqual(want(34, undefined, undefined, "cases", "count"));
  });
  it("'Turnout in Leeds was about 61%. In York the number stood at 58%.' → 58% — turnout", () => {
    expect(exact(at("Turnout in Leeds was about 61%. In York the number stood at 58%.", 58))).toEqual(want(58, undefined, "%", "turnout", "percent"));
  });
  it("near miss: 'the number of' counts its own noun: 'The number of cases was 34.' → cases", () => {
    expect(labelOf("The number of cases was 34.", 34)).toBe("cases");
  });
  it("near miss: a count of the sentence before is as often another thing: 'Doctors saw 30 cases. The number was 34 on Sunday.'", () => {
    expect(labelOf("Doctors saw 30 cases. The number was 34 on Sunday.", 34)).toBe("number");
  });
});
