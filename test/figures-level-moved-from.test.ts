// "raise the stamp duty threshold from £N": the amount is the level the object stood at, labelled by the object
// (level-moved-from.ts), not the verb and two words ('raise stamp').
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a level a verb moves from", () => {
  it("\"The minister will raise the stamp duty threshold from £125,000.\"", () => {
    expect(exactOnly("The minister will raise the stamp duty threshold from £125,000.")).toEqual(want(125000, undefined, "GBP", "stamp duty threshold", "money"));
  });
});
