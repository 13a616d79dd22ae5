// Named shares and a day between the session verb and "at" (money-price.ts' sessionPrice): "BP shares ended Monday at
// 410p" read '— ended Monday', the subject reader stopping at the day. These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("money-price.ts: named shares past a day before 'at'", () => {
  it("'BP shares ended Monday at 410p.' → BP shares", () => {
    expect(exact(at("BP shares ended Monday at 410p.", 4.1))).toEqual(want(4.1, undefined, "GBP", "BP shares", "money"));
  });

  it("'Analysts said Rio Tinto shares closed Friday at $61.20.' → Rio Tinto shares", () => {
    const text = "Analysts said Rio Tinto shares closed Friday at $61.20.";
    expect(exact(at(text, 61.2))).toEqual(want(61.2, undefined, "USD", "Rio Tinto shares", "money"));
  });

  it("no name: 'The shares closed Monday at $1.33.' stays the closing price", () => {
    expect(at("The shares closed Monday at $1.33.", 1.33).label).toBe("closing price");
  });
});
