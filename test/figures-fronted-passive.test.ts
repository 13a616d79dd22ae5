// A fronted "For N units," before an attribution between commas ("For almost three weeks, rescuers say, …") and a
// passive with where it was ("a stray dog was trapped in a drain") is the time spent in that state; the unit alone
// was the label (card audit 51, sample AS's made-up strict shape 13, its first row).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

const duration = (value: number, qualifier: string | undefined, unit: string, label: string) => want(value, qualifier, unit, label, "duration");

describe("fronted-span.ts: an attribution and a passive after a fronted span", () => {
  it("'For almost two weeks, neighbours say, a stray cat was trapped in a chimney.' → weeks trapped in a chimney", () => {
    // Was 'almost two — weeks'.
    const text = "For almost two weeks, neighbours say, a stray cat was trapped in a chimney.";
    expect(exactOnly(text)).toEqual(duration(2, "almost", "weeks", "weeks trapped in a chimney"));
  });
  it("'For 20 years, police said, he worked at the plant.' → years working at the plant, past the attribution", () => {
    expect(exactOnly("For 20 years, police said, he worked at the plant.")).toEqual(duration(20, undefined, "years", "years working at the plant"));
  });
  it("near miss: 'For three days, the road was closed.' → the participle alone keeps the unit", () => {
    expect(exactOnly("For three days, the road was closed.")).toEqual(duration(3, undefined, "days", "days"));
  });
});
