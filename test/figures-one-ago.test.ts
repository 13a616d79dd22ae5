// One of a unit, hedged, has been a measure since c82f85c ("in under one minute"); one of a unit ago is a time point
// that took a card's slot from the story's figure.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("one of a unit ago says when, as 'last year' does", () => {
  it("'nearly one year ago in which he writhed on a gurney for 43 minutes': the 43 minutes, not the year", () => {
    const found = figs("This was prompted by Clayton Lockett's execution nearly one year ago in which he writhed on a gurney for 43 minutes before he died.");
    expect(found.map(exact)).toEqual([{ value: 43, qualifier: undefined, unit: "minutes", label: "minutes writhing on a gurney", type: "duration" }]);
  });

  it("'in under one minute' stays a measure", () => {
    expect(exact(at("The python swallowed a whole rabbit in under one minute.", 1))).toMatchObject({ value: 1, qualifier: "under", unit: "minute", type: "duration" });
  });
});

describe("a unit of one, hedged, is a measure", () => {
  it("'in under one minute': a duration of one minute, under, the time the doing took (done-in.ts)", () => {
    expect(exact(at("The snake swallowed a whole rabbit in under one minute.", 1))).toEqual({ value: 1, qualifier: "under", unit: "minute", label: "minute to swallow a whole rabbit", type: "duration" });
  });
});
